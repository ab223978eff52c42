package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var ifaceOperandsPass = Pass{
	Name:  "ifaceOperands",
	Wants: func(u *Unit) bool { return u.sights().boundOps },
	Run:   func(u *Unit) []source.Edit { return u.Types.ifaceOperands() },
}

// ifaceOperands puts in parentheses an operation that yaegi writes
// straight into an interface-typed destination and gets wrong there: a
// unary -x, +x, !x or ^x, a comparison, or a binary operation (a + b,
// a << 1, a && b), returned as a result of an interface type, assigned
// with = to a variable, field, element or pointee of an interface type,
// or declared with an interface type (var f Fn = a * b). yaegi's operator
// node sets the interface slot as if it had the operand's type: return
// -x.(float64) from a func() any gave nil, z = -y left z nil, m["a"] = -y
// stopped the program without a word, return !b panicked (reflect: call
// of reflect.Value.SetBool on interface Value), return a + b of a cell's
// type Const over float64 gave a bare float64 (an assertion to Const
// failed, %T printed float64), f = a * b stopped the cell without a word
// and var f Fn = a * b panicked (reflect.Value.SetFloat on struct Value).
// In parentheses the value is computed first and then converted, as Go
// does:
//
//	return -n.X.Accept(e).(float64)   →   return (-n.X.Accept(e).(float64))
//	return ca + cb                    →   return (ca + cb)
func (tc *Types) ifaceOperands() []source.Edit {
	var edits []source.Edit
	var funcs []*types.Signature // the enclosing functions, innermost last
	var stack []ast.Node
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if n == nil {
			if top := stack[len(stack)-1]; isFunc(top) {
				funcs = funcs[:len(funcs)-1]
			}
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			funcs = append(funcs, tc.signatureOf(n))
		case *ast.ReturnStmt:
			if len(funcs) == 0 {
				return true
			}
			if sig := funcs[len(funcs)-1]; sig != nil && sig.Results().Len() == len(n.Results) {
				for i, r := range n.Results {
					edits = append(edits, tc.ifaceOperand(sig.Results().At(i).Type(), r)...)
				}
			}
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				for i, r := range n.Rhs {
					edits = append(edits, tc.ifaceOperand(tc.Info.Types[n.Lhs[i]].Type, r)...)
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Names) == len(n.Values) {
				for _, r := range n.Values {
					edits = append(edits, tc.ifaceOperand(tc.Info.TypeOf(n.Type), r)...)
				}
			}
		}
		return true
	})
	return edits
}

// signatureOf is the signature of a function declaration or literal (nil
// when the checker has none).
func (tc *Types) signatureOf(n ast.Node) *types.Signature {
	var t types.Type
	switch n := n.(type) {
	case *ast.FuncDecl:
		if obj := tc.Info.Defs[n.Name]; obj != nil {
			t = obj.Type()
		}
	case *ast.FuncLit:
		t = tc.Info.Types[n].Type
	}
	sig, _ := t.(*types.Signature)
	return sig
}

// ifaceOperand wraps e in parentheses when it is such an operation of a
// non-interface type, not constant, bound for dst, an interface type.
func (tc *Types) ifaceOperand(dst types.Type, e ast.Expr) []source.Edit {
	if dst == nil || !types.IsInterface(dst) {
		return nil
	}
	if !anyOperation([]ast.Expr{e}) {
		return nil
	}
	tv, ok := tc.Info.Types[e]
	if !ok || tv.Value != nil || tv.Type == nil || types.IsInterface(tv.Type) {
		return nil
	}
	return source.Around(tc.Off(e.Pos()), tc.Off(e.End()), "(", ")")
}
