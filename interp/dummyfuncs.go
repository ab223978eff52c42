package interp

import (
	"regexp"
	"strings"

	"github.com/gopad/gopad/interp/gopadrt"
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
// of the real type (docs/yaegi-upstream-recursive.md). gopad hands yaegi
// such fields as any (rewrite/selffuncfields.go); for what that leaves
// (generic structs, a func reached through another struct) it names the
// construct and the spellings that work instead.

// dummyCall matches reflect's panic when a func of such a type is called,
// dummySet its panic when a map or slice of such funcs is stored.
var (
	dummyCall = regexp.MustCompile(`^reflect: Call using (.*) as type \*?unsafe2\.dummy$`)
	dummySet  = regexp.MustCompile(`^reflect\.Set: value of type (.*) is not assignable to type .*unsafe2\.dummy`)
)

// dummyMainType finds the first cell type yaegi names in a compile error.
var dummyMainType = regexp.MustCompile(`main\.([A-Za-z_][A-Za-z0-9_]*)`)

// dummyUse matches yaegi's compile error for an assertion to (or a
// conversion of) a struct type that leads back to itself through a func
// type in a field of another type (Event{Action func(*Sim)} with Sim
// holding Events): yaegi still has the placeholder for the struct.
var dummyUse = regexp.MustCompile(`^cannot use type \*?main\.([A-Za-z_][A-Za-z0-9_]*) as type \*?unsafe2\.dummy$`)

// dummyField finds a field whose type holds the placeholder.
var dummyField = regexp.MustCompile(`^\s*(\w+) (.*unsafe2\.dummy.*)$`)

// dummyFuncRefusal returns gopad's refusal for yaegi's message msg of a
// call or assignment that failed on the placeholder, or "".
func dummyFuncRefusal(msg string) string {
	if !strings.Contains(msg, "unsafe2.dummy") {
		return ""
	}
	if m := dummyUse.FindStringSubmatch(msg); m != nil {
		return dummyUseRefusal(m[1])
	}
	owner, field, ftype := "the struct", "", ""
	m := dummyCall.FindStringSubmatch(msg)
	if m == nil {
		m = dummySet.FindStringSubmatch(msg)
	}
	if m != nil {
		owner, field, ftype = dummyStruct(m[1], owner)
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

// dummyUseRefusal is gopad's refusal of an assertion to or a conversion
// of owner while yaegi holds a placeholder for it.
func dummyUseRefusal(owner string) string {
	return "gopad cannot assert or convert to " + owner + " here: " + owner + " refers to itself through a func type in a field " +
		"that leads back to it through another type (a field func(*Sim) where Sim holds " + owner + " values), and the interpreter " +
		"builds that func type before " + owner + " is complete, so " + owner + " is still a placeholder at this point " +
		"(docs/yaegi-upstream-recursive.md); give the func field a parameter type that does not lead back to " + owner +
		" (func(any), asserting the argument inside the func), or keep " + owner + " values in a slice of " + owner + " instead of an any"
}

// dummyStruct finds, in the reflect text t of a type, the cell's struct
// type with a field whose type holds the placeholder: its name (by its own
// gopad tag, not a nested struct's; owner if it has none), the field's
// name and the field's type as written with the struct's name.
func dummyStruct(t, owner string) (name, field, ftype string) {
	for rest := t; ; {
		i := strings.Index(rest, "struct {")
		if i < 0 {
			return owner, "", ""
		}
		end := gopadrt.StructTextEnd(rest, i+len("struct {"))
		if end < 0 {
			return owner, "", ""
		}
		body := rest[i+len("struct {") : end-1]
		for _, f := range topFields(body) {
			fm := dummyField.FindStringSubmatch(f)
			if fm == nil {
				continue
			}
			if n, ok := gopadrt.OwnTag(body); ok {
				owner = n
			}
			field = fm[1]
			if len(field) > 1 && field[0] == 'X' && field[1] >= 'a' && field[1] <= 'z' {
				field = field[1:] // yaegi's export of an unexported field
			}
			ftype = fm[2]
			if j := strings.LastIndex(ftype, ` "`); j >= 0 && strings.HasSuffix(ftype, `"`) {
				ftype = ftype[:j] // less the field's tag
			}
			ftype = strings.ReplaceAll(gopadrt.CellTypeNames(ftype), "main.", "")
			return owner, field, strings.TrimSpace(strings.ReplaceAll(ftype, "unsafe2.dummy", owner))
		}
		rest = rest[i+len("struct {"):] // the structs nested in this one
	}
}

// topFields splits a struct text's body at the semicolons outside its
// fields' own braces and quotes.
func topFields(body string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(body); i++ {
		switch body[i] {
		case '{':
			depth++
		case '}':
			depth--
		case '"':
			for i++; i < len(body) && body[i] != '"'; i++ {
				if body[i] == '\\' {
					i++
				}
			}
		case ';':
			if depth == 0 {
				out = append(out, body[start:i])
				start = i + 1
			}
		}
	}
	return append(out, body[start:])
}
