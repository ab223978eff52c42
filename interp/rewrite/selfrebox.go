package rewrite

import (
	"go/types"
	"strings"
)

// selfRebox is the start of a call (its end is ")") that gives a type
// switch or an assertion over an empty interface the value of a cell's
// type over a basic type that it holds inside gopad's wrapper for error
// or fmt.Stringer: an error returned as Code(3) and then put in an any
// (panic(err), append(items, err), a func(v any)) stays yaegi's wrapper
// there, whose bare value a case Code missed (it went to case error).
// The wrapper's GopadSelf method names the type (selfMethods: types with
// an Error or String method, the ones such wrappers hold); the value
// is converted back to it in interpreted code, which keeps the type:
//
//	switch v := r.(type) {  →  switch gopadTS := func(gopadX any) any { switch gopadBuiltin.SelfNameOf(gopadX) { case "main.Code": var gopadA any = Code(gopadBuiltin.SelfBare(gopadX).(int)); return gopadA; }; return gopadX }(r); {
//
// "" when no case is such a type (ts lists the cases' types).
func (tc *Types) selfRebox(ts []types.Type) string {
	var cases strings.Builder
	seen := map[string]bool{}
	for _, t := range ts {
		name, ok := tc.basicNamed(t)
		if !ok || seen[name] || printMethod(t) == "" {
			continue
		}
		seen[name] = true
		typ, ok1 := tc.TypeText(t)
		basic, ok2 := tc.TypeText(t.Underlying())
		if !ok1 || !ok2 {
			continue
		}
		// (a var of type any keeps the type beside the value: anyconv.go)
		cases.WriteString("case " + name + ": var gopadA any = " + typ + "(gopadBuiltin.SelfBare(gopadX).(" + basic + ")); return gopadA; ")
	}
	if cases.Len() == 0 {
		return ""
	}
	return "func(gopadX any) any { switch gopadBuiltin.SelfNameOf(gopadX) { " + cases.String() + "}; return gopadX }("
}

// basicPrinters are the session's types over basic types with an Error or
// String method, which selfRebox gives back.
func (tc *Types) basicPrinters() []types.Type {
	var out []types.Type
	for _, t := range tc.basicNamedTypes() {
		if printMethod(t) != "" {
			out = append(out, t)
		}
	}
	return out
}

// basicNamedTypes are the session's types over basic types, listed once
// a chunk (each comparison and type switch asks).
func (tc *Types) basicNamedTypes() []types.Type {
	if tc.basicDone {
		return tc.basicNames
	}
	tc.basicDone = true
	var out []types.Type
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if _, ok := tc.basicNamed(tn.Type()); ok {
			out = append(out, tn.Type())
		}
	}
	tc.basicNames = out
	return out
}

// twinsImplement reports whether t is an interface of the cells that two
// of the cells' types over one basic type implement (Grams and Liters over
// float64): a bare value in it would be taken for either.
func (tc *Types) twinsImplement(t types.Type) bool {
	if !tc.cellInterface(t) {
		return false
	}
	it := t.Underlying().(*types.Interface)
	seen := map[string]bool{}
	for _, bt := range tc.basicNamedTypes() {
		if !types.Implements(bt, it) {
			continue
		}
		u := bt.Underlying().String()
		if seen[u] {
			return true
		}
		seen[u] = true
	}
	return false
}
