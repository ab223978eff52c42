package gopadrt

import (
	"errors"
	"reflect"
	"strings"
)

// yaegi gives some cell types no run-time type of their own: inside an
// interface a type over a map, a slice or a basic type is its underlying
// type, and struct types without fields are one type. Package rewrite's
// identityAssert, typeSwitch, eqGuard and contextKeys passes write calls
// of these helpers, which decide by the type yaegi keeps beside a value
// where it keeps one, and stop the cell where nobody can tell.

// twinValue is gopadBuiltin.Twin, around the operand v of an assertion to
// a type T whose zero value is zero; is is yaegi's own type switch of v
// over T. Inside a function yaegi keeps an interface's value with its type
// (a valueInterface), and its switch decides right where its assertion
// does not: a value that is no T becomes one that no assertion to T
// accepts. A bare value with T's run-time type may be any of T's twins:
// the cell stops with msg; a bare value of another run-time type is no T.
func twinValue(msg string, zero, v any, is bool) any {
	if v == nil || zero == nil {
		return v
	}
	if keepsType(v) {
		if is {
			return v
		}
		return notThatType(0)
	}
	if reflect.TypeOf(v) == reflect.TypeOf(zero) {
		panic(errors.New(msg))
	}
	return notThatType(0) // yaegi's assertion takes an xml.CharData for a []byte
}

// twinCase is gopadBuiltin.TwinCase: the answer of a type switch case
// (test, as caseTest decides it) under the rules of twinValue.
func twinCase(msg string, zero, v any, is, test bool) bool {
	if v == nil || zero == nil {
		return test
	}
	if keepsType(v) {
		return is
	}
	if reflect.TypeOf(v) == reflect.TypeOf(zero) {
		panic(errors.New(msg))
	}
	return false
}

// notThatType is the value an assertion sees in place of one yaegi
// mistakes for the asserted type.
type notThatType int

// keptIs is gopadBuiltin.KeptIs: the answer is of yaegi's type switch of
// v over a cell's type that is no struct, taken only when v kept that
// type; a bare value of the underlying type is not of it.
func keptIs(v any, is bool) bool { return v != nil && keepsType(v) && is }

// keepsType reports whether v is yaegi's pairing of a value with its
// interpreted type.
func keepsType(v any) bool {
	t := reflect.TypeOf(v)
	return t.Name() == "valueInterface" && strings.HasSuffix(t.PkgPath(), "yaegi/interp")
}

// eqGuard is gopadBuiltin.EqGuard: v, unless v and other are equal bare
// values of a run-time type among those of zeros.
func eqGuard(msg string, zeros []any, other, v any) any {
	if v == nil || other == nil || keepsType(v) || keepsType(other) {
		return v
	}
	t := reflect.TypeOf(v)
	if t != reflect.TypeOf(other) || !t.Comparable() || v != other {
		return v
	}
	for _, z := range zeros {
		if reflect.TypeOf(z) == t {
			panic(errors.New(msg))
		}
	}
	return v
}

// ctxKey is a context key of a cell's type: the type's name and the key.
type ctxKey struct {
	typ string
	key any
}

// boxCtxKey is gopadBuiltin.CtxKey.
func boxCtxKey(typ string, key any) any { return ctxKey{typ, key} }

// lostName is gopadBuiltin.LostName, %T's static name for v when no case
// of keptStatic (package rewrite) named its type: name, unless v is a bare
// value whose run-time type is one that cell types share with it (pairs
// of the run-time type's text and the cell type's Go name): then %T cannot
// be told, and the cell stops.
func lostName(h *handed, v any, name string, pairs ...string) string {
	if v == nil || name != "" || keepsType(v) || h.bare(reflect.TypeOf(v)) {
		return name
	}
	t := reflect.TypeOf(v).String()
	var cells []string
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i] == t {
			cells = append(cells, pairs[i+1])
		}
	}
	if len(cells) == 0 {
		return name
	}
	panic(errors.New("gopad cannot tell a " + strings.Join(cells, " or a ") + " from a " + t + " inside an interface (%T of it): " +
		"yaegi gives a type defined over a basic type without methods, or over a slice, map, array, channel or func type, " +
		"no run-time type of its own. Workaround: print %T of a variable of the type itself (var c " +
		strings.TrimPrefix(cells[0], "main.") + "), or give " + strings.TrimPrefix(cells[0], "main.") + " a method if it is defined over a basic type"))
}

// noLost is gopadBuiltin.NoLost: v, unless yaegi's pairing of a value with
// its cell type sits somewhere inside it, which an encoder would write as
// {}: then the cell stops.
func noLost(v any) any {
	if lostInside(reflect.ValueOf(v), 0) {
		panic(errors.New("gopad cannot encode a value of a cell's type over a basic type with methods that sits inside a struct field " +
			"or a container of an interface type: yaegi keeps such a value apart from its methods there, and the encoder would write {}. " +
			"Workaround: convert it to its basic type (int(v)) where you store it, or use a field of the type itself"))
	}
	return v
}

// lostInside reports whether v holds yaegi's valueInterface.
func lostInside(v reflect.Value, depth int) bool {
	if !v.IsValid() || depth > 64 {
		return false
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		return !v.IsNil() && lostInside(v.Elem(), depth+1)
	case reflect.Struct:
		if t := v.Type(); t.Name() == "valueInterface" && strings.HasSuffix(t.PkgPath(), "yaegi/interp") {
			return true
		}
		for i := range v.NumField() {
			if lostInside(v.Field(i), depth+1) {
				return true
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if lostInside(v.Index(i), depth+1) {
				return true
			}
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			if lostInside(it.Value(), depth+1) {
				return true
			}
		}
	}
	return false
}

// basicTwin is gopadBuiltin.BasicTwin, around the operand v of an
// assertion to a cell's type over a basic type, or to a basic type cell
// types are defined over; is is yaegi's own type switch of v over it.
// A kept value (valueInterface) is decided by is; a bare one of the basic
// type is taken for the asserted type when bare says so, unless msg says
// it may as well be another case's: then the cell stops.
func basicTwin(h *handed, msg, basic string, bare bool, v any, is bool) any {
	if basicTwinCase(h, msg, basic, bare, v, is) {
		return v
	}
	if v == nil {
		return nil
	}
	return notThatType(0)
}

// basicTwinCase is gopadBuiltin.BasicTwinCase: the answer of a type switch
// case under the rules of basicTwin.
func basicTwinCase(h *handed, msg, basic string, bare bool, v any, is bool) bool {
	if v == nil || keepsType(v) {
		return is
	}
	if t := reflect.TypeOf(v); t.String() != basic || h.bare(t) {
		return is // every cell type over basic is kept: a bare value is a basic one
	}
	if msg != "" {
		panic(errors.New(msg))
	}
	return bare
}

// identitySymbols are the helpers that decide assertions, type switches
// and comparisons of values whose types yaegi cannot tell apart.
var identitySymbols = map[string]reflect.Value{
	"Twin":     reflect.ValueOf(twinValue),
	"TwinCase": reflect.ValueOf(twinCase),
	"EqGuard":  reflect.ValueOf(eqGuard),
}
