package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// conversion is a place where a value takes another type without a
// conversion being written (or with one: T(x)): an assignment, a typed
// var, a return, a send, an argument of an interpreted function, an
// element of a composite literal.
type conversion struct {
	expr   ast.Expr
	target types.Type
	kind   convKind
	// inLoop: the place is in a for or range statement of the innermost
	// function, so that it runs again in the same frame.
	inLoop bool
	// call is the call of a convArg or convExplicit conversion.
	call *ast.CallExpr
}

// convKind says where a conversion is.
type convKind int

const (
	convAssign   convKind = iota // x = e
	convTyped                    // var x T = e
	convReturn                   // return e
	convSend                     // ch <- e
	convArg                      // f(e), f an interpreted function or a builtin
	convExplicit                 // T(e)
	convElem                     // T{e}
)

// conversions calls visit for each conversion of the chunk. Calls of
// compiled functions are left out: other passes rewrite their arguments.
func (tc *Types) conversions(visit func(conversion)) {
	c := &cursor{}
	atCall := func(kind convKind, call *ast.CallExpr) func(ast.Expr, types.Type) {
		return func(e ast.Expr, target types.Type) {
			if e != nil && target != nil {
				visit(conversion{expr: e, target: target, kind: kind, inLoop: repeats(c), call: call})
			}
		}
	}
	at := func(kind convKind) func(ast.Expr, types.Type) { return atCall(kind, nil) }
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if n == nil {
			c.stack = c.stack[:len(c.stack)-1]
			return true
		}
		c.stack = append(c.stack, n)
		switch n := n.(type) {
		case *ast.ReturnStmt:
			if sig := tc.enclosingSig(c.stack); sig != nil && sig.Results().Len() == len(n.Results) {
				for i, r := range n.Results {
					at(convReturn)(r, sig.Results().At(i).Type())
				}
			}
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				for i, r := range n.Rhs {
					at(convAssign)(r, tc.Info.Types[n.Lhs[i]].Type)
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Values) == len(n.Names) {
				for _, r := range n.Values {
					at(convTyped)(r, tc.Info.Types[n.Type].Type)
				}
			}
		case *ast.SendStmt:
			if ch, ok := tc.Info.Types[n.Chan].Type.Underlying().(*types.Chan); ok {
				at(convSend)(n.Value, ch.Elem())
			}
		case *ast.CallExpr:
			kind := convArg
			if tc.Info.Types[n.Fun].IsType() {
				kind = convExplicit
			}
			tc.guardCall(n, atCall(kind, n))
		case *ast.CompositeLit:
			tc.guardElems(n, at(convElem))
		}
		return true
	})
}

// repeats reports whether the cursor's node runs again in the same frame:
// it is in a loop of its function, not in the loop's init statement or
// range expression, which run once.
func repeats(c *cursor) bool {
	for i := len(c.stack) - 2; i >= 0; i-- {
		switch l := c.stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		case *ast.ForStmt:
			if c.stack[i+1] != l.Init {
				return true
			}
		case *ast.RangeStmt:
			if c.stack[i+1] != l.X {
				return true
			}
		}
	}
	return false
}

// enclosingSig is the signature of the innermost function of stack.
func (tc *Types) enclosingSig(stack []ast.Node) *types.Signature {
	for i := len(stack) - 1; i >= 0; i-- {
		switch f := stack[i].(type) {
		case *ast.FuncDecl:
			if obj := tc.Info.Defs[f.Name]; obj != nil {
				sig, _ := obj.Type().(*types.Signature)
				return sig
			}
			return nil
		case *ast.FuncLit:
			sig, _ := tc.Info.Types[f].Type.(*types.Signature)
			return sig
		}
	}
	return nil
}
