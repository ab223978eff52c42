package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var templateDataPass = Pass{
	Name:  "templateData",
	Wants: func(u *Unit) bool { return u.dynamicNames() && u.callsMethod("Execute", "ExecuteTemplate") },
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		for _, c := range u.Types.compiledCalls() {
			edits = append(edits, u.Types.templateData(c)...)
		}
		return edits
	},
}

// Inside a function, yaegi hands a compiled function's interface{}
// parameter a value of a cell's type with methods still paired with its
// interpreted type (a valueInterface): a template executed with the data
// parameter of func render(data any) cannot find .Name ("can't evaluate
// field Name in type interp.valueInterface"). The data passes through
// gopadBuiltin.Bare, whose result yaegi unwraps (gopadrt's values.go):
//
//	t.Execute(w, data)   →   t.Execute(w, gopadBuiltin.Bare(data))

// templateData returns the edit for c when it executes a text/template or
// html/template template with data of an interface type.
func (tc *Types) templateData(c compiledCall) []source.Edit {
	if !c.method() || c.call.Ellipsis.IsValid() {
		return nil
	}
	if path := c.fn.Pkg().Path(); path != "text/template" && path != "html/template" {
		return nil
	}
	at := map[string]int{"Execute": 1, "ExecuteTemplate": 2}
	i, ok := at[c.fn.Name()]
	if !ok || len(c.call.Args) <= i {
		return nil
	}
	a := c.call.Args[i]
	tv, ok := tc.Info.Types[a]
	if !ok || tv.Type == nil || tv.IsNil() || tc.Off(a.Pos()) < 0 {
		return nil
	}
	if !types.IsInterface(tv.Type) {
		return tc.templateKept(a, tv.Type)
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "gopadBuiltin.Bare(", ")")
}

// templateKept checks template data of a cell's type with interface
// fields: a value of a kept type over a basic type there (keptTypes) is
// yaegi's pair of node and value, which the template would print as such;
// gopadBuiltin.NoKeptInside stops the cell instead.
//
//	t.Execute(w, r)  →  t.Execute(w, func(gopadT Reading) Reading { gopadBuiltin.NoKeptInside(gopadT); return gopadT }(r))
func (tc *Types) templateKept(a ast.Expr, t types.Type) []source.Edit {
	if !mentionsPackage(t, tc.Pkg) || !tc.interfaceInside(t, 0) {
		return nil
	}
	if cases, _ := tc.autoKeptCases(""); cases == "" {
		return nil
	}
	text, ok := tc.TypeText(t)
	if !ok {
		return nil
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()),
		"func(gopadT "+text+") "+text+" { gopadBuiltin.NoKeptInside(gopadT); return gopadT }(", ")")
}
