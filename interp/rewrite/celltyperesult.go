package rewrite

import (
	"go/ast"
	"go/types"
	"reflect"

	"github.com/gopad/gopad/interp/source"
)

var cellTypeResultPass = Pass{
	Name: "cellTypeResult",
	Wants: func(u *Unit) bool {
		return u.callsCompiled(func(fn reflect.Value) bool {
			t := fn.Type()
			return t.NumOut() == 1 && t.Out(0) == anyType
		})
	},
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		for _, c := range u.Types.compiledCalls() {
			edits = append(edits, u.Types.cellTypeResult(u.Scope, c)...)
		}
		return edits
	},
}

// cellTypeResult gives the result of a standard library generic function
// the type it has in Go when that type involves the cell's own types
// (anyResult asserts the others):
//
//	maps.Clone(c)          →   Catalog(maps.Clone(c).(map[string]float64))
//	slices.Clone(items)    →   slices.Clone(items).([]Item)
//
// The stand-ins of the generic functions return any, and yaegi gives a
// cell's named map or slice type its underlying reflect type, so the value
// inside is of the underlying type: asserted to it and converted, it is the
// cell's type again. Without this, ranging over the result or indexing it
// failed to compile. Struct and interface types and type parameters are
// left alone.
func (tc *Types) cellTypeResult(scope Scope, c compiledCall) []source.Edit {
	if c.method() {
		return nil
	}
	v, ok := scope.Compiled(c.fn.Pkg().Path(), c.fn.Name())
	if !ok || v.Kind() != reflect.Func || v.Type().NumOut() != 1 || v.Type().Out(0) != anyType {
		return nil
	}
	tv, ok := tc.Info.Types[c.call]
	if !ok || !tc.cellTypeResultCase(tv.Type) {
		return nil
	}
	from, to := tc.Off(c.call.Pos()), tc.Off(c.call.End())
	named, ok := tv.Type.(*types.Named)
	if !ok {
		text, ok := tc.TypeText(tv.Type)
		if !ok {
			return nil
		}
		return []source.Edit{{From: to, To: to, Text: ".(" + text + ")", Order: 2}}
	}
	if named.TypeArgs().Len() > 0 {
		if tc.compiledUse(c.call) {
			return nil // a stand-in or a range over it takes the any as it is
		}
		return tc.stdInstanceResult(named, to)
	}
	under, ok := tc.TypeText(named.Underlying())
	if !ok {
		return nil
	}
	name, ok := tc.TypeText(named)
	if !ok {
		return nil
	}
	// Inside any other pass's wrapping of the same call (%T's type name).
	return []source.Edit{{From: from, To: from, Text: name + "(", Order: -2}, {From: to, To: to, Text: ".(" + under + "))", Order: 2}}
}

// cellTypeResultCase reports whether a stand-in's result of Go type t is
// cellTypeResult's to restore (anyResult leaves it alone).
func (tc *Types) cellTypeResultCase(t types.Type) bool {
	if t == nil || !mentionsPackage(t, tc.Pkg) || mentionsTypeParam(t) {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Struct, *types.Interface:
		return false
	}
	return true
}

// stdInstanceResult asserts a stand-in's iterator over the cells' types
// (slices.Values(items) is an iter.Seq[Item]) to the func type under the
// instance: the stand-in's func is built over the elements' run-time type,
// which is what yaegi gives that func type, and an any passed on as an
// iter.Seq[Item] failed in reflect.Set. Instances of the cells' own
// generic types are left alone.
func (tc *Types) stdInstanceResult(named *types.Named, at int) []source.Edit {
	if named.Obj().Pkg() == tc.Pkg {
		return nil
	}
	if _, isFunc := named.Underlying().(*types.Signature); !isFunc {
		return nil
	}
	text, ok := tc.TypeText(named.Underlying())
	if !ok {
		return nil
	}
	return []source.Edit{{From: at, To: at, Text: ".(" + text + ")", Order: 2}}
}

// compiledUse reports whether call's result goes straight to compiled
// code: an argument of a call of another package's function (but for
// those stdGenericUses implements in the cell), or the
// expression of a range (rangeStdIters rewrites those).
func (tc *Types) compiledUse(call *ast.CallExpr) bool {
	found := false
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if found || n == nil {
			return false
		}
		switch n := n.(type) {
		case *ast.RangeStmt:
			found = ast.Unparen(n.X) == call
		case *ast.CallExpr:
			for _, a := range n.Args {
				if ast.Unparen(a) == call {
					fn := tc.calleeFunc(n)
					found = fn != nil && fn.Pkg() != nil && fn.Pkg() != tc.Pkg && !stdGenericImplemented(fn)
				}
			}
		}
		return !found
	})
	return found
}

// stdGenericImplemented reports whether stdGenericUses writes fn out as
// interpreted code (iter.Pull), which takes the iterator as its own func
// type, not as an any.
func stdGenericImplemented(fn *types.Func) bool {
	_, ok := StdGenericDecls()[fn.Pkg().Path()+"."+fn.Name()]
	return ok
}

// calleeFunc is the function or method call n calls, nil when it calls
// a func value.
func (tc *Types) calleeFunc(n *ast.CallExpr) *types.Func {
	var id *ast.Ident
	switch f := ast.Unparen(n.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.IndexExpr:
		if x, ok := f.X.(*ast.Ident); ok {
			id = x
		}
	}
	if id == nil {
		return nil
	}
	fn, _ := tc.Info.Uses[id].(*types.Func)
	return fn
}
