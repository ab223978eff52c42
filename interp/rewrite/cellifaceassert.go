package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// A value of a cell's interface type asserted to a compiled interface with
// methods (s.(fmt.Stringer) of a Shape) inside a function literal that
// returns the result, as nilAssert's guard does, gives a broken value in
// yaegi: printing it panics ("reflect.Set: value of type bool is not
// assignable to type struct { R float64 }") or it is nil. The same
// literal returning the cell's concrete value works, so the cells' types
// that implement both interfaces are tried first, as globalAnyAssert does
// for session variables:
//
//	_, ok := s.(fmt.Stringer)  →  _, ok := func(gopadX Shape) (fmt.Stringer, bool) { if gopadX == nil { ... }; if r, ok := gopadX.(Circle); ok { return r, true }; ...; r, ok := gopadX.(fmt.Stringer); return r, ok }(s)

// cellToCompiledAssert returns the edits of ta when it asserts a value of
// a cell's interface type to a compiled interface with methods.
func (tc *Types) cellToCompiledAssert(ta *ast.TypeAssertExpr, commaOK bool) ([]source.Edit, bool) {
	if ta.Type == nil || tc.Off(ta.Pos()) < 0 {
		return nil, false
	}
	src, target := tc.Info.Types[ta.X].Type, tc.Info.Types[ta.Type].Type
	if src == nil || target == nil || !tc.cellInterface(src) || !tc.compiledInterface(target) {
		return nil, false
	}
	// A cell's interface is never empty: the literal checks nil.
	return tc.implementersFirst(ta, src, target, target.Underlying().(*types.Interface), false, commaOK)
}
