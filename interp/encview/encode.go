package encview

import (
	"encoding/xml"
	"fmt"
	"reflect"
	"strings"

	"github.com/gopad/gopad/interp/pairs"
)

// View returns what an encoder should be given in place of v, a value of
// the shape's type: for JSON when xmlCodec is false, for XML otherwise.
// An error (a recursive type) comes back as a value whose marshal method
// returns it, so that the encoder reports it.
func View(v any, shape string, fns []any, xmlCodec bool) any {
	vw, err := newView(shape, fns)
	if err != nil {
		return failing{err}
	}
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return v
	}
	m := encodeJSON
	if xmlCodec {
		m = encodeXML
	}
	mt, err := vw.mirrorType(0, rv.Type(), m)
	if err != nil {
		return failing{err}
	}
	out, err := vw.encodeValue(0, rv, mt, m)
	if err != nil {
		return failing{err}
	}
	if name := vw.shape.XMLRootName(); xmlCodec && name != "" {
		return xmlNamed{name, out.Interface()}
	}
	return out.Interface()
}

// xmlNamed gives a struct value the element name encoding/xml takes from
// its type's name (the run-time type of a cell's struct has none, and
// encoding/xml refuses an unnamed struct as the document's root).
type xmlNamed struct {
	name string
	v    any
}

// MarshalXML names the element as the type's name unless the caller of
// EncodeElement gave a name of its own (encoding/xml hands a Marshaler
// its own type's name, xmlNamed, by default).
func (x xmlNamed) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	if start.Name.Local == reflect.TypeFor[xmlNamed]().Name() && start.Name.Space == "" {
		start.Name.Local = x.name
	}
	return e.EncodeElement(x.v, start)
}

// failing makes the encoder return err.
type failing struct{ err error }

func (f failing) MarshalJSON() ([]byte, error)                    { return nil, f.err }
func (f failing) MarshalXML(*xml.Encoder, xml.StartElement) error { return f.err }

// ownMethods lists, per mode, the methods an encoder calls on a value, in
// the order it prefers them.
var ownMethods = map[mode][]string{
	encodeJSON: {"MarshalJSON", "MarshalText"},
	encodeXML:  {"MarshalXML", "MarshalText"},
	decodeJSON: {"UnmarshalJSON", "UnmarshalText"},
}

// hook returns the method of node n an encoder in mode m would call.
func (v *view) hook(n int, m mode) (string, Method, bool) {
	for _, name := range ownMethods[m] {
		if meth, ok := v.method(n, name); ok {
			return name, meth, true
		}
	}
	return "", Method{}, false
}

// mirrorType returns the type handed to the encoder for values of node n
// whose run-time type is rt.
func (v *view) mirrorType(n int, rt reflect.Type, m mode) (reflect.Type, error) {
	nd := v.node(n)
	if v.shape.Iface > 0 && pairs.Is(rt) {
		return anyType, nil // a cell's value in a cell's interface: encodeIface
	}
	if nd.Keep {
		return rt, nil
	}
	if _, _, ok := v.hook(n, m); ok {
		if m == decodeJSON {
			return rawType, nil
		}
		return anyType, nil // the hook, or the plain value when it cannot apply
	}
	key := typeKey{n, rt, m}
	if t, ok := v.types[key]; ok {
		return t, nil
	}
	if v.busy[key] {
		// reflect builds no recursive struct types: the way back to a
		// type being built is an any, filled per value (encodeLate), or
		// for decoding the raw JSON, decoded per value (copyBack.late).
		switch m {
		case decodeJSON:
			return rawType, nil
		case decodeXML:
			return nil, fmt.Errorf("gopad cannot decode XML into the recursive type %s: yaegi gives a cell's type embedded fields no run-time trace, and reflect builds no recursive type to decode into; give it no embedded field", rt)
		}
		return anyType, nil
	}
	v.busy[key] = true
	defer delete(v.busy, key)
	inner := m
	if m == plainJSON {
		inner = encodeJSON
	} else if m == plainXML {
		inner = encodeXML
	}
	t := rt
	var err error
	switch nd.Kind {
	case Ptr, Slice, Array:
		var e reflect.Type
		if e, err = v.mirrorType(nd.Elem, rt.Elem(), inner); err != nil {
			return nil, err
		}
		switch nd.Kind {
		case Ptr:
			t = reflect.PointerTo(e)
		case Slice:
			t = reflect.SliceOf(e)
		default:
			t = reflect.ArrayOf(rt.Len(), e)
		}
	case Map:
		t, err = v.mirrorMap(nd, rt, inner)
	case Struct:
		t, err = v.mirrorStruct(nd, rt, inner)
	}
	if err != nil {
		return nil, err
	}
	v.types[key] = t
	return t, nil
}

