package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var deferRecvPass = Pass{
	Name:  "deferRecv",
	Wants: func(u *Unit) bool { return u.sights().defers },
	Run:   func(u *Unit) []source.Edit { return u.Types.deferredCalls() },
}

// deferredCalls makes a deferred method call take its receiver, and a
// deferred call of a func variable its function, at the defer statement,
// as Go evaluates them there; yaegi reads them when the call runs:
//
//	defer c.Report()  →  gopadR12 := *(c); defer gopadR12.Report()
//	defer fn(x)       →  gopadR40 := fn; defer gopadR40(x)
//	defer trace("a")() →  gopadR60 := trace("a"); defer gopadR60()
//
// A value receiver is copied (*p for a pointer), a pointer receiver of an
// addressable value takes its address, as Go's method value does. (The
// arguments are evaluated at the statement by the rewrite of defers in
// rewrite.go.)
func (tc *Types) deferredCalls() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if d, ok := n.(*ast.DeferStmt); ok {
			edits = append(edits, tc.deferredCall(d)...)
		}
		return true
	})
	return edits
}

func (tc *Types) deferredCall(d *ast.DeferStmt) []source.Edit {
	ft, ok := tc.Info.Types[d.Call.Fun]
	if !ok || ft.Type == nil {
		return nil
	}
	if sig, ok := ft.Type.Underlying().(*types.Signature); !ok || sig.TypeParams().Len() > 0 {
		return nil
	}
	var operand ast.Expr // what is evaluated at the statement
	prefix := ""
	switch f := ast.Unparen(d.Call.Fun).(type) {
	case *ast.SelectorExpr:
		sel := tc.Info.Selections[f]
		if sel == nil || sel.Kind() != types.MethodVal {
			return nil
		}
		xt := tc.Info.Types[f.X].Type
		if xt == nil {
			return nil
		}
		if !types.IsInterface(xt) {
			recv := sel.Obj().(*types.Func).Type().(*types.Signature).Recv().Type()
			_, ptrRecv := recv.(*types.Pointer)
			_, xPtr := xt.Underlying().(*types.Pointer)
			switch {
			case ptrRecv && !xPtr:
				prefix = "&"
			case !ptrRecv && xPtr && len(sel.Index()) == 1:
				prefix = "*"
			case !ptrRecv && xPtr:
				return nil // a promoted value method through a pointer
			}
		}
		operand = f.X
	case *ast.Ident:
		if _, isVar := tc.Info.Uses[f].(*types.Var); !isVar {
			return nil // a declared function: nothing to evaluate
		}
		operand = f
	case *ast.CallExpr:
		// defer trace("main")(): trace is called at the statement. Kept
		// to a call on one line, so that no code moves to another line.
		if tc.Fset.Position(f.Pos()).Line != tc.Fset.Position(f.End()).Line {
			return nil
		}
		operand = f
	default:
		return nil
	}
	name := fmt.Sprintf("gopadR%d", tc.Off(d.Pos()))
	value := tc.code(operand)
	if prefix != "" {
		value = prefix + "(" + value + ")"
	}
	return []source.Edit{
		{From: tc.Off(d.Pos()), To: tc.Off(d.Pos()), Text: name + " := " + value + "; "},
		{From: tc.Off(operand.Pos()), To: tc.Off(operand.End()), Text: name},
	}
}
