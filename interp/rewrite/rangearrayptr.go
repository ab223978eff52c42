package rewrite

import (
	"go/ast"

	"github.com/gopad/gopad/interp/source"
)

var rangeArrayPointerPass = Pass{
	Name:  "rangeArrayPointer",
	Wants: func(u *Unit) bool { return u.sights().ranges },
	Run:   func(u *Unit) []source.Edit { return u.Types.rangeArrayPointers() },
}

// rangeArrayPointers ranges over a slice of the whole array where a range
// with a value variable goes over a pointer to an array. yaegi keeps the
// array it ranges over in the frame slot just before the index, a slot it
// reserves for arrays and slices but not for pointers, so the loop
// overwrote the variable declared before it (a strings.Builder became the
// array: "reflect.Set: value of type *[256][]lens is not assignable to
// type *strings.Builder"). The slice shares the array, so the loop reads
// each element when it reaches it, as Go's range over the pointer does,
// and a nil pointer panics:
//
//	for i, v := range p     →  for i, v := range p[:]
//	for _, v := range <-ch  →  for _, v := range (<-ch)[:]
//
// A range over the indexes alone is constLen's (range N).
func (tc *Types) rangeArrayPointers() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		rs, ok := n.(*ast.RangeStmt)
		if !ok || rs.Value == nil || tc.Off(rs.X.Pos()) < 0 {
			return true
		}
		if !arrayPointer(tc.Info.Types[rs.X].Type) {
			return true
		}
		from, to := tc.Off(rs.X.Pos()), tc.Off(rs.X.End())
		if sliceable(rs.X) {
			edits = append(edits, source.Insert(to, "[:]"))
		} else {
			edits = append(edits, source.Around(from, to, "(", ")[:]")...)
		}
		return true
	})
	return edits
}

// sliceable reports whether x can take a slice expression as it is
// written: a primary expression, not an operator's operand.
func sliceable(x ast.Expr) bool {
	switch x.(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr, *ast.IndexExpr, *ast.ParenExpr:
		return true
	}
	return false
}
