package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var resultPass = Pass{
	Name: "result",
	Wants: func(u *Unit) bool {
		_, ok := u.Last().(*ast.ExprStmt)
		return ok && u.dynamicNames()
	},
	Run: func(u *Unit) []source.Edit {
		if !u.Stmt() {
			return nil
		}
		return u.Types.resultEdits()
	},
}

// resultEdits shows a cell's result as fmt.Println would: a trailing
// expression of a cell's type with a Format, String or Error method (or a
// slice, array or map of such values, or a struct with such fields)
// becomes what the printer would use, as an operand of Println does. Types that display themselves
// (display.Displayer) are left to the display.
func (tc *Types) resultEdits() []source.Edit {
	body := tc.File.Decls[len(tc.File.Decls)-1].(*ast.FuncDecl).Body.List
	if len(body) == 0 {
		return nil
	}
	es, ok := body[len(body)-1].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	t := tc.Info.Types[es.X].Type
	if t == nil || types.IsInterface(t) {
		return nil
	}
	if tup, ok := t.(*types.Tuple); ok && tup.Len() != 1 {
		return nil
	}
	for _, mt := range []types.Type{t, types.NewPointer(t)} {
		if types.NewMethodSet(mt).Lookup(nil, "Display") != nil {
			return nil
		}
	}
	edits, ok := tc.formatterOperand(es.X)
	if !ok {
		edits, ok = tc.stringerOperand(es.X, false, 'v')
	}
	if !ok {
		// A struct (or a pointer to one, a slice of them) whose fields
		// have such methods (fmtstruct.go).
		if edits, ok = tc.structOperand(es.X); !ok {
			return nil
		}
	}
	// Printed to a string by compiled code: yaegi gives no value for a
	// trailing call of a function literal.
	from, to := tc.Off(es.X.Pos()), tc.Off(es.X.End())
	return append(edits, source.Edit{From: from, To: from, Text: "gopadFmtPkg.Sprint(", Order: 2}, source.Edit{From: to, To: to, Text: ")", Order: -2})
}
