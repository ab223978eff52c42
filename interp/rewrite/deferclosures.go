package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// yaegi runs a function's deferred calls holding its frame's lock, and a
// closure, when its call ends, takes the lock of the frame that created
// it: a deferred call of a closure created by the same function, kept in a
// variable (fn := func() { ... }; defer fn()), or a deferred function
// literal that calls one, never ends. A closure created one frame down, by
// a function literal called at once, takes that frame's lock instead:
//
//	fn := func() { ... }  →  fn := func() func() { return func() { ... } }()
//
// for the function literals assigned to the local variables that deferred
// calls call.

var deferClosuresPass = Pass{
	Name:  "deferClosures",
	Wants: func(u *Unit) bool { return u.sights().defers },
	Run:   func(u *Unit) []source.Edit { return u.Types.deferClosures() },
}

// deferClosures returns the edits of the function literals assigned to
// the local variables that deferred calls call.
func (tc *Types) deferClosures() []source.Edit {
	called := map[types.Object]bool{}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		d, ok := n.(*ast.DeferStmt)
		if !ok {
			return true
		}
		tc.noteLocalFunc(d.Call.Fun, called)
		if lit, ok := d.Call.Fun.(*ast.FuncLit); ok {
			ast.Inspect(lit.Body, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					tc.noteLocalFunc(call.Fun, called)
				}
				return true
			})
		}
		return true
	})
	if len(called) == 0 {
		return nil
	}
	var edits []source.Edit
	wrap := func(lhs ast.Expr, rhs ast.Expr) {
		id, ok := lhs.(*ast.Ident)
		lit, ok2 := ast.Unparen(rhs).(*ast.FuncLit)
		if !ok || !ok2 {
			return
		}
		obj := tc.Info.Defs[id]
		if obj == nil {
			obj = tc.Info.Uses[id]
		}
		if !called[obj] {
			return
		}
		if tt, ok := tc.TypeText(obj.Type()); ok {
			edits = append(edits, source.Around(tc.Off(lit.Pos()), tc.Off(lit.End()), "func() "+tt+" { return ", " }()")...)
		}
	}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i := range n.Lhs {
					wrap(n.Lhs[i], n.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i := range n.Names {
					wrap(n.Names[i], n.Values[i])
				}
			}
		}
		return true
	})
	return edits
}

// noteLocalFunc adds to called the variable fun names when it is a local
// variable of a function type.
func (tc *Types) noteLocalFunc(fun ast.Expr, called map[types.Object]bool) {
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := tc.Info.Uses[id].(*types.Var)
	if !ok || v.Parent() == tc.Pkg.Scope() || v.Parent() == nil {
		return
	}
	if _, ok := v.Type().Underlying().(*types.Signature); ok {
		called[v] = true
	}
}
