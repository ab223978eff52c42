package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

// yaegi makes a []Stamp (Stamp over int64 with MarshalJSON) an []int64 at
// run time, and a map[Color]int (Color with MarshalText) a map[int]int:
// held in an any and given to json.Marshal, json wrote the numbers where
// Go calls the methods. markComposites hands such a slice or map, where it
// becomes an empty interface, to gopadBuiltin.MarkJSON with a function
// that gives its elements as json's walk of an any takes them (jsonAny):
// an []any of the methods' results, called in interpreted code (also a
// pointer receiver's: a slice's elements are addressable), a
// map[string]any keyed by the keys' MarshalText. Arrays, copied at each conversion, have
// no identity to mark and are left as they were.

// jsonElems is the func(t) any that gives a slice or map of type t as the
// walk's []any or map[string]any, and false when json encodes none of its
// elements or keys through methods of the cells' types.
func (tc *Types) jsonElems(t types.Type) (string, bool) {
	tt, ok := tc.TypeText(t)
	if !ok {
		return "", false
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		// A slice's elements are addressable: json calls their pointer
		// methods too, MarshalJSON first.
		elem, ok := tc.jsonCall(types.NewPointer(u.Elem()), "s[i]")
		if !ok || types.IsInterface(u.Elem()) {
			return "", false
		}
		return "func(s " + tt + ") any { out := make([]any, len(s)); for i := 0; i < len(s); i++ { out[i] = " + elem + " }; return out }", true
	case *types.Map:
		key, ok := tc.jsonKey(u.Key())
		val, called := tc.jsonCall(u.Elem(), "v")
		if !ok || !called && key == "string(k)" {
			return "", false
		}
		if !called {
			val = "func() any { var gopadE any = v; return gopadE }()"
		}
		return "func(m " + tt + ") any { out := make(map[string]any, len(m)); for k, v := range m { out[" + key + "] = " + val + " }; return out }", true
	}
	return "", false
}

// jsonKey is the expression of the string json writes for a map key k of
// type t: the key itself for a string kind (Go's json takes it before
// MarshalText), MarshalText's result otherwise; false for other keys.
func (tc *Types) jsonKey(t types.Type) (string, bool) {
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
		return "string(k)", true
	}
	if tc.Pkg != nil && mentionsPackage(t, tc.Pkg) && hasEncodingMethod(t, "MarshalText") {
		return "gopadBuiltin.TextKey(k.MarshalText())", true
	}
	return "", false
}

// jsonCall is the call of x's MarshalJSON, or else MarshalText, which
// json makes for a value whose method set is t's, as the value json's walk
// takes (gopadBuiltin.Marshaled); false when t is not a cell's type with
// one of them.
func (tc *Types) jsonCall(t types.Type, x string) (string, bool) {
	if types.IsInterface(t) || !mentionsPackage(t, tc.Pkg) {
		return "", false
	}
	switch {
	case hasEncodingMethod(t, "MarshalJSON"):
		return "gopadBuiltin.Marshaled(" + x + ".MarshalJSON())", true
	case hasEncodingMethod(t, "MarshalText"):
		return "gopadBuiltin.MarshaledText(" + x + ".MarshalText())", true
	}
	return "", false
}

// hasEncodingMethod reports whether t's method set has the method name of
// encoding/json's encoding interfaces, with their signature.
func hasEncodingMethod(t types.Type, name string) bool {
	sel := types.NewMethodSet(t).Lookup(nil, name)
	if sel == nil {
		return false
	}
	sig, ok := sel.Type().(*types.Signature)
	return ok && sig.Params().Len() == 0 && sig.Results().Len() == 2 &&
		types.Identical(sig.Results().At(0).Type(), types.NewSlice(types.Typ[types.Byte])) &&
		sig.Results().At(1).Type().String() == "error"
}

// jsonMethodTypes reports whether the cells declare a type whose pointer's
// method set has MarshalJSON or MarshalText: only then may a value be
// marked for json.
func (tc *Types) jsonMethodTypes() bool {
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() {
			if _, ok := tc.jsonCall(types.NewPointer(tn.Type()), "x"); ok {
				return true
			}
		}
	}
	return false
}

// refuseJSONArray refuses e, an array converted to an empty interface, in
// a session that imports encoding/json, when json would encode its
// elements through their MarshalJSON or MarshalText methods: yaegi makes a
// [2]Stamp a [2]int64 there, which json would write as numbers.
func (tc *Types) refuseJSONArray(e ast.Expr, t types.Type) []source.Edit {
	a := t.(*types.Array)
	if _, ok := tc.Names["encoding/json"]; !ok {
		return nil
	}
	// An array in an interface is not addressable: its elements' own
	// methods count.
	if _, ok := tc.jsonCall(a.Elem(), "x"); !ok {
		return nil
	}
	tt, ok1 := tc.TypeText(t)
	et, ok2 := tc.TypeText(a.Elem())
	if !ok1 || !ok2 {
		return nil
	}
	msg := "gopad cannot make an interface value of the array type " + tt + " where encoding/json may encode it: yaegi gives it the " +
		"run-time type of an array of " + et + "'s underlying type, and json would not call " + et + "'s MarshalJSON or MarshalText. " +
		"Workaround: pass a slice of it (a[:]), or encode it where its static type is " + tt
	return source.Around(tc.Off(e.Pos()), tc.Off(e.End()), "gopadBuiltin.Refuse("+strconv.Quote(msg)+", ", ").("+tt+")")
}