func (v *view) mirrorMap(nd *Node, rt reflect.Type, m mode) (reflect.Type, error) {
	k := rt.Key()
	if v.textKey(nd.Key, k, m) {
		k = reflect.TypeFor[rawKey]()
		if m != decodeJSON {
			k = reflect.TypeFor[textKey]()
		}
	}
	e, err := v.mirrorType(nd.Elem, rt.Elem(), m)
	if err != nil {
		return nil, err
	}
	return reflect.MapOf(k, e), nil
}

// textKey reports whether map keys of node n go through their
// MarshalText (or UnmarshalText) method: encoding/json uses MarshalText
// for keys of a kind other than string, and UnmarshalText always.
func (v *view) textKey(n int, rt reflect.Type, m mode) bool {
	if m == decodeJSON {
		_, ok := v.method(n, "UnmarshalText")
		return ok
	}
	meth, ok := v.method(n, "MarshalText")
	return ok && !meth.Ptr && m == encodeJSON && rt.Kind() != reflect.String
}

func (v *view) mirrorStruct(nd *Node, rt reflect.Type, m mode) (reflect.Type, error) {
	if rt.NumField() != len(nd.Fields) {
		return rt, nil // not the layout the shape describes: leave it
	}
	var fields []reflect.StructField
	for i, f := range nd.Fields {
		rf := rt.Field(i)
		if f.Drop || rf.Name != f.Name {
			continue
		}
		ft, err := v.mirrorType(f.Type, rf.Type, m)
		if err != nil {
			return nil, err
		}
		fields = append(fields, reflect.StructField{Name: rf.Name, Type: ft, Tag: rf.Tag, Anonymous: f.Embedded})
	}
	return reflect.StructOf(fields), nil
}

// encodeValue copies rv (of node n) into a value of the mirror type mt.
func (v *view) encodeValue(n int, rv reflect.Value, mt reflect.Type, m mode) (reflect.Value, error) {
	nd := v.node(n)
	if v.shape.Iface > 0 {
		if out, ok := v.encodeIface(rv, mt); ok {
			return out, nil
		}
	}
	if nd.Keep || rv.Type() == mt && v.shape.Iface == 0 {
		return rv, nil // with an Iface func, a copy of the same type may differ inside
	}
	if mt == anyType {
		if _, _, ok := v.hook(n, m); !ok {
			return v.encodeLate(n, rv, m)
		}
		return v.encodeHooked(n, rv, m)
	}
	inner := m
	if m == plainJSON {
		inner = encodeJSON
	} else if m == plainXML {
		inner = encodeXML
	}
	switch nd.Kind {
	case Ptr:
		if rv.IsNil() {
			return reflect.Zero(mt), nil
		}
		e, err := v.encodeValue(nd.Elem, rv.Elem(), mt.Elem(), inner)
		if err != nil {
			return reflect.Value{}, err
		}
		p := reflect.New(mt.Elem())
		p.Elem().Set(e)
		return p, nil
	case Slice, Array:
		if nd.Kind == Slice && rv.IsNil() {
			return reflect.Zero(mt), nil
		}
		out := reflect.New(mt).Elem()
		if nd.Kind == Slice {
			out = reflect.MakeSlice(mt, rv.Len(), rv.Len())
		}
		for i := 0; i < rv.Len(); i++ {
			e, err := v.encodeValue(nd.Elem, rv.Index(i), mt.Elem(), inner)
			if err != nil {
				return reflect.Value{}, err
			}
			out.Index(i).Set(e)
		}
		return out, nil
	case Map:
		return v.encodeMap(nd, rv, mt, inner)
	case Struct:
		return v.encodeStruct(nd, rv, mt, inner)
	}
	return rv, nil
}

