package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// A value of a cell's type T held in a cell's interface, asserted to an
// interface that only *T implements (a method with a pointer receiver),
// was taken by yaegi for an implementation: l.(Painter) of a Labeler
// holding a Named answered true, and the Paint it returned changed a copy.
// Go answers false (and the single-valued form panics: "main.Named is not
// main.Painter: missing method Paint"). The rewrite asks first whether
// the value is such a T:
//
//	p, ok := l.(Painter)  →  p, ok := func(gopadX Labeler) (Painter, bool) { if gopadX == nil { ... }; if _, ok := gopadX.(Named); ok { var z Painter; return z, false }; ...; r, ok := gopadX.(Painter); return r, ok }(l)
//
// (a type switch's cases are decided right by yaegi, and so is an
// assertion of an any, anyiface.go).

// cellToCellAssert returns the edits of ta when it asserts a value of a
// cell's interface type to another interface of the cells that some of
// the values it may hold implement only through their pointers.
func (tc *Types) cellToCellAssert(ta *ast.TypeAssertExpr, commaOK bool) ([]source.Edit, bool) {
	if ta.Type == nil || tc.Off(ta.Pos()) < 0 {
		return nil, false
	}
	src, target := tc.Info.Types[ta.X].Type, tc.Info.Types[ta.Type].Type
	if src == nil || target == nil || !tc.cellInterface(src) {
		return nil, false
	}
	to, ok := tc.cellIface(target)
	if !ok || len(tc.valueOnlyMisses(src.Underlying().(*types.Interface), to, false)) == 0 {
		return nil, false
	}
	return tc.implementersFirst(ta, src, target, to, false, commaOK)
}

// valueOnlyMisses are the cells' types T whose values the interface from
// may hold and that do not implement to, where *T does. With structsOnly,
// struct types only (an assertion of an any to a type over int takes an
// int for it).
func (tc *Types) valueOnlyMisses(from, to *types.Interface, structsOnly bool) []types.Type {
	var out []types.Type
	for _, n := range tc.cellTypesWhere(func(n *types.Named) bool {
		_, st := n.Underlying().(*types.Struct)
		return !types.IsInterface(n) && (st || !structsOnly)
	}) {
		if types.Implements(n, from) && !types.Implements(n, to) && types.Implements(types.NewPointer(n), to) {
			out = append(out, n)
		}
	}
	return out
}

// valueOnlyGuards are the statements that answer false for a value of
// one of the cells' types that the interface from may hold and whose
// pointer alone implements to (valueOnlyMisses); with commaOK false, the
// statements panic as Go's single-valued assertion does (the type is
// known here: gopadBuiltin.FailedAssert would name a Count's int).
func (tc *Types) valueOnlyGuards(v string, src types.Type, to *types.Interface, target types.Type, structsOnly, commaOK bool) string {
	from := src.Underlying().(*types.Interface)
	var b strings.Builder
	tt, _ := tc.TypeText(target)
	name, ok := tc.goTypeName(target)
	if !ok {
		name = tt
	}
	for _, t := range tc.valueOnlyMisses(from, to, structsOnly) {
		c, ok := tc.TypeText(t)
		if !ok {
			continue
		}
		no := "var z " + tt + "; return z, false"
		if !commaOK {
			no = "panic(gopadBuiltin.AssertText(" + strconv.Quote(tc.valueOnlyText(t, name, to)) + "))"
		}
		// (through any(v) where yaegi refuses the assertion: a method
		// promoted through an embedded pointer, promotedassert.go)
		b.WriteString("if _, ok := " + tc.assertOperand(v, src, t) + ".(" + c + "); ok { " + no + " }; ")
	}
	return b.String()
}

// valueOnlyText is Go's message for a value of the cell's type t
// asserted to the interface to, named name.
func (tc *Types) valueOnlyText(t types.Type, name string, to *types.Interface) string {
	tn, ok := tc.goTypeName(t)
	if !ok {
		tn = t.String()
	}
	m, _ := types.MissingMethod(t, to, true)
	return "interface conversion: " + tn + " is not " + name + ": missing method " + m.Name()
}
