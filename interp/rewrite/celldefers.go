package rewrite

import (
	"go/ast"

	"github.com/gopad/gopad/interp/source"
)

// CellDefers makes the defer statements of a statement chunk (outside
// function literals) appends to the prelude's gopadDefers, run when the
// cell ends, as Go runs main's defers when it returns; yaegi would run
// them at once and again in every later cell. Their arguments were
// already evaluated into variables by DeferArgs. (The deferred closures
// stay in interpreted code: given to compiled code, closures made in a
// loop would all see its last iteration.) Edits stay on their lines.
var CellDefers = Pass{Name: "cellDefers", Wants: holds(hasDefer), Run: func(u *Unit) []source.Edit {
	var es edits
	for _, d := range cellDefers(u.File) {
		es.add(source.Replace(u.Off(d.Pos()), u.Off(d.Call.Pos()), "gopadDefers = append(gopadDefers, func() { "),
			source.Insert(u.Off(d.Call.End()), " })"))
	}
	return es
}}

// cellDefers returns the defer statements of a statement chunk, outside
// function literals.
func cellDefers(f *source.File) []*ast.DeferStmt {
	var ds []*ast.DeferStmt
	for _, st := range f.Body() {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.DeferStmt:
				ds = append(ds, n)
			}
			return true
		})
	}
	return ds
}

// MovesDefers reports whether CellDefers moves a defer of the statement
// chunk f to the end of the cell.
func MovesDefers(f *source.File) bool { return len(cellDefers(f)) > 0 }
