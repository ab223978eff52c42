package gopadrt

import (
	"errors"
	"reflect"
	"regexp"
	"strings"

	goruntime "github.com/gopad/gopad/interp/gopadrt/runtime"
)

// Run-time errors that yaegi raises through reflect reach recover() as
// reflect's panic strings ("reflect: slice index out of range"), and a
// failed type assertion as yaegi's compile error with the statement's
// position ("3:28: interface conversion: ...") naming the cells' struct
// types by their run-time struct types (CellTypeNames). The session hands every
// recover() of a cell to recovered, which turns them into runtime.Error
// values with Go's wording; other values pass through unchanged.

// runtimeError is a run-time error Go reports as "runtime error: ...",
// of the type Go gives it (package runtime here).
func runtimeError(text string) error { return goruntime.Error(text) }

// assertionError is a failed type assertion, worded as Go's
// *runtime.TypeAssertionError; gopadBuiltin.AssertText, for a failure
// whose words the rewrite knows (rewrite's valueonlyassert.go).
func assertionError(text string) error { return goruntime.Assertion(text) }

// reflectPanics maps reflect's panic texts to Go's run-time errors. Go
// adds the index and length ("[5] with length 3"), which reflect's text
// does not carry.
var reflectPanics = []struct{ reflect, goText string }{
	{"reflect: slice index out of range", "index out of range"},
	{"reflect: array index out of range", "index out of range"},
	{"reflect: string index out of range", "index out of range"},
	{"reflect.Value.Slice: slice index out of bounds", "slice bounds out of range"},
	{"reflect.Value.Slice: string slice index out of bounds", "slice bounds out of range"},
	{"reflect.Value.Slice3: slice index out of bounds", "slice bounds out of range"},
	{"reflect: call of reflect.Value.Field on zero Value", nilDeref},
	{"reflect: call of reflect.Value.Index on zero Value", nilDeref}, // p[i] of a nil *[N]T
	{"reflect: call of reflect.Value.Len on zero Value", nilDeref},   // p[:] of a nil *[N]T
	{"reflect: Call using zero Value argument", nilDeref},            // f(*p) of a nil p
	{"reflect: call of reflect.Value.Elem on zero Value", nilDeref},
	{"reflect: call of reflect.Value.Interface on zero Value", nilDeref},
	{"reflect: call of reflect.Value.FieldByIndex on zero Value", nilDeref},
	{"reflect.Value.Call: call of nil function", nilDeref}, // f() of a nil func variable
	// a method promoted from a nil embedded interface field, called
	// through an interface (var s I = T{}; s.M()) or, for a compiled
	// interface (struct{ fmt.Stringer }), directly.
	{"reflect: call of reflect.Value.MethodByName on zero Value", nilDeref},
	{"reflect: Method on nil interface value", nilDeref},
	// yaegi's *p of a nil p is the zero Value; storing or reading it panics.
	{"reflect: call of reflect.Value.Set on zero Value", nilDeref}, // v := *p, f(p) returning *p
	{"reflect: call of reflect.Value.Int on zero Value", nilDeref}, // *p + 1, *p == 3, *p++
	{"reflect: call of reflect.Value.Uint on zero Value", nilDeref},
	{"reflect: call of reflect.Value.Float on zero Value", nilDeref},
	{"reflect: call of reflect.Value.Complex on zero Value", nilDeref},
	{"reflect: call of reflect.Value.Bool on zero Value", nilDeref}, // if *p
	{"reflect: call of reflect.Value.Type on zero Value", nilDeref}, // switch *p
	{"reflect.MakeSlice: negative len", "makeslice: len out of range"},
	{"reflect.MakeSlice: negative cap", "makeslice: cap out of range"},
	{"reflect.MakeSlice: len > cap", "makeslice: cap out of range"},
	{"reflect.MakeChan: negative buffer size", plainPrefix + "makechan: size out of range"},
}

// plainPrefix marks a goText of reflectPanics that Go reports without
// "runtime error: " (a plainError of the runtime).
const plainPrefix = "plain:"

// reflectPanicError is the run-time error of goText, an entry of
// reflectPanics.
func reflectPanicError(goText string) error {
	if t, ok := strings.CutPrefix(goText, plainPrefix); ok {
		return goruntime.Plain(t)
	}
	return runtimeError(goText)
}

const nilDeref = "invalid memory address or nil pointer dereference"

