package interp

import (
	"regexp"
	"strings"
)

// yaegi builds a struct type that refers to itself in pieces, with a
// placeholder (unsafe2.dummy) for the struct while its fields are built.
// It puts the struct back in func types that are fields themselves, not in
// func types nested in a field's slice, map, array or pointer type (or in
// another struct that leads back to it):
//
//	type Order struct{ hooks []func(o *Order, from, to State) }
//
// Storing such funcs works; calling one fails deep in reflect ("Call using
// *struct {...} as type *unsafe2.dummy"), or yaegi refuses to store a func
// of the real type. gopad cannot repair the type from outside yaegi
// (docs/yaegi-upstream-calls.md), so it names the construct and the
// spellings that work instead.

// dummyCall matches reflect's panic when a func of such a type is called.
var dummyCall = regexp.MustCompile(`^reflect: Call using (.*) as type \*?unsafe2\.dummy$`)

// dummyOwner finds the struct's Go name in the type text (structtags.go's tag).
var dummyOwner = regexp.MustCompile(`gopad:\\"([A-Za-z_][A-Za-z0-9_]*)\\"`)

// dummyMainType finds the first cell type yaegi names in a compile error.
var dummyMainType = regexp.MustCompile(`main\.([A-Za-z_][A-Za-z0-9_]*)`)

// dummyField finds a field whose type holds the placeholder.
var dummyField = regexp.MustCompile(`[{;] (\w+) ([^;{}]*unsafe2\.dummy[^;{}]*)`)

// dummyFuncRefusal returns gopad's refusal for yaegi's message msg of a
// call or assignment that failed on the placeholder, or "".
func dummyFuncRefusal(msg string) string {
	if !strings.Contains(msg, "unsafe2.dummy") {
		return ""
	}
	owner, field, ftype := "the struct", "", ""
	if m := dummyCall.FindStringSubmatch(msg); m != nil {
		if o := dummyOwner.FindStringSubmatch(m[1]); o != nil {
			owner = o[1]
		}
		if f := dummyField.FindStringSubmatch(m[1]); f != nil {
			field = f[1]
			if len(field) > 1 && field[0] == 'X' && field[1] >= 'a' && field[1] <= 'z' {
				field = field[1:] // yaegi's export of an unexported field
			}
			ftype = strings.TrimSpace(strings.ReplaceAll(f[2], "unsafe2.dummy", owner))
		}
	} else if !strings.Contains(msg, "cannot use type func") {
		return ""
	} else if o := dummyMainType.FindStringSubmatch(msg); o != nil {
		owner = o[1]
	}
	where := "a func that takes or returns " + owner + ", kept in a slice, map, array or pointer field of a struct that leads back to " + owner
	if field != "" {
		where = "the funcs of " + owner + "'s field " + field + " (" + ftype + ")"
	}
	return "the interpreter cannot call " + where + ": it builds that func type before " + owner +
		" is complete and loses its parameter type (a struct that refers to itself through a func nested in a field); " +
		"keep each func in a struct of its own behind a pointer, e.g. type hook struct{ fn func(*" + owner + ", ...) } " +
		"with a []*hook field, called as h.fn(...), or make the func a direct field of " + owner
}
