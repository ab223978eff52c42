package rewrite

import (
	"go/ast"

	"github.com/gopad/gopad/interp/source"
)

// text/template reports the run-time types yaegi gives the cells' types
// (struct { Title string }), and cannot call their methods: a template
// sees no methods on them. The typed pass wraps the error of Execute and
// ExecuteTemplate so that it names the types as Go would (main.Page) and,
// when a template calls a method of a cell's type, says so.

var templateErrorPass = Pass{
	Name:  "templateError",
	Wants: func(u *Unit) bool { return u.dynamicNames() && u.callsMethod("Execute", "ExecuteTemplate") },
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		for _, c := range u.Types.compiledCalls() {
			edits = append(edits, u.Types.templateError(c)...)
		}
		return edits
	},
}

// templateError wraps c, a call of a template's Execute or ExecuteTemplate,
// in gopadBuiltin.TemplateError.
func (tc *Types) templateError(c compiledCall) []source.Edit {
	if !tc.dynamicNames || !c.method() {
		return nil
	}
	if p := c.fn.Pkg().Path(); p != "text/template" && p != "html/template" {
		return nil
	}
	if n := c.fn.Name(); n != "Execute" && n != "ExecuteTemplate" {
		return nil
	}
	var call ast.Expr = c.call
	return source.Around(tc.Off(call.Pos()), tc.Off(call.End()), "gopadBuiltin.TemplateError(", ")")
}
