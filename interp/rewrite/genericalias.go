package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var genericAliasPass = Pass{
	Name:  "genericAlias",
	Wants: func(u *Unit) bool { return u.sights().aliases || u.Scope.DeclaresAlias() },
	Run:   func(u *Unit) []source.Edit { return u.Types.genericAliases() },
}

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
func (tc *Types) genericAliases() []source.Edit {
	var edits []source.Edit
	embedded := embeddedNames(tc.File)
	ast.Inspect(tc.File, func(n ast.Node) bool {
		var x ast.Expr
		switch e := n.(type) {
		case *ast.IndexExpr:
			x = e.X
		case *ast.IndexListExpr:
			x = e.X
		case *ast.Ident:
			x = e
			if embedded[e] || !tc.aliasOfInstance(e) {
				return true
			}
		default:
			return true
		}
		if tc.Off(n.Pos()) < 0 || (x != n && !tc.isGenericAlias(x)) {
			return true
		}
		tv, ok := tc.Info.Types[n.(ast.Expr)]
		if !ok || !tv.IsType() {
			return true
		}
		text, ok := tc.TypeText(types.Unalias(tv.Type))
		if !ok {
			return true
		}
		if strings.HasPrefix(text, "*") || strings.HasPrefix(text, "<-") || strings.HasPrefix(text, "func") {
			text = "(" + text + ")"
		}
		edits = append(edits, source.Edit{From: tc.Off(n.Pos()), To: tc.Off(n.End()), Text: text})
		return false
	})
	return append(edits, tc.instanceAliasDecls()...)
}

// embeddedNames returns the names that are the types of embedded fields
// (struct{ Eint; *Ebool }). An embedded field is named after the alias
// that spells it (the field Eint, not E): written as the aliased instance
// E[int], two such fields became one name twice (reflect.StructOf:
// duplicate field E) and the selector s.Eint lost its field. yaegi
// embeds an alias of an instance under the alias's name, and the alias's
// declaration names the same type (the session's copy of the instance
// where there is one) as the instances the pass writes elsewhere.
func embeddedNames(f *ast.File) map[*ast.Ident]bool {
	out := map[*ast.Ident]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		st, ok := n.(*ast.StructType)
		if !ok || st.Fields == nil {
			return true
		}
		for _, fld := range st.Fields.List {
			t := fld.Type
			if star, ok := t.(*ast.StarExpr); ok {
				t = star.X
			}
			if id, ok := t.(*ast.Ident); ok && len(fld.Names) == 0 {
				out[id] = true
			}
		}
		return true
	})
	return out
}

// instanceAliasDecls blanks out the declarations of generic aliases of an
// instance (type StrPair[V any] = Pair[string, V]), which yaegi refuses
// ("undefined: V": it resolves the instance before it knows V). Every
// instance of the alias is written as its type (above), so nothing the
// interpreter runs names it; the session's type checks still see the
// declaration as the cell wrote it. Blank lines keep the lines of the
// rest of the chunk.
func (tc *Types) instanceAliasDecls() []source.Edit {
	var edits []source.Edit
	blank := func(from, to token.Pos) {
		lines := tc.Fset.Position(to).Line - tc.Fset.Position(from).Line
		edits = append(edits, source.Replace(tc.Off(from), tc.Off(to), strings.Repeat("\n", lines)))
	}
	for _, d := range tc.File.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE || tc.Off(gd.Pos()) < 0 {
			continue
		}
		for _, spec := range gd.Specs {
			ts := spec.(*ast.TypeSpec)
			if !ts.Assign.IsValid() || ts.TypeParams == nil {
				continue
			}
			switch ast.Unparen(ts.Type).(type) {
			case *ast.IndexExpr, *ast.IndexListExpr:
			default:
				continue
			}
			if len(gd.Specs) == 1 {
				blank(gd.Pos(), gd.End())
			} else {
				blank(ts.Pos(), ts.End())
			}
		}
	}
	return edits
}

// aliasOfInstance reports whether id names an alias of an instance of a
// cell's generic type (type IntPair = Pair[int, int]), whose values the
// session runs as a concrete copy: the copy's name is written instead.
func (tc *Types) aliasOfInstance(id *ast.Ident) bool {
	tn, ok := tc.Info.Uses[id].(*types.TypeName)
	if !ok {
		return false
	}
	a, ok := tn.Type().(*types.Alias)
	if !ok || a.TypeParams().Len() > 0 {
		return false
	}
	n, ok := types.Unalias(a).(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg {
		return false
	}
	_, isCopy := tc.copies[n.Obj().Name()] // the session's view has the copy's name
	return n.TypeArgs().Len() > 0 || isCopy
}

// isGenericAlias reports whether x names a generic alias.
func (tc *Types) isGenericAlias(x ast.Expr) bool {
	var id *ast.Ident
	switch x := x.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return false
	}
	tn, ok := tc.Info.Uses[id].(*types.TypeName)
	if !ok {
		return false
	}
	a, ok := tn.Type().(*types.Alias)
	return ok && a.TypeParams().Len() > 0
}
