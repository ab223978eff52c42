package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var globalRunesPass = Pass{
	Name:  "globalRunes",
	Wants: func(u *Unit) bool { return !u.InFunc && strings.Contains(u.Src, "'") },
	Run:   func(u *Unit) []source.Edit { return u.Types.globalRunes() },
}

// globalRunes gives the untyped rune constants that declare the chunk's
// variables outside its functions their default type, rune: yaegi types
// a global declared with one as an int (r := 'A' printed %T as int, and
// r's size, overflow and %T differ from Go's). In a function it is right:
//
//	r := 'A'         →  r := rune('A')
//	var c = 'a' + 1  →  var c = rune('a' + 1)
func (tc *Types) globalRunes() []source.Edit {
	var edits []source.Edit
	wrap := func(lhs int, values []ast.Expr) {
		if lhs != len(values) {
			return
		}
		for _, v := range values {
			if tc.untypedRune(v) {
				edits = append(edits, source.Around(tc.Off(v.Pos()), tc.Off(v.End()), "rune(", ")")...)
			}
		}
	}
	var top *ast.BlockStmt // the statements of a statement chunk
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.FuncDecl:
			if tc.Off(n.Pos()) >= 0 {
				return false
			}
			top = n.Body // the function a statement chunk is checked in
		case *ast.BlockStmt:
			return n == top // a block's variables are a function's locals
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				wrap(len(n.Lhs), n.Rhs)
			}
		case *ast.ValueSpec:
			if n.Type == nil {
				wrap(len(n.Names), n.Values)
			}
		case *ast.GenDecl:
			return n.Tok == token.VAR
		}
		return true
	})
	return edits
}

// untypedRune reports whether v is a constant expression whose type is
// the default type of an untyped rune constant: a rune literal, or an
// expression of rune literals and untyped numbers ('a' + 1). A named
// constant ('A' declared const c = 'A') already gives yaegi the type.
func (tc *Types) untypedRune(v ast.Expr) bool {
	tv, ok := tc.Info.Types[v]
	if !ok || tv.Value == nil || tv.Type == nil || !types.Identical(tv.Type, types.Typ[types.Int32]) {
		return false
	}
	char, other := false, false
	ast.Inspect(v, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit:
			char = char || n.Kind == token.CHAR
		case *ast.Ident, *ast.CallExpr, *ast.SelectorExpr:
			other = true // a named constant or a conversion: typed already
		}
		return !other
	})
	return char && !other
}
