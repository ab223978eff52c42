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
// calls with data of the cells' types to gopadBuiltin.TextTemplateMethods
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
	// Only for data of the cells' types: text/template's own lookup keeps
	// its options (missingkey=error) for the rest.
	if t := tc.Info.Types[c.call.Args[data]].Type; t == nil || !mentionsPackage(t, tc.Pkg) {
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
