package rewrite

import (
	"go/ast"

	"github.com/gopad/gopad/interp/source"
)

// CellReturns makes a bare return of statements that run as the body of
// a cell function (Unit.InFunc) "return true": the function reports that
// the cell ended there. Returns in function literals are their own.
var CellReturns = Pass{Name: "cellReturns", Wants: holds(hasReturn), Run: func(u *Unit) []source.Edit {
	if !u.InFunc {
		return nil
	}
	var es edits
	for _, st := range u.Body() {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(n.Results) == 0 {
					es.add(source.Insert(u.Off(n.End()), " true"))
				}
			}
			return true
		})
	}
	return es
}}