func (v *view) encodeMap(nd *Node, rv reflect.Value, mt reflect.Type, m mode) (reflect.Value, error) {
	if rv.IsNil() {
		return reflect.Zero(mt), nil
	}
	out := reflect.MakeMapWithSize(mt, rv.Len())
	for it := rv.MapRange(); it.Next(); {
		k := it.Key()
		if mt.Key() != k.Type() {
			meth, _ := v.method(nd.Key, "MarshalText")
			r := v.call(meth.Fn, k)
			tk := textKey{err: errorOf(r)}
			if b, ok := r[0].Interface().([]byte); ok {
				tk.s = string(b)
			}
			k = reflect.ValueOf(tk)
		}
		e, err := v.encodeValue(nd.Elem, it.Value(), mt.Elem(), m)
		if err != nil {
			return reflect.Value{}, err
		}
		out.SetMapIndex(k, e)
	}
	return out, nil
}

func (v *view) encodeStruct(nd *Node, rv reflect.Value, mt reflect.Type, m mode) (reflect.Value, error) {
	out := reflect.New(mt).Elem()
	j := 0
	for i, f := range nd.Fields {
		if f.Drop || rv.Type().Field(i).Name != f.Name {
			continue
		}
		ft := mt.Field(j)
		fv := rv.Field(i)
		if ft.Type == anyType && fv.Kind() != reflect.Interface && omitted(ft.Tag, fv, m) {
			j++
			continue // left nil: omitempty and omitzero see an empty field
		}
		e, err := v.encodeValue(f.Type, fv, ft.Type, m)
		if err != nil {
			return reflect.Value{}, err
		}
		out.Field(j).Set(e)
		j++
	}
	return out, nil
}

// omitted reports whether the encoder would leave field value fv out,
// given its tag: it has omitempty and is empty, or omitzero and is zero.
func omitted(tag reflect.StructTag, fv reflect.Value, m mode) bool {
	name := "json"
	if m == encodeXML || m == plainXML {
		name = "xml"
	}
	opts := strings.Split(tag.Get(name), ",")
	for _, o := range opts[min(1, len(opts)):] {
		switch {
		case o == "omitempty" && isEmpty(fv), o == "omitzero" && fv.IsZero():
			return true
		}
	}
	return false
}

// isEmpty is encoding/json's notion of an empty value.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// encodeLate returns, as an any, the mirror of rv, a value of node n
// that a recursive type reaches again (mirrorType left an any there):
// the mirror types are all built by now.
func (v *view) encodeLate(n int, rv reflect.Value, m mode) (reflect.Value, error) {
	mt, err := v.mirrorType(n, rv.Type(), m)
	if err != nil {
		return reflect.Value{}, err
	}
	if mt == anyType {
		return reflect.Value{}, errRecursive(v.node(n).GoType)
	}
	e, err := v.encodeValue(n, rv, mt, m)
	if err != nil {
		return reflect.Value{}, err
	}
	out := reflect.New(anyType).Elem()
	out.Set(e)
	return out, nil
}

