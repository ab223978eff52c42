package rewrite

import (
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var templateMethodsPass = Pass{
	Name:  "templateMethods",
	Wants: func(u *Unit) bool { return u.dynamicNames() && u.callsMethod("Execute", "ExecuteTemplate") },
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		for _, c := range u.Types.compiledCalls() {
			edits = append(edits, u.Types.templateMethods(c)...)
		}
		return edits
	},
}

// templateMethods hands the template whose Execute or ExecuteTemplate c
// calls with data that may hold the cells' values (of their types, or an
// interface, or a map or slice of interfaces) to gopadBuiltin.TextTemplateMethods
// (or HTMLTemplateMethods), which makes its field chains find the cells'
// methods (interp's templatemethods.go): text/template finds none on
// yaegi's run-time types.
//
//	t.Execute(w, inv)  →  gopadBuiltin.TextTemplateMethods(t).Execute(w, inv)
func (tc *Types) templateMethods(c compiledCall) []source.Edit {
	if !tc.dynamicNames || !c.method() || c.sel == nil {
		return nil
	}
	data := map[string]int{"Execute": 1, "ExecuteTemplate": 2}[c.fn.Name()]
	if data == 0 || len(c.call.Args) <= data {
		return nil
	}
	// Only for data that may hold the cells' values: text/template's own
	// lookup stays for the rest.
	if t := tc.Info.Types[c.call.Args[data]].Type; t == nil || !tc.mayHoldCellValues(t, 0) {
		return nil
	}
	helper := map[string]string{"text/template": "TextTemplateMethods", "html/template": "HTMLTemplateMethods"}[c.fn.Pkg().Path()]
	ptr, ok := tc.Info.Types[c.sel.X].Type.(*types.Pointer)
	if helper == "" || !ok || tc.Off(c.sel.X.Pos()) < 0 {
		return nil
	}
	if n, ok := ptr.Elem().(*types.Named); !ok || n.Obj().Name() != "Template" {
		return nil
	}
	// Inside templateError's wrapping of the whole call, which starts at
	// the same place.
	return []source.Edit{
		{From: tc.Off(c.sel.X.Pos()), To: tc.Off(c.sel.X.Pos()), Text: "gopadBuiltin." + helper + "("},
		{From: tc.Off(c.sel.X.End()), To: tc.Off(c.sel.X.End()), Text: ")"},
	}
}

// mayHoldCellValues reports whether a value of type t may hold values of
// the cells' types: t mentions them, or is an interface, or a pointer,
// slice, array or map of such.
func (tc *Types) mayHoldCellValues(t types.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	if mentionsPackage(t, tc.Pkg) || types.IsInterface(t) {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return tc.mayHoldCellValues(u.Elem(), depth+1)
	case *types.Slice:
		return tc.mayHoldCellValues(u.Elem(), depth+1)
	case *types.Array:
		return tc.mayHoldCellValues(u.Elem(), depth+1)
	case *types.Map:
		return tc.mayHoldCellValues(u.Elem(), depth+1)
	}
	return false
}
