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

// twinCase is gopadBuiltin.TwinCase: the answer of a type switch case
// (test, as caseTest decides it), or of an assertion (test true), of v to
// a type T whose zero value is zero; is is yaegi's own type switch of v
// over T. Inside a function yaegi keeps an interface's value with its
// type (a valueInterface), and its switch decides right where its
// assertion does not. A bare value with T's run-time type may be any of
// T's twins: the cell stops with msg; a bare value of another run-time
// type is no T (yaegi's assertion takes an xml.CharData for a []byte).
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

// eqCheck is gopadBuiltin.EqCheck, before a comparison of v with other:
// it stops the cell with msg when both are equal bare values of a run-time
// type among those of zeros. A zero of a cell's type that yaegi keeps
// beside its values stands for a type over a basic type, whose bare
// values are ambiguous only when values of their run-time type went to
// compiled code (handed.go). It returns nothing: package rewrite's eqGuard
// pass returns v from interpreted code (see handed.go's hand).
func eqCheck(h *handed, msg string, zeros []any, other, v any) {
	if v == nil || other == nil || keepsType(v) || keepsType(other) {
		return
	}
	t := reflect.TypeOf(v)
	if t != reflect.TypeOf(other) || !t.Comparable() || v != other {
		return
	}
	h.erased.equal(v) // erased.go
	for _, z := range zeros {
		if reflect.TypeOf(z) == t || keepsType(z) && basicKind(v) && !h.bare(t) {
			panic(errors.New(msg))
		}
	}
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
	if v == nil || name != "" || keepsType(v) || basicKind(v) && h.bare(reflect.TypeOf(v)) {
		return name // the cells' types over basic types are kept (handed.go)
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
	cell := strings.TrimPrefix(cells[0], "main.")
	if basicKind(v) {
		panic(errors.New("gopad cannot tell a " + strings.Join(cells, " or a ") + " from a " + t + " inside an interface (%T of it): " +
			"values of these types went to compiled code as interfaces (a container/list, a sync.Map, heap.Push...), which gives " +
			"them back without their cell type. Workaround: print %T of a variable of the type itself (var c " + cell +
			"), or keep such values in a container of their own type ([]" + cell + ")"))
	}
	panic(errors.New("gopad cannot tell a " + strings.Join(cells, " or a ") + " from a " + t + " inside an interface (%T of it): " +
		"yaegi gives a type defined over a slice, map, array, channel or func type no run-time type of its own. " +
		"Workaround: print %T of a variable of the type itself (var c " + cell + "), or declare " + cell + " as a struct type with a field"))
}

// basicKind reports whether v's run-time type is a basic type.
func basicKind(v any) bool {
	k := reflect.TypeOf(v).Kind()
	return k >= reflect.Bool && k <= reflect.Complex128 || k == reflect.String
}

// noLost is gopadBuiltin.NoLost: v without yaegi's pairings of values with
// their cell types inside it (unkept), unless one of them pairs a type with
// methods of its own, which an encoder would miss (it wrote {}): then the
// cell stops.
func noLost(v any) any {
	if !lostInside(reflect.ValueOf(v), 0, true) {
		return unkept(v) // kept values whose type has no method of its own: the value is all
	}
	panic(errors.New("gopad cannot encode a value of a cell's type over a basic type with methods that sits inside a struct field " +
		"or a container of an interface type: yaegi keeps such a value apart from its methods there, and the encoder would write {}. " +
		"Workaround: convert it to its basic type (int(v)) where you store it, or use a field of the type itself"))
}

// noKeptInside is gopadBuiltin.NoKeptInside, before a template runs with
// data v: it stops the cell when yaegi's pairing of a value with its cell
// type sits inside v, which the template would print as that pair.
func noKeptInside(v any) {
	if lostInside(reflect.ValueOf(v), 0, false) {
		panic(errors.New("gopad cannot hand a template a value of a cell's type over a basic type that sits in an interface " +
			"field of the data: yaegi keeps it paired with its type there, and the template would print the pair. " +
			"Workaround: convert it to its basic type (float64(v)) where you store it, or use a field of the type itself"))
	}
}

// lostInside reports whether v holds yaegi's valueInterface (skipPlain:
// of a type with methods of its own, see plainKept).
func lostInside(v reflect.Value, depth int, skipPlain bool) bool {
	if !v.IsValid() || depth > 64 {
		return false
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		return !v.IsNil() && lostInside(v.Elem(), depth+1, skipPlain)
	case reflect.Struct:
		if t := v.Type(); t.Name() == "valueInterface" && strings.HasSuffix(t.PkgPath(), "yaegi/interp") {
			return !skipPlain || !plainKept(v) || lostInside(keptValue(v), depth+1, skipPlain)
		}
		for i := range v.NumField() {
			if lostInside(v.Field(i), depth+1, skipPlain) {
				return true
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if lostInside(v.Index(i), depth+1, skipPlain) {
				return true
			}
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			if lostInside(it.Value(), depth+1, skipPlain) {
				return true
			}
		}
	}
	return false
}

// basicTwinCase is gopadBuiltin.BasicCase, the answer of a type switch
// case or of an assertion of v to a cell's type over a basic type, or to a
// basic type cell types are defined over; is is yaegi's own type switch of
// v over it. A kept value (valueInterface) is decided by is, and so is a
// bare one of a type no value of which went to compiled code (handed.go):
// every cell type over a basic type is kept. Otherwise a bare value of the
// basic type is taken for the asserted type when bare says so, unless msg
// says it may as well be another case's, or values of the basic type
// itself went to compiled code too: then the cell stops.
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
	h.lost(reflect.TypeOf(v))
	h.mixed(reflect.TypeOf(v))
	return bare
}

// keptCase is gopadBuiltin.KeptCase, the answer of a type switch case or
// of an assertion of v to a type T whose run-time type in yaegi is shared
// only by cell types that keep their type beside their values (package
// rewrite's keptTypes: types over maps, slices, arrays, channels and
// funcs) and by that run-time type itself; is is yaegi's own type switch
// of v over T, which reads a kept type. A bare value is of the run-time
// type itself: no T when T is a cell type (cell), a T when it has T's
// run-time type (zero is T's zero value) otherwise, which yaegi's switch
// missed for []any and map[string]any. That holds unless values of such a
// cell type went to compiled code (handed.go), which gives them back bare:
// then a bare value of the type may be either, and the cell stops with msg.
func keptCase(h *handed, msg string, zero any, cell bool, v any, is bool) bool {
	if v == nil || keepsType(v) {
		return is
	}
	if h.as(reflect.TypeOf(v))&asCell != 0 {
		panic(errors.New(msg))
	}
	return !cell && zero != nil && reflect.TypeOf(v) == reflect.TypeOf(zero)
}

// identitySymbols are the helpers that decide assertions, type switches
// and comparisons of values whose types yaegi cannot tell apart.
var identitySymbols = map[string]reflect.Value{
	"TwinCase": reflect.ValueOf(twinCase),
}

// KeptName is the Go name (main.Mul) of the cell type that yaegi keeps
// beside the value v (its valueInterface), read from the interpreter's
// type of the node that made the value; ok is false for any other v, or a
// kept type without a name.
func KeptName(v any) (name string, ok bool) {
	if v == nil || !keepsType(v) {
		return "", false
	}
	node := reflect.ValueOf(v).FieldByName("node")
	if node.Kind() != reflect.Pointer || node.IsNil() {
		return "", false
	}
	typ := node.Elem().FieldByName("typ")
	if typ.Kind() != reflect.Pointer || typ.IsNil() {
		return "", false
	}
	n, path := typ.Elem().FieldByName("name"), typ.Elem().FieldByName("path")
	if n.Kind() != reflect.String || path.Kind() != reflect.String || n.String() == "" || path.String() == "" {
		return "", false
	}
	return path.String() + "." + n.String(), true
}

// plainKept reports whether the valueInterface v pairs a value with a
// type whose only method is the GopadSelf that package rewrite's keptTypes
// gave it (a type over a slice, a map, a struct without fields...):
// without the pair the value is all that Go's encoders and templates see
// of it.
func plainKept(v reflect.Value) bool {
	methods, ok := pairMethods(v)
	return ok && methods.Len() <= 1
}

// pairMethods is the list of methods yaegi's node's type keeps for the
// pair p (a slice of yaegi's method nodes), and whether p has one.
func pairMethods(p reflect.Value) (reflect.Value, bool) {
	node := p.FieldByName("node")
	if node.Kind() != reflect.Pointer || node.IsNil() {
		return reflect.Value{}, false
	}
	typ := node.Elem().FieldByName("typ")
	if typ.Kind() != reflect.Pointer || typ.IsNil() {
		return reflect.Value{}, false
	}
	methods := typ.Elem().FieldByName("method")
	return methods, methods.Kind() == reflect.Slice
}
