package rewrite

import (
	"go/ast"
	"go/token"

	"github.com/gopad/gopad/interp/source"
)

// BlankTypes drops the declarations of types named _: Go checks them and
// nothing can name them, and yaegi fails on them ("cannot use _ as
// value"). go/types has checked them already, with the rest of the chunk.
//
//	type _[T any] struct{}     →  (dropped)
//	type ( _ int; Celsius int )  →  type ( ; Celsius int )
var BlankTypes = Pass{Name: "blankTypes", Wants: holds(hasBlankType), Run: func(u *Unit) []source.Edit {
	var es edits
	ast.Inspect(u.AST, func(n ast.Node) bool {
		var gd *ast.GenDecl
		var whole ast.Node = n
		switch n := n.(type) {
		case *ast.DeclStmt:
			gd, _ = n.Decl.(*ast.GenDecl)
		case *ast.GenDecl:
			gd = n
		}
		if gd == nil || gd.Tok != token.TYPE {
			return true
		}
		blank := blankTypeSpecs(gd)
		if len(blank) == len(gd.Specs) {
			es.add(source.Replace(u.Off(whole.Pos()), u.Off(whole.End()), ""))
			return false
		}
		for _, sp := range blank {
			es.add(source.Replace(u.Off(sp.Pos()), u.Off(sp.End()), ""))
		}
		return false
	})
	return es
}}

// blankTypeSpecs returns the specs of gd, a type declaration, that
// declare _.
func blankTypeSpecs(gd *ast.GenDecl) []ast.Spec {
	var out []ast.Spec
	for _, sp := range gd.Specs {
		if ts, ok := sp.(*ast.TypeSpec); ok && ts.Name.Name == "_" {
			out = append(out, sp)
		}
	}
	return out
}
