package rewrite

import (
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// A value of a cell's type over a basic type that has methods (type Status
// int with String) sits in an interface as yaegi's own pair of node and
// value, which encoding/json writes as {}. The pass hands json.Marshal,
// MarshalIndent and an Encoder's Encode of a value whose static type holds
// interfaces a copy in which such values are their basic values, as Go
// encodes them, through []any and map[string]any at any depth:
//
//	json.Marshal(m)  →  json.Marshal(gopadBuiltin.NoLost(func() func(any) any { var f func(any) any; f = func(gopadX any) any { if <Status> { return int(gopadX.(Status)) }; ...; return gopadX }; return f }()(m)))
//
// A type with MarshalJSON or MarshalText gives json the method's result,
// called in interpreted code (gopadBuiltin.Marshaled); a cell's struct
// value there becomes a view of its type (jsonViewTries). The encoder's
// view of a cell's struct walks its interface fields the same way
// (encoding.go); a value the walk did not reach stops the cell:
// gopadBuiltin.NoLost.

var jsonAnyPass = Pass{
	Name: "jsonAny",
	Wants: func(u *Unit) bool {
		return u.dynamicNames() && (u.usesPackage("encoding/json") || u.callsMethod("Encode"))
	},
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		for _, c := range u.Types.compiledCalls() {
			edits = append(edits, u.Types.jsonAny(c)...)
		}
		return edits
	},
}

// jsonAny returns the edits of c when it encodes JSON from a value whose
// static type holds an interface, and the cells declare kept types.
func (tc *Types) jsonAny(c compiledCall) []source.Edit {
	if c.fn.Pkg().Path() != "encoding/json" || len(c.call.Args) == 0 || c.call.Ellipsis.IsValid() {
		return nil
	}
	a := c.call.Args[0]
	switch {
	case c.method() && c.fn.Name() == "Encode":
	case !c.method() && (c.fn.Name() == "Marshal" || c.fn.Name() == "MarshalIndent"):
	default:
		return nil
	}
	t := tc.Info.Types[a].Type
	if t == nil || !types.IsInterface(t) && !holdsInterface(t) {
		return nil
	}
	walk, ok := tc.jsonWalk()
	if !ok {
		return nil // jsonAnyValues (encoding.go) takes the cells' other values
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "gopadBuiltin.NoLost("+walk+"(", "))")
}

// jsonWalk is the func(any) any that gives encoding/json what a value held
// in an empty interface stands for, through []any and map[string]any;
// false when the cells declare no type it would take.
func (tc *Types) jsonWalk() (string, bool) {
	tries := tc.jsonWalkTries()
	if tries == "" {
		return "", false
	}
	// A slice or map marked for json (markjson.go) stands for the []any or
	// map[string]any of its elements, which the walk then takes.
	marked := ""
	if tc.jsonMethodTypes() {
		marked = "if v, ok := gopadBuiltin.MarkedJSON(gopadX); ok { gopadX = v }; "
	}
	return "func() func(any) any { var f func(any) any; f = func(gopadX any) any { " + marked + tries +
		"if s, ok := gopadX.([]any); ok && s != nil { out := make([]any, len(s)); for i := 0; i < len(s); i++ { out[i] = f(s[i]) }; return out }; " +
		"if m, ok := gopadX.(map[string]any); ok && m != nil { out := make(map[string]any, len(m)); for k, v := range m { out[k] = f(v) }; return out }; " +
		"return gopadX }; return f }()", true
}

// jsonWalkTries are the tests of jsonAny's walk for the cells' types; ""
// when the cells declare no type it would take.
func (tc *Types) jsonWalkTries() string {
	return tc.jsonKeptTries() + tc.jsonViewTries("f") + tc.jsonStructTries()
}

// jsonKeptTries are the tests of jsonAny's walk for the cells' types over
// basic types that have methods; "" when there are none.
func (tc *Types) jsonKeptTries() string {
	var b strings.Builder
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 || !tc.keptBeside(n) {
			continue
		}
		basic, ok := n.Underlying().(*types.Basic)
		text, ok2 := tc.TypeText(n)
		if !ok || !ok2 {
			continue
		}
		b.WriteString("if " + tc.switchTest("gopadX", text) + " { ")
		// In an interface only the value's own methods count, as in Go.
		ms := types.NewMethodSet(n)
		switch {
		case ms.Lookup(nil, "MarshalJSON") != nil:
			b.WriteString("return gopadBuiltin.Marshaled(gopadX.(" + text + ").MarshalJSON()) }; ")
		case ms.Lookup(nil, "MarshalText") != nil:
			b.WriteString("return gopadBuiltin.MarshaledText(gopadX.(" + text + ").MarshalText()) }; ")
		default:
			b.WriteString("return " + basic.Name() + "(gopadX.(" + text + ")) }; ")
		}
	}
	return b.String()
}
