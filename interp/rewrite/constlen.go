package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

var constLenPass = Pass{
	Name: "constLen",
	// A range is checked anyway (rangeString); a len or cap alone asks
	// for no check (a cell printing len(s) would pay for one), and is
	// rewritten when another pass had the chunk checked.
	Wants: func(u *Unit) bool { return u.sights().ranges },
	Run:   func(u *Unit) []source.Edit { return u.Types.constLens() },
}

// constLens writes out the length of an array reached through a pointer
// where Go takes it from the type alone: len(p) and cap(p) of a p of type
// *[N]T are the constant N, and for i := range p counts to N, also when p
// is nil (unless p holds a call or a receive: then Go evaluates it). yaegi
// reads the array through the pointer and fails on a nil one (reflect:
// call of reflect.Value.Len on zero Value).
//
//	len(p)           →  10
//	for i := range p →  for i := range 10
func (tc *Types) constLens() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if tv := tc.Info.Types[n]; tv.Value != nil && len(n.Args) == 1 && arrayPointer(tc.Info.Types[n.Args[0]].Type) {
				edits = append(edits, source.Replace(tc.Off(n.Pos()), tc.Off(n.End()), tv.Value.ExactString()))
				return false
			}
		case *ast.RangeStmt:
			if n.Value == nil && !callsOrReceives(n.X) {
				if at, ok := arrayPointerLen(tc.Info.Types[n.X].Type); ok {
					edits = append(edits, source.Replace(tc.Off(n.X.Pos()), tc.Off(n.X.End()), at))
				}
			}
		}
		return true
	})
	return edits
}

// arrayPointer reports whether t is a pointer to an array.
func arrayPointer(t types.Type) bool {
	_, ok := arrayPointerLen(t)
	return ok
}

// arrayPointerLen is the length of the array t points to.
func arrayPointerLen(t types.Type) (string, bool) {
	if t == nil {
		return "", false
	}
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return "", false
	}
	a, ok := p.Elem().Underlying().(*types.Array)
	if !ok {
		return "", false
	}
	return strconv.FormatInt(a.Len(), 10), true
}

// callsOrReceives reports whether e holds a call or a receive.
func callsOrReceives(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			found = true
		case *ast.UnaryExpr:
			found = found || n.Op == token.ARROW
		}
		return !found
	})
	return found
}
