package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var shiftOperandsPass = Pass{
	Name:  "shiftOperands",
	Wants: func(u *Unit) bool { return u.sights().shifts },
	Run:   func(u *Unit) []source.Edit { return u.Types.shiftOperands() },
}

// In Go the untyped constant on the left of a shift whose count is not
// constant takes the type its context gives the whole shift
// (mask < 1<<n compares uints when mask is a uint). yaegi gives that
// constant the type int and then fails on the unsigned operand beside it
// ("reflect: call of reflect.Value.SetUint on int Value"). The pass
// writes the type go/types inferred as a conversion:
//
//	mask < 1<<n        →   mask < uint(1)<<n
//	x & (1 << i) != 0  →   x & (uint64(1) << i) != 0
//
// A constant whose type is int (what yaegi assumes) is left alone, and so
// is one whose type the cell cannot name.
//
// A constant count that is not an integer literal (x << 1., x << (1+0i),
// x << (math.MaxUint+0)) is a uint in Go; yaegi keeps its own kind and
// fails (reflect: call of reflect.Value.Uint on int Value). The pass
// writes its value as a uint:
//
//	x << 1.     →   x << uint(1)
//
// An untyped constant shifted by a variable as the count of another
// shift is an int in Go (go/types leaves it untyped):
//
//	x << (1 << n)  →   x << (int(1) << n)
//
// A count that operates on another operation is converted to its own
// type (see nestedCount):
//
//	v |= 1 << (bits - 1 - j)  →  v |= byte(1) << int(bits - 1 - j)

// shiftOperands returns the conversions of the constant left operands of
// the chunk's non-constant shifts.
func (tc *Types) shiftOperands() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		e, ok := n.(*ast.BinaryExpr)
		if !ok || (e.Op != token.SHL && e.Op != token.SHR) || tc.Off(e.Pos()) < 0 {
			return true
		}
		if tv, ok := tc.Info.Types[e]; !ok || tv.Value != nil {
			return true // a constant shift: yaegi folds it with its type
		}
		if count, ok := tc.shiftCount(e.Y); ok {
			edits = append(edits, source.Replace(tc.Off(e.Y.Pos()), tc.Off(e.Y.End()), count))
		} else if t, ok := tc.nestedCount(e.Y); ok {
			edits = append(edits, source.Around(tc.Off(e.Y.Pos()), tc.Off(e.Y.End()), t+"(", ")")...)
		}
		text, ok := tc.shiftOperandType(e.X)
		if !ok && tc.untypedShift(e) {
			text, ok = "int", true
		}
		if !ok {
			return true
		}
		x := ast.Unparen(e.X)
		edits = append(edits,
			source.Insert(tc.Off(x.Pos()), text+"("),
			source.Insert(tc.Off(x.End()), ")"))
		return true
	})
	return edits
}

// untypedShift reports whether e, a non-constant shift of an untyped
// constant, keeps the type untyped: the count of another shift
// (x << (1 << n)), where Go gives the constant the type int and yaegi
// expects an unsigned count.
func (tc *Types) untypedShift(e *ast.BinaryExpr) bool {
	tv, ok := tc.Info.Types[e]
	if !ok || tv.Type == nil {
		return false
	}
	b, ok := tv.Type.(*types.Basic)
	xv, xok := tc.Info.Types[e.X]
	return ok && b.Info()&types.IsUntyped != 0 && b.Info()&types.IsInteger != 0 && xok && xv.Value != nil
}

// nestedCount is the type of y, the count of a shift, when y is an
// operation on another operation (bits - 1 - j), which the shift is
// converted to: yaegi gave the inner operation the type of the shifted
// operand (a byte) and failed ("mismatched types uint8 and int"), where
// a conversion keeps the count's own type.
func (tc *Types) nestedCount(y ast.Expr) (string, bool) {
	b, ok := ast.Unparen(y).(*ast.BinaryExpr)
	if !ok {
		return "", false
	}
	_, inner := ast.Unparen(b.X).(*ast.BinaryExpr)
	_, innerY := ast.Unparen(b.Y).(*ast.BinaryExpr)
	tv, ok := tc.Info.Types[y]
	if !inner && !innerY || !ok || tv.Value != nil || tv.Type == nil {
		return "", false
	}
	if bt, ok := tv.Type.Underlying().(*types.Basic); !ok || bt.Info()&types.IsInteger == 0 || bt.Info()&types.IsUntyped != 0 {
		return "", false
	}
	return tc.TypeText(tv.Type)
}

// shiftCount is the text of y, the count of a non-constant shift, as a
// uint, when y is a constant other than an integer literal or a constant
// of an integer type.
func (tc *Types) shiftCount(y ast.Expr) (string, bool) {
	tv, ok := tc.Info.Types[y]
	if !ok || tv.Value == nil {
		return "", false
	}
	if lit, ok := ast.Unparen(y).(*ast.BasicLit); ok && lit.Kind == token.INT {
		return "", false
	}
	if b, ok := tv.Type.Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 && b.Info()&types.IsUntyped == 0 {
		return "", false
	}
	v := constant.ToInt(tv.Value)
	if _, ok := constant.Uint64Val(v); !ok || v.Kind() != constant.Int {
		return "", false
	}
	return "uint(" + v.ExactString() + ")", true
}

// shiftOperandType is the text of the type go/types gave x, a constant
// left operand of a shift, when that type is an integer type other than
// int.
func (tc *Types) shiftOperandType(x ast.Expr) (string, bool) {
	tv, ok := tc.Info.Types[x]
	if !ok || tv.Value == nil || tv.Type == nil || tc.typedConst(x) {
		return "", false
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsInteger == 0 || b.Info()&types.IsUntyped != 0 {
		return "", false
	}
	if types.Identical(tv.Type, types.Typ[types.Int]) {
		return "", false
	}
	return tc.TypeText(tv.Type)
}

// typedConst reports whether x has a type of its own: a conversion or a
// typed constant, which yaegi types right.
func (tc *Types) typedConst(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.CallExpr:
		return true
	case *ast.Ident:
		c, ok := tc.Info.Uses[x].(*types.Const)
		if !ok {
			return false
		}
		b, ok := c.Type().(*types.Basic)
		return !ok || b.Info()&types.IsUntyped == 0
	}
	return false
}
