package rewrite

import (
	"go/types"
	"strings"
)

// A cell's defined types over one type that is neither a struct nor an
// interface (type Celsius float64 and type Kelvin float64, both with
// methods) share one run-time type in yaegi, and its assertion answers
// from that type alone: a Kelvin held in an interface was taken for a
// Celsius (and printed with Celsius's String), an error holding an
// otherErr int for a codeErr. yaegi's type switch reads the type it keeps
// beside such a value in an empty interface or an interface of the cells;
// in a compiled interface (error, fmt.Stringer) its wrapper holds the
// bare value, and the name the value's GopadSelf method gives decides
// (gopadBuiltin.SelfIs, selfis.go in gopadrt).

// hasBasicTwin reports whether t, a cell's defined type over a type that
// is neither a struct nor an interface (or a pointer to one), shares its
// underlying type with another of the cells' defined types.
func (tc *Types) hasBasicTwin(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg {
		return false
	}
	switch n.Underlying().(type) {
	case *types.Struct, *types.Interface:
		return false
	}
	for _, o := range tc.cellNamedTypes() {
		if o != n && types.Identical(o.Underlying(), n.Underlying()) {
			return true
		}
	}
	return false
}

// twinGuard is the condition (" && …", "" when none is needed) that
// completes an assertion of v to the cell's type ct, spelled text, when
// ct has a basic twin: yaegi's type switch over v, and for a value of a
// compiled interface the name its GopadSelf method gives.
func (tc *Types) twinGuard(v string, ct types.Type, text string) string {
	if !tc.hasBasicTwin(ct) {
		return ""
	}
	is := tc.switchTest(v, text)
	if name, ok := tc.basicNamed(ct); ok {
		return " && gopadBuiltin.SelfIs(" + name + ", " + v + ", " + is + ")"
	}
	return " && " + is
}

// twinGuardText is twinGuard for a type the cells declared, given by its
// text (T or *T), as the implementer lists spell them.
func (tc *Types) twinGuardText(v, text string) string {
	name, ptr := strings.CutPrefix(text, "*")
	tn, ok := tc.Pkg.Scope().Lookup(name).(*types.TypeName)
	if !ok {
		return ""
	}
	t := tn.Type()
	if ptr {
		t = types.NewPointer(t)
	}
	return tc.twinGuard(v, t, text)
}
