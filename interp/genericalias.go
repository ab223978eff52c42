package interp

import (
	"go/ast"
	"go/types"
	"strings"
)

// yaegi has no generic type aliases (Go 1.24): an instance of one,
// Set[string], fails ("constant definition loop", "nil reflect type").
// go/types knows the type it stands for, which the pass writes instead:
//
//	type Set[T comparable] = map[T]struct{}
//	s := Set[string]{}            →   s := map[string]struct{}{}
//
// An alias of an instance of a cell's generic type (type IntPair =
// Pair[int, int]) is written as that instance too, which names the
// session's concrete copy of it (%T then spells main.Pair[int,int]).

// genericAliases returns the edits that replace instances of generic
// aliases by their types.
func (tc *typedChunk) genericAliases() []edit {
	var edits []edit
	ast.Inspect(tc.file, func(n ast.Node) bool {
		var x ast.Expr
		switch e := n.(type) {
		case *ast.IndexExpr:
			x = e.X
		case *ast.IndexListExpr:
			x = e.X
		case *ast.Ident:
			x = e
			if !tc.aliasOfInstance(e) {
				return true
			}
		default:
			return true
		}
		if tc.off(n.Pos()) < 0 || (x != n && !tc.isGenericAlias(x)) {
			return true
		}
		tv, ok := tc.info.Types[n.(ast.Expr)]
		if !ok || !tv.IsType() {
			return true
		}
		text, ok := tc.typeText(types.Unalias(tv.Type))
		if !ok {
			return true
		}
		if strings.HasPrefix(text, "*") || strings.HasPrefix(text, "<-") || strings.HasPrefix(text, "func") {
			text = "(" + text + ")"
		}
		edits = append(edits, edit{tc.off(n.Pos()), tc.off(n.End()), text, 0})
		return false
	})
	return edits
}

// aliasOfInstance reports whether id names an alias of an instance of a
// cell's generic type (type IntPair = Pair[int, int]), whose values the
// session runs as a concrete copy: the copy's name is written instead.
func (tc *typedChunk) aliasOfInstance(id *ast.Ident) bool {
	tn, ok := tc.info.Uses[id].(*types.TypeName)
	if !ok {
		return false
	}
	a, ok := tn.Type().(*types.Alias)
	if !ok || a.TypeParams().Len() > 0 {
		return false
	}
	n, ok := types.Unalias(a).(*types.Named)
	if !ok || n.Obj().Pkg() != tc.pkg {
		return false
	}
	_, isCopy := tc.copies[n.Obj().Name()] // the session's view has the copy's name
	return n.TypeArgs().Len() > 0 || isCopy
}

// isGenericAlias reports whether x names a generic alias.
func (tc *typedChunk) isGenericAlias(x ast.Expr) bool {
	var id *ast.Ident
	switch x := x.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return false
	}
	tn, ok := tc.info.Uses[id].(*types.TypeName)
	if !ok {
		return false
	}
	a, ok := tn.Type().(*types.Alias)
	return ok && a.TypeParams().Len() > 0
}

// mayUseGenericAlias is the cheap test before a type check: src or a
// declaration of the session may declare a generic alias or an alias of
// an instance.
func (s *Session) mayUseGenericAlias(src string) bool {
	if declaresGenericAlias(src) {
		return true
	}
	for _, d := range s.decls {
		if declaresGenericAlias(d.src) {
			return true
		}
	}
	return false
}

// declaresGenericAlias reports whether src may declare an alias with type
// arguments or parameters: type Name[...] = ..., type Name = G[...].
func declaresGenericAlias(src string) bool {
	for rest := src; ; {
		i := strings.Index(rest, "type ")
		if i < 0 {
			return false
		}
		rest = rest[i+len("type "):]
		line, _, _ := strings.Cut(rest, "\n")
		if strings.Contains(line, "=") && (strings.Contains(line, "[") || strings.Contains(line, monoOpen)) {
			return true
		}
	}
}
