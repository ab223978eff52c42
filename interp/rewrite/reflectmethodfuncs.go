package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// reflect's method questions reach a cell's type by other spellings than
// a call on a reflect.Type or reflect.Value (reflectNames):
//
// A method expression is the helper itself, which takes the receiver
// first as the method expression does:
//
//	reflect.Type.Method        →  gopadBuiltin.TypeMethod
//	reflect.Value.MethodByName →  gopadBuiltin.ValueMethodByName
//
// A method value of a reflect.Type, and a reflect.Type handed to an
// interface of the program's that asks what gopad answers for a
// reflect.Type (its methods, names, fields), become a gopadBuiltin.HeldType
// (gopadrt's namedtype.go), whose methods answer through the session:
//
//	f := t.MethodByName                  →  f := gopadBuiltin.HeldType(t).MethodByName
//	var x interface{ NumMethod() int } = t  →  ... = gopadBuiltin.HeldType(t)

// reflectMethodFuncs returns the edit for sel when it is a method
// expression of reflect.Type or reflect.Value that has a helper, or a
// method value of a reflect.Type.
func (tc *Types) reflectMethodFuncs(sel *ast.SelectorExpr) []source.Edit {
	if tc.Off(sel.Pos()) < 0 {
		return nil
	}
	helper, value, ok := tc.reflectMethodFunc(sel)
	switch {
	case !ok:
		return nil
	case value:
		return source.Around(tc.Off(sel.X.Pos()), tc.Off(sel.X.End()), "gopadBuiltin.HeldType(", ")")
	}
	return []source.Edit{source.Replace(tc.Off(sel.Pos()), tc.Off(sel.End()), "gopadBuiltin."+helper)}
}

// reflectMethodFunc reports whether sel is a method expression with a
// helper (named helper), or a method value of a reflect.Type that gopad
// answers (value): reflectMethodFuncs rewrites it, methodValues leaves it.
func (tc *Types) reflectMethodFunc(sel *ast.SelectorExpr) (helper string, value, ok bool) {
	s, found := tc.Info.Selections[sel]
	if !found {
		return "", false, false
	}
	recv := s.Recv()
	switch s.Kind() {
	case types.MethodExpr:
		switch {
		case isReflect(recv, "Type"):
			helper, ok = typeMethods[sel.Sel.Name]
		case isReflect(recv, "Value"):
			helper, ok = valueMethods[sel.Sel.Name]
		}
		return helper, false, ok
	case types.MethodVal:
		_, answered := typeMethods[sel.Sel.Name]
		return "", true, isReflect(recv, "Type") && answered && !tc.called(sel)
	}
	return "", false, false
}

// called reports whether sel is the function of a call of the chunk.
func (tc *Types) called(sel *ast.SelectorExpr) bool {
	found := false
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && ast.Unparen(call.Fun) == sel {
			found = true
		}
		return !found
	})
	return found
}

// heldTypes returns the edits that make a reflect.Type handed to an
// interface type other than reflect.Type, with one of the methods of
// reflect.Type that gopad answers (typeMethods), a gopadBuiltin.HeldType.
func (tc *Types) heldTypes() []source.Edit {
	var edits []source.Edit
	tc.conversions(func(c conversion) {
		tv, ok := tc.Info.Types[c.expr]
		if !ok || tv.Type == nil || !isReflect(tv.Type, "Type") || isReflect(c.target, "Type") || tc.Off(c.expr.Pos()) < 0 {
			return
		}
		iface, ok := c.target.Underlying().(*types.Interface)
		if !ok {
			return
		}
		for i := range iface.NumMethods() {
			if _, answered := typeMethods[iface.Method(i).Name()]; answered {
				edits = append(edits, source.Around(tc.Off(c.expr.Pos()), tc.Off(c.expr.End()), "gopadBuiltin.HeldType(", ")")...)
				return
			}
		}
	})
	return edits
}
