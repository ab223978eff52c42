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
	edits := tc.frameClosures()
	if len(called) == 0 {
		return edits
	}
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

// frameClosures returns the edits of the function literals a function
// creates in its own frame when it defers a call of a func value it may
// have put there by other ways than an assignment to a variable: an
// element or a field (defer fs[i]()), or a range variable (for _, f :=
// range fs { defer f() }). Each such literal is made one frame down, as
// deferClosures does for assigned ones; literals the function defers or
// starts as goroutines are left to their own rewrites.
func (tc *Types) frameClosures() []source.Edit {
	var edits []source.Edit
	var visit func(body *ast.BlockStmt)
	visit = func(body *ast.BlockStmt) {
		var lits []*ast.FuncLit
		skip := map[*ast.FuncLit]bool{}
		dynamic := false
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				lits = append(lits, n)
				visit(n.Body)
				return false // its own frame
			case *ast.DeferStmt:
				if lit, ok := n.Call.Fun.(*ast.FuncLit); ok {
					skip[lit] = true
				}
				dynamic = dynamic || tc.deferredFuncValue(n.Call.Fun)
			case *ast.GoStmt:
				if lit, ok := n.Call.Fun.(*ast.FuncLit); ok {
					skip[lit] = true
				}
			}
			return true
		})
		if !dynamic {
			return
		}
		for _, lit := range lits {
			if skip[lit] {
				continue
			}
			if tt, ok := tc.TypeText(tc.Info.Types[lit].Type); ok {
				edits = append(edits, source.Around(tc.Off(lit.Pos()), tc.Off(lit.End()), "func() "+tt+" { return ", " }()")...)
			}
		}
	}
	for _, d := range tc.File.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && tc.Off(fd.Pos()) >= 0 {
			visit(fd.Body)
		}
	}
	return edits
}

// deferredFuncValue reports whether fun, a deferred call's function, is a func
// value read from a local variable, an element or a field: one that may
// hold a closure of the deferring function's frame.
func (tc *Types) deferredFuncValue(fun ast.Expr) bool {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		v, ok := tc.Info.Uses[f].(*types.Var)
		return ok && v.Parent() != tc.Pkg.Scope() && v.Parent() != nil
	case *ast.IndexExpr:
		_, ok := tc.Info.Types[f].Type.Underlying().(*types.Signature)
		return ok
	case *ast.SelectorExpr:
		sel := tc.Info.Selections[f]
		return sel != nil && sel.Kind() == types.FieldVal
	}
	return false
}
