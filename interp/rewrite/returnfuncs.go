package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// returnFuncs returns the result of a call of a cell's method through
// variables when a result is of a func type:
//
//	return b.Subscribe(t, h)   →   { gopadF40_0 := b.Subscribe(t, h); return gopadF40_0 }
//
// yaegi compiles a method call that is a return's operand so that, from
// then on, a function value the method returns and a later chunk calls
// (u := b.Subscribe(t, h); u()) fails with "CFG post-order panic".
var returnFuncsPass = Pass{
	Name:  "returnFuncs",
	Wants: func(u *Unit) bool { return u.dynamicNames() && u.has(hasReturn) },
	Run:   func(u *Unit) []source.Edit { return u.Types.returnFuncs() },
}

func (tc *Types) returnFuncs() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		r, ok := n.(*ast.ReturnStmt)
		if !ok || len(r.Results) != 1 || tc.Off(r.Pos()) < 0 {
			return true
		}
		call, ok := ast.Unparen(r.Results[0]).(*ast.CallExpr)
		if !ok {
			return true
		}
		n2, ok := tc.funcResultMethod(call)
		if !ok {
			return true
		}
		names := make([]string, n2)
		for i := range names {
			names[i] = fmt.Sprintf("gopadF%d_%d", tc.Off(r.Pos()), i)
		}
		list := strings.Join(names, ", ")
		// The statement's close lands after every close of a wrapper of
		// the result at its end (selfFuncTypes' stateFn(l.errorf(...))
		// lost its ")" inside the block: a syntax error).
		end := tc.Off(r.Results[0].End())
		edits = append(edits,
			source.Replace(tc.Off(r.Pos()), tc.Off(r.Results[0].Pos()), "{ "+list+" := "),
			source.Edit{From: end, To: end, Text: "; return " + list + " }", Order: -1 << 30})
		return true
	})
	return edits
}

// funcResultMethod reports whether call calls a method of a cell's type
// of which a result is of a func type, and how many results it has.
func (tc *Types) funcResultMethod(call *ast.CallExpr) (int, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return 0, false
	}
	s := tc.Info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal || s.Obj().Pkg() != tc.Pkg {
		return 0, false
	}
	res := s.Obj().(*types.Func).Signature().Results()
	for i := 0; i < res.Len(); i++ {
		if _, ok := res.At(i).Type().Underlying().(*types.Signature); ok {
			return res.Len(), true
		}
	}
	return 0, false
}
