package interp

import (
	"errors"
	"fmt"
	"reflect"
	"unsafe"
)

// fmt calls no method of a struct's unexported field: a `timeout
// time.Duration` field prints as 2000000000, a `mask net.IP` one as its
// bytes. yaegi exports the fields of the cells' struct types at run time
// (as X<name>), so fmt called their String methods ({a 2s}). Where the
// typed passes know the struct type statically they print such a field as
// its basic value (rewrite's bareCompiled); a value that reaches fmt in an
// any ([]job, map[string]job or [1]job inside it) is copied by raw into a
// value of a type whose such fields have the plain types fmt prints
// without methods.

var (
	unsafePointerType = reflect.TypeFor[unsafe.Pointer]()
	stringerType      = reflect.TypeFor[fmt.Stringer]()
	errorType         = reflect.TypeFor[error]()
)

// raw is gopadBuiltin.RawHidden (after gopadBuiltin.Unkept): v with the
// unexported fields of the cells' struct types whose type has a method fmt
// calls as plain values; v itself when it has none. A field whose plain
// value gopad cannot write (a time.Time, a map type with String) stops the
// cell.
func (tn *typeNames) raw(v any) any {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return v
	}
	tn.mu.Lock()
	t, refused := tn.rawType(rv.Type(), map[reflect.Type]bool{})
	tn.mu.Unlock()
	if refused != "" {
		panic(errors.New(refused))
	}
	if t == rv.Type() {
		return v
	}
	return convertValue(rv, t).Interface()
}

// rawType returns t with raw's plain types for the hidden fields of its
// structs, at any depth, or t itself; refused is the refusal of a field
// raw cannot write.
func (tn *typeNames) rawType(t reflect.Type, busy map[reflect.Type]bool) (out reflect.Type, refused string) {
	if r, ok := tn.raws[t]; ok {
		return r, ""
	}
	if busy[t] {
		return t, "" // recursive: StructOf cannot rebuild it
	}
	busy[t] = true
	defer delete(busy, t)
	out = t
	var elem reflect.Type
	switch t.Kind() {
	case reflect.Struct:
		if t.Name() != "" {
			return t, "" // a compiled struct: fmt sees its unexported fields as such
		}
		out, refused = tn.rawStruct(t, busy)
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		elem, refused = tn.rawType(t.Elem(), busy)
		if elem != t.Elem() {
			out = rebuilt(t, elem)
		}
	}
	if refused == "" {
		tn.raws[t] = out
	}
	return out, refused
}

// rawStruct is rawType for a struct type of the cells.
func (tn *typeNames) rawStruct(t reflect.Type, busy map[reflect.Type]bool) (reflect.Type, string) {
	fields := make([]reflect.StructField, t.NumField())
	changed := false
	for i := range fields {
		f := t.Field(i)
		if f.Anonymous || f.PkgPath != "" {
			return t, "" // StructOf cannot rebuild it (stripped leaves it too)
		}
		if tn.hidden[f.Name] && callsMethods(f.Type) {
			p, ok := plainType(f.Type)
			if !ok {
				return t, fmt.Sprintf("gopad cannot print the unexported field %s %s of a struct held in an interface: "+
					"Go prints its inner fields without methods, which gopad cannot write for it (yaegi exports the "+
					"field at run time, so fmt would call its methods). Workaround: print the struct value itself, "+
					"not inside an any, or export the field", f.Name[1:], f.Type)
			}
			f.Type, changed = p, true
		} else if ft, refused := tn.rawType(f.Type, busy); refused != "" {
			return t, refused
		} else if ft != f.Type {
			f.Type, changed = ft, true
		}
		fields[i] = f
	}
	if !changed {
		return t, ""
	}
	return reflect.StructOf(fields), ""
}

// rebuilt is the pointer, slice, array or map type t with elem.
func rebuilt(t, elem reflect.Type) reflect.Type {
	switch t.Kind() {
	case reflect.Pointer:
		return reflect.PointerTo(elem)
	case reflect.Slice:
		return reflect.SliceOf(elem)
	case reflect.Array:
		return reflect.ArrayOf(t.Len(), elem)
	}
	return reflect.MapOf(t.Key(), elem)
}

// callsMethods reports whether fmt calls a method of a value of type t.
func callsMethods(t reflect.Type) bool {
	return t.Implements(stringerType) || t.Implements(errorType) || t.Implements(formatterType)
}

// plainType is the type whose values fmt prints as it prints an
// unexported field of t: the basic type under it, a slice or array of
// the basic type under its elements (net.IP), an unsafe.Pointer for a
// pointer (its address).
func plainType(t reflect.Type) (reflect.Type, bool) {
	switch k := t.Kind(); {
	case k >= reflect.Bool && k <= reflect.Complex128, k == reflect.String:
		return basicTypes[k], true
	case k == reflect.Pointer:
		return unsafePointerType, true
	case k == reflect.Slice || k == reflect.Array:
		e, ok := plainType(t.Elem())
		if !ok || e == unsafePointerType || callsMethods(t.Elem()) && t.Elem().Kind() != e.Kind() {
			return nil, false
		}
		return rebuilt(t, e), true
	}
	return nil, false
}

// basicTypes are the basic types by their kinds.
var basicTypes = map[reflect.Kind]reflect.Type{
	reflect.Bool: reflect.TypeFor[bool](), reflect.Int: reflect.TypeFor[int](), reflect.Int8: reflect.TypeFor[int8](),
	reflect.Int16: reflect.TypeFor[int16](), reflect.Int32: reflect.TypeFor[int32](), reflect.Int64: reflect.TypeFor[int64](),
	reflect.Uint: reflect.TypeFor[uint](), reflect.Uint8: reflect.TypeFor[uint8](), reflect.Uint16: reflect.TypeFor[uint16](),
	reflect.Uint32: reflect.TypeFor[uint32](), reflect.Uint64: reflect.TypeFor[uint64](), reflect.Uintptr: reflect.TypeFor[uintptr](),
	reflect.Float32: reflect.TypeFor[float32](), reflect.Float64: reflect.TypeFor[float64](),
	reflect.Complex64: reflect.TypeFor[complex64](), reflect.Complex128: reflect.TypeFor[complex128](),
	reflect.String: reflect.TypeFor[string](),
}