// encodeHooked returns, as an any, the wrapper that calls node n's own
// method on rv; or the plain mirror of rv when the method has a pointer
// receiver and rv is not addressable (Go calls it only through a
// pointer).
func (v *view) encodeHooked(n int, rv reflect.Value, m mode) (reflect.Value, error) {
	name, meth, _ := v.hook(n, m)
	out := reflect.New(anyType).Elem()
	arg := rv
	if meth.Ptr {
		if !rv.CanAddr() {
			plain := plainJSON
			if m == encodeXML {
				plain = plainXML
			}
			mt, err := v.mirrorType(n, rv.Type(), plain)
			if err != nil {
				return reflect.Value{}, err
			}
			e, err := v.encodeValue(n, rv, mt, plain)
			if err != nil {
				return reflect.Value{}, err
			}
			out.Set(e)
			return out, nil
		}
		arg = rv.Addr()
	}
	h := hooked{v: v, fn: meth.Fn, arg: arg, goType: v.node(n).GoType}
	switch {
	case name == "MarshalJSON":
		out.Set(reflect.ValueOf(jsonHook(h)))
	case name == "MarshalXML":
		out.Set(reflect.ValueOf(xmlHook(h)))
	case m == encodeXML:
		out.Set(reflect.ValueOf(textHook(h)))
	default:
		out.Set(reflect.ValueOf(jsonTextHook(h)))
	}
	return out, nil
}

// hooked is a value of a cell's type with its interpreted method, and
// the type's spelling (main.Level) for encoding/json's errors.
type hooked struct {
	v      *view
	fn     int
	arg    reflect.Value
	goType string
}

func (h hooked) bytes() ([]byte, error) {
	r := h.v.call(h.fn, h.arg)
	if err := errorOf(r); err != nil {
		return nil, err
	}
	b, _ := r[0].Interface().([]byte)
	return b, nil
}

// jsonHook calls a MarshalJSON method.
type jsonHook hooked

func (h jsonHook) MarshalJSON() ([]byte, error) {
	b, err := hooked(h).bytes()
	if err != nil {
		return nil, hookError{err, h.goType}
	}
	return b, nil
}

// jsonTextHook calls a MarshalText method: encoding/json writes its
// text as a JSON string and, when it fails, names MarshalText and (through
// hookError, see MarshalErr) the cell's type, as for Go's own value ("json:
// error calling MarshalText for type main.Priority: ..."; as a Marshaler
// the error named MarshalJSON and encview.jsonTextHook).
type jsonTextHook hooked

func (h jsonTextHook) MarshalText() ([]byte, error) {
	b, err := hooked(h).bytes()
	if err != nil {
		return nil, hookError{err, h.goType}
	}
	return b, nil
}

// textHook calls a MarshalText method (for encoding/xml).
type textHook hooked

func (h textHook) MarshalText() ([]byte, error) { return hooked(h).bytes() }

// xmlHook calls a MarshalXML method.
type xmlHook hooked

func (h xmlHook) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	return errorOf(h.v.call(h.fn, h.arg, reflect.ValueOf(e), reflect.ValueOf(start)))
}

// rawKey is a map key as the input has it, for UnmarshalText.
type rawKey string

// textKey is a map key already turned into text by its MarshalText.
type textKey struct {
	s   string
	err error
}

func (k textKey) MarshalText() ([]byte, error) { return []byte(k.s), k.err }

// encodeIface gives the shape's Iface func a value held in an empty
// interface or in yaegi's pair (a cell's interface), or an []any or map[string]any (which have no node of their
// own to walk), and returns what it gave back; ok is false for others.
func (v *view) encodeIface(rv reflect.Value, mt reflect.Type) (reflect.Value, bool) {
	switch {
	case pairs.Is(rv.Type()) && mt == anyType:
		inner := pairs.Value(rv)
		if !inner.IsValid() {
			return reflect.Zero(anyType), true
		}
		return v.call(v.shape.Iface-1, inner)[0], true
	case rv.Kind() == reflect.Interface && mt == anyType:
		if rv.IsNil() {
			return rv, true
		}
		return v.call(v.shape.Iface-1, rv.Elem())[0], true
	case rv.Type() == mt && (mt == anySlice || mt == anyMap):
		if rv.IsNil() {
			return rv, true
		}
		r := v.call(v.shape.Iface-1, rv)[0]
		if r.Kind() == reflect.Interface {
			r = r.Elem()
		}
		if !r.IsValid() || r.Type() != mt {
			return rv, true
		}
		return r, true
	}
	return reflect.Value{}, false
}

var (
	anySlice = reflect.TypeOf([]any(nil))
	anyMap   = reflect.TypeOf(map[string]any(nil))
)
