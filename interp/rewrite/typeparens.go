package rewrite

import (
	"go/ast"

	"github.com/gopad/gopad/interp/source"
)

// TypeParens drops the parentheses around the type of a variable
// declaration with values: yaegi's compiler took the parenthesized type
// for an operand of the assignment and crashed ("index out of range
// [-1]"). gopad's copies of generic code write such types themselves,
// for a type argument that is no plain name (var p P = new(Version) with
// P = *Version).
//
//	var p (*Version) = new(Version)  →  var p *Version = new(Version)
var TypeParens = Pass{Name: "typeParens", Wants: holds(hasTypedVar), Run: func(u *Unit) []source.Edit {
	var es edits
	ast.Inspect(u.AST, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Values) == 0 {
			return true
		}
		p, ok := vs.Type.(*ast.ParenExpr)
		if !ok {
			return true
		}
		inner := ast.Unparen(p)
		es.add(source.Replace(u.Off(p.Pos()), u.Off(inner.Pos()), ""))
		es.add(source.Replace(u.Off(inner.End()), u.Off(p.End()), ""))
		return true
	})
	return es
}}
