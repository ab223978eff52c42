package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var zeroDivisorsPass = Pass{
	Name:  "zeroDivisors",
	Wants: func(u *Unit) bool { return u.sights().quotients },
	Run:   func(u *Unit) []source.Edit { return u.Types.zeroDivisors() },
}

// zeroDivisors makes the constant zero divisor of a floating-point or
// complex quotient that is not constant a value yaegi computes: Go divides
// such a value by zero at run time (x/0 is +Inf, NaN, or a complex
// infinity), where yaegi refuses every division by a constant zero at
// compile time ("invalid operation: division by zero"), as Go does only for
// integers:
//
//	z / 0      →  z / (*new(complex128))
//	f / zero   →  f / (*new(float64))
//
// x /= 0 runs in yaegi and is left alone.
func (tc *Types) zeroDivisors() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		e, ok := n.(*ast.BinaryExpr)
		if !ok || e.Op != token.QUO || tc.Off(e.Pos()) < 0 {
			return true
		}
		tv, ok := tc.Info.Types[e]
		if !ok || tv.Value != nil || !floatOrComplex(tv.Type) {
			return true // a constant quotient, or Go's own error for integers
		}
		y, ok := tc.Info.Types[e.Y]
		if !ok || y.Value == nil || constant.Sign(y.Value) != 0 {
			return true
		}
		if text, ok := tc.TypeText(tv.Type); ok {
			// The zero value (a constant has no negative zero), in
			// parentheses: x/*new would open a comment.
			edits = append(edits, source.Replace(tc.Off(e.Y.Pos()), tc.Off(e.Y.End()), "(*new("+text+"))"))
		}
		return true
	})
	return edits
}

// floatOrComplex reports whether t's underlying type is a floating-point
// or complex type.
func floatOrComplex(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsFloat|types.IsComplex) != 0
}
