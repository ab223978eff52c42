package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var genericInitsPass = Pass{
	Name: "genericInits",
	Wants: func(u *Unit) bool {
		s := u.sights()
		return s.callIndexes || s.calledIdents["min"] || s.calledIdents["max"] || u.selects(func(_ sel, path string) bool { return sourceGeneric[path] })
	},
	Run: func(u *Unit) []source.Edit { return u.Types.genericInits() },
}

// genericInits puts the value of a variable declared outside the chunk's
// functions (a statement cell's m := max(a, b), a var's initializer) in a
// function literal of its type when it calls min or max (the prelude's
// generic gopadMin and gopadMax, see minMax) or a generic function of cmp
// (compiled from yaegi's embedded source): yaegi fails to instantiate a
// generic function in a global's initializer ("nil reflect type",
// "constant definition loop"), and a cell of its own failed. In a
// function it works:
//
//	m := max(a, 1)          →  m := func() int { return max(a, 1) }()
//	name := cmp.Or(s, "x")  →  name := func() string { return cmp.Or(s, "x") }()
//
// An element of a compiled function's result fails there too ("constant
// definition loop", "undefined: gopadBuiltin"):
//
//	w := strings.Fields(s)[0]  →  w := func() string { return strings.Fields(s)[0] }()
//
// And so does an element of a global that a compiled call initialized
// (words := strings.Fields(s) in this cell or an earlier one), which
// globalIndex finds for every global:
//
//	first := words[0]  →  first := func() string { return words[0] }()
func (tc *Types) genericInits() []source.Edit {
	var edits []source.Edit
	wrap := func(lhs int, values []ast.Expr) {
		if lhs != len(values) {
			return // a call of several results
		}
		for _, v := range values {
			tv, ok := tc.Info.Types[v]
			if !ok || tv.Value != nil || tv.Type == nil || !tc.callsGeneric(v) && !tc.compiledCallIndex(v) && !tc.globalIndex(v) {
				continue
			}
			if t, ok := tc.TypeText(tv.Type); ok {
				edits = append(edits, source.Around(tc.Off(v.Pos()), tc.Off(v.End()), "func() "+t+" { return ", " }()")...)
			}
		}
	}
	var top *ast.BlockStmt // the statements of a statement chunk
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.FuncDecl:
			if tc.Off(n.Pos()) >= 0 {
				return false
			}
			top = n.Body // the function a statement chunk is checked in
		case *ast.BlockStmt:
			return n == top // a block's variables are a function's locals
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				wrap(len(n.Lhs), n.Rhs)
			}
		case *ast.ValueSpec:
			wrap(len(n.Names), n.Values)
		}
		return true
	})
	return edits
}

// compiledCallIndex reports whether e is an element of the result of a
// call of a compiled package's function or method (strings.Fields(s)[0],
// m.Call(nil)[0]), or an element of such an element
// (strings.Split(v, ".")[0][2]).
func (tc *Types) compiledCallIndex(e ast.Expr) bool {
	x, ok := indexedOperand(e)
	if !ok {
		return false
	}
	call, ok := x.(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := tc.Info.Uses[sel.Sel].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg() != tc.Pkg
}

// globalIndex reports whether e, outside function literals, holds an
// element of a package-level variable (words[0], where a cell declared
// words := strings.Fields(s)): yaegi's global initializer failed on it
// when that variable's type came from a compiled call ("constant
// definition loop", "undefined: gopadBuiltin", a nil dereference in
// nodeType), in the chunk that declared it and in later ones.
func (tc *Types) globalIndex(e ast.Expr) bool {
	if t := tc.Info.Types[e].Type; t == nil || isSignature(t) {
		return false // (a func value: its type may be one selfFuncTypes erases)
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IndexExpr:
			id, ok := ast.Unparen(n.X).(*ast.Ident)
			if !ok || !tc.Info.Types[n].IsValue() {
				break
			}
			v, ok := tc.Info.Uses[id].(*types.Var)
			found = ok && tc.Pkg != nil && v.Parent() == tc.Pkg.Scope() && !isSignature(tc.Info.Types[n].Type)
		}
		return !found
	})
	return found
}

// callsGeneric reports whether e, outside function literals, calls min or
// max with operands that are not all constant, or a generic function of a
// package yaegi compiles from source (cmp).
func (tc *Types) callsGeneric(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if tv := tc.Info.Types[n]; tv.Value != nil {
				return false // a constant min or max: folded
			}
			fun := ast.Unparen(n.Fun)
			if ix, ok := fun.(*ast.IndexExpr); ok {
				fun = ix.X
			} else if ix, ok := fun.(*ast.IndexListExpr); ok {
				fun = ix.X
			}
			var id *ast.Ident
			switch f := fun.(type) {
			case *ast.Ident:
				id = f
			case *ast.SelectorExpr:
				id = f.Sel
			}
			switch obj := tc.Info.Uses[id].(type) {
			case *types.Builtin:
				found = found || (obj.Name() == "min" || obj.Name() == "max") && len(n.Args) > 1
			case *types.Func:
				found = found || obj.Pkg() != nil && sourceGeneric[obj.Pkg().Path()]
			}
		}
		return !found
	})
	return found
}

// isSignature reports whether t is a func type.
func isSignature(t types.Type) bool {
	_, ok := t.Underlying().(*types.Signature)
	return ok
}

// indexedOperand is what e indexes, through indexes of indexes
// (strings.Split(v, ".")[0][2] indexes the call); false when e is no
// index expression.
func indexedOperand(e ast.Expr) (ast.Expr, bool) {
	ix, ok := ast.Unparen(e).(*ast.IndexExpr)
	if !ok {
		return nil, false
	}
	x := ast.Unparen(ix.X)
	for {
		inner, ok := x.(*ast.IndexExpr)
		if !ok {
			return x, true
		}
		x = ast.Unparen(inner.X)
	}
}
