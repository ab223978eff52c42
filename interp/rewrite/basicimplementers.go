package rewrite

import (
	"go/types"
	"strings"
)

// basicImplementers are the type switch cases of the cells' types other
// than structs and interfaces (and pointers to them) that implement it,
// in a switch over v. yaegi's switch that binds v takes a 3 for a type
// Level int with methods (its switch without a binding does not): a case
// of a type over a basic type asks gopadBuiltin.BasicCase with the
// unbound switch's answer, one of a kept composite type
// gopadBuiltin.KeptCase (keptTest), whether v is one.
func (tc *Types) basicImplementers(it *types.Interface, v string) []string {
	var cases []string
	for _, n := range tc.cellNamedTypes() {
		switch n.Underlying().(type) {
		case *types.Struct, *types.Interface:
			continue
		}
		for _, ct := range []types.Type{n, types.NewPointer(n)} {
			text, ok := tc.TypeText(ct)
			if !ok || !types.Implements(ct, it) {
				continue
			}
			guard := tc.caseGuard(ct, text, v)
			if guard == "" {
				cases = append(cases, "case "+text+": return v, true; ")
				continue
			}
			cases = append(cases, "case "+text+": if "+guard+" { return v, true }; ")
		}
	}
	return cases
}

// caseGuard is the test that a case for t (written text) of a switch over
// v must pass besides yaegi's: gopadBuiltin.BasicCase for a type over a
// basic type, keptTest's for another kept type; "" when none is needed.
func (tc *Types) caseGuard(t types.Type, text, v string) string {
	if _, basic := t.Underlying().(*types.Basic); basic {
		if args := tc.basicTwinArgs(t, text, false); args != "" {
			return "gopadBuiltin.BasicCase(" + args + ", " + v + ", " + tc.switchTest(v, text) + ")"
		}
		return ""
	}
	if kept, ok := tc.keptTest(t, text, v); ok {
		return kept
	}
	return ""
}

// pointerOnlyBasic is the test, in a switch over v, that answers false
// (no) for a value of a cell's type other than a struct that implements it
// only through its pointer (type Gauge float64 with func (g *Gauge)
// Show()): yaegi's assertion took a Gauge for the interface. It asks
// gopadBuiltin.BasicCase (or KeptCase) as basicImplementers does.
func (tc *Types) pointerOnlyBasic(it *types.Interface, v, no string) string {
	var b strings.Builder
	for _, n := range tc.cellNamedTypes() {
		switch n.Underlying().(type) {
		case *types.Struct, *types.Interface:
			continue
		}
		text, ok := tc.TypeText(n)
		if !ok || types.Implements(n, it) || !types.Implements(types.NewPointer(n), it) {
			continue
		}
		if guard := tc.caseGuard(n, text, v); guard != "" {
			b.WriteString("if " + guard + " { " + no + " }; ")
		}
	}
	return b.String()
}

// cellNamedTypes are the defined types the cells declared, generic ones
// left out, in the order of their names.
func (tc *Types) cellNamedTypes() []*types.Named {
	return tc.cellTypesWhere(func(*types.Named) bool { return true })
}

// cellStructTypes are cellNamedTypes' struct types.
func (tc *Types) cellStructTypes() []*types.Named {
	return tc.cellTypesWhere(func(n *types.Named) bool {
		_, ok := n.Underlying().(*types.Struct)
		return ok
	})
}

// cellTypesWhere are cellNamedTypes for which keep holds.
func (tc *Types) cellTypesWhere(keep func(*types.Named) bool) []*types.Named {
	var out []*types.Named
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || name == "_" {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() == 0 && keep(n) {
			out = append(out, n)
		}
	}
	return out
}