// Recovered is gopadBuiltin.Recovered: the value recover() returned, with
// reflect's and yaegi's run-time errors turned into Go's. yaegi panics
// with the reflect.Value of panic's argument, so that recover() would
// return a reflect.Value (r.(error) fails) instead of the value.
func Recovered(v any) any {
	if rv, ok := v.(reflect.Value); ok {
		if !rv.IsValid() || !rv.CanInterface() {
			return nil
		}
		v = rv.Interface()
	}
	var text string
	switch v := v.(type) {
	case nil:
		return nil
	case string:
		text = v
	case error:
		text = v.Error()
		if t, ok := strings.CutPrefix(text, unhashable+": "); ok && !goruntime.IsPlain(v) {
			// reflect's map assignment (internal/runtime/maps)
			return runtimeError(unhashable + " " + cellTypeName(t))
		}
		var re interface{ RuntimeError() }
		if errors.As(v, &re) {
			return v // the Go runtime's own (divide by zero, nil map)
		}
	default:
		return v
	}
	for _, p := range reflectPanics {
		if text == p.reflect {
			return reflectPanicError(p.goText)
		}
	}
	if m := sliceToArray.FindStringSubmatch(text); m != nil {
		return runtimeError(sliceToArrayText(m))
	}
	if _, isErr := v.(error); isErr {
		if m := positionPrefix.FindString(text); m != "" && strings.HasPrefix(text[len(m):], "interface conversion: ") {
			return assertionError(CellTypeNames(text[len(m):]))
		}
	}
	return v
}

// unhashable starts the message of a map key whose type cannot be
// hashed: reflect's map assignment reads "hash of unhashable type: struct
// { Xa int "gopad:\"T\"" ... }", Go's "runtime error: hash of unhashable
// type main.T".
const unhashable = "hash of unhashable type"

// gopadTag finds the cell type a struct type's text stands for (its
// fields carry the tag gopad:"T", structtags.go).
var gopadTag = regexp.MustCompile(`gopad:\\"([^\\"]+)\\"`)

// cellTypeName is Go's name of the type whose reflect text is t: main.T
// for a cell's struct type, t itself otherwise.
func cellTypeName(t string) string {
	if strings.HasPrefix(t, "struct {") {
		if m := gopadTag.FindStringSubmatch(t); m != nil {
			return "main." + m[1]
		}
	}
	return t
}

// GoPanicMessage rewrites reflect's wording of a run-time error in msg
// into Go's.
func GoPanicMessage(msg string) string {
	for _, p := range reflectPanics {
		if strings.Contains(msg, p.reflect) {
			return reflectPanicError(p.goText).Error()
		}
	}
	if m := sliceToArray.FindStringSubmatch(msg); m != nil {
		return runtimeError(sliceToArrayText(m)).Error()
	}
	return msg
}

// sliceToArray finds reflect's text of a conversion of a slice to an
// array or a pointer to an array of another length: (*[9]byte)(s) of an s
// of length 8.
var sliceToArray = regexp.MustCompile(`reflect: cannot convert slice with length (\d+) to (?:pointer to )?array with length (\d+)`)

// sliceToArrayText is Go's text of that error, from sliceToArray's match.
func sliceToArrayText(m []string) string {
	return "cannot convert slice with length " + m[1] + " to array or pointer to array with length " + m[2]
}

// positionPrefix is the position yaegi puts before a message ("3:28: ").
var positionPrefix = regexp.MustCompile(`^(?:[^\s:]*:)?(\d+):(\d+): `)

// nilAssert is gopadBuiltin.NilAssert: the run-time error of a failed
// assertion of a nil interface to the interface type target, as Go words
// it (rewrite's anyAssert raises it).
func nilAssert(target string) error {
	return assertionError("interface conversion: interface is nil, not " + target)
}

// failedAssert makes gopadBuiltin.FailedAssert: the run-time error of a
// failed assertion of v to the interface type target, worded as Go's. The
// missing method is the first of methods ("A,B") that v's compiled type
// lacks, or the one cells ("main.N=A;*main.N=B") names for a cell's type,
// whose methods reflect does not show.
func failedAssert(typeName func(static string, v any) string) func(v any, target, methods, cells string) error {
	return func(v any, target, methods, cells string) error {
		if v == nil {
			return nilAssert(target)
		}
		name := typeName("", v)
		msg := "interface conversion: " + name + " is not " + target
		if m := missingMethod(v, name, methods, cells); m != "" {
			msg += ": missing method " + m
		}
		return assertionError(msg)
	}
}

// missingMethod is the method of methods that v (named name) lacks.
func missingMethod(v any, name, methods, cells string) string {
	for _, c := range strings.Split(cells, ";") {
		if t, m, ok := strings.Cut(c, "="); ok && t == name {
			return m
		}
	}
	rt := reflect.TypeOf(v)
	for _, m := range strings.Split(methods, ",") {
		if _, ok := rt.MethodByName(m); !ok && m != "" {
			return m
		}
	}
	return ""
}
