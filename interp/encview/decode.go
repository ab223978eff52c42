package encview

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"reflect"
	"strings"
)

// Unmarshal is json.Unmarshal(data, p) for p, a pointer to a value of the
// shape's type (Nodes[0] is the pointer type).
func Unmarshal(data []byte, p any, shape string, fns []any) error {
	return decode(p, shape, fns, func(q any) error { return json.Unmarshal(data, q) })
}

// Decode is d.Decode(p), as Unmarshal.
func Decode(d *json.Decoder, p any, shape string, fns []any) error {
	return decode(p, shape, fns, d.Decode)
}

// UnmarshalXML is xml.Unmarshal(data, p) for p, a pointer to a value of
// the shape's type: the mirror gives encoding/xml the embedded fields a
// cell's struct type has no run-time trace of.
func UnmarshalXML(data []byte, p any, shape string, fns []any) error {
	return decodeXMLWith(p, shape, fns, func(q any) error { return xml.Unmarshal(data, q) })
}

// DecodeXML is d.Decode(p), as UnmarshalXML.
func DecodeXML(d *xml.Decoder, p any, shape string, fns []any) error {
	return decodeXMLWith(p, shape, fns, d.Decode)
}

// decodeXMLWith decodes with into, which takes the mirror of p, and copies
// what it decoded back to p, as far as it got before an error (as
// encoding/xml leaves a partly decoded value).
func decodeXMLWith(p any, shape string, fns []any, into func(any) error) error {
	vw, rv, mp, err := mirrored(p, shape, fns, decodeXML)
	switch {
	case err != nil:
		return err
	case !mp.IsValid():
		return into(p)
	}
	xerr := into(mp.Interface())
	c := &copyBack{view: vw, mode: decodeXML}
	if err := c.value(vw.node(0).Elem, mp.Elem(), rv.Elem()); err != nil {
		return err
	}
	return xerr
}

// mirrored returns the view of the shape, p as a reflect.Value, and the
// mirror to decode into in mode m holding p's value; no mirror (the zero
// Value) when p needs none, as its type is what the decoder sees.
func mirrored(p any, shape string, fns []any, m mode) (*view, reflect.Value, reflect.Value, error) {
	vw, err := newView(shape, fns)
	if err != nil {
		return nil, reflect.Value{}, reflect.Value{}, err
	}
	rv := reflect.ValueOf(p)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || vw.node(0).Kind != Ptr {
		return vw, rv, reflect.Value{}, nil
	}
	mt, err := vw.mirrorType(0, rv.Type(), m)
	if err != nil || mt == rv.Type() {
		return vw, rv, reflect.Value{}, err
	}
	mp, err := vw.decodeMirror(0, rv, mt)
	return vw, rv, mp, err
}

func decode(p any, shape string, fns []any, into func(any) error) error {
	vw, rv, mp, err := mirrored(p, shape, fns, decodeJSON)
	switch {
	case err != nil:
		return err
	case !mp.IsValid():
		return vw.nameTypes(into(p))
	}
	jerr := into(mp.Interface())
	var syn *json.SyntaxError
	if errors.As(jerr, &syn) || mp.IsNil() {
		return jerr // nothing was decoded
	}
	if jerr != nil && !savedJSONError(jerr) {
		return jerr
	}
	c := &copyBack{view: vw, mode: decodeJSON}
	if err := c.value(vw.node(0).Elem, mp.Elem(), rv.Elem()); err != nil {
		return err // an UnmarshalJSON or UnmarshalText error ends decoding
	}
	if jerr == nil && c.saved != nil {
		jerr = c.saved
	}
	return vw.nameTypes(jerr)
}

// savedJSONError reports whether err is one that encoding/json records
// and goes on decoding after (decodeState.saveError): a type mismatch, an
// unknown field (Decoder.DisallowUnknownFields), a misused ",string" tag,
// an embedded pointer to an unexported struct. The target keeps what was
// decoded around it, so the copy back runs for these too (it ran for type
// mismatches only: a Decode that met an unknown field left the target
// empty where Go fills its other fields).
func savedJSONError(err error) bool {
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		return true
	}
	for _, prefix := range []string{"json: unknown field ", "json: invalid use of ,string struct tag", "json: cannot set embedded pointer"} {
		if strings.HasPrefix(err.Error(), prefix) {
			return true
		}
	}
	return false
}

// decodeMirror copies rv into a mirror to decode into. Values of types
// with their own decoding methods are left empty (nil json.RawMessage):
// the copy back calls the methods on what the decoder found.
func (v *view) decodeMirror(n int, rv reflect.Value, mt reflect.Type) (reflect.Value, error) {
	nd := v.node(n)
	if rv.Type() == mt {
		return rv, nil
	}
	if mt == rawType {
		// left to the decoding method (copyBack.hooked), or the way back
		// of a recursive type (copyBack.late)
		return reflect.Zero(mt), nil
	}
	out := reflect.New(mt).Elem()
	switch nd.Kind {
	case Ptr:
		if rv.IsNil() {
			return out, nil
		}
		e, err := v.decodeMirror(nd.Elem, rv.Elem(), mt.Elem())
		if err != nil {
			return out, err
		}
		out.Set(reflect.New(mt.Elem()))
		out.Elem().Set(e)
	case Slice, Array:
		if nd.Kind == Slice {
			if rv.IsNil() {
				return out, nil
			}
			out = reflect.MakeSlice(mt, rv.Len(), rv.Len())
		}
		for i := 0; i < rv.Len(); i++ {
			e, err := v.decodeMirror(nd.Elem, rv.Index(i), mt.Elem())
			if err != nil {
				return out, err
			}
			out.Index(i).Set(e)
		}
	case Map:
		if !rv.IsNil() {
			out = reflect.MakeMap(mt) // entries are merged in on the way back
		}
	case Struct:
		j := 0
		for i, f := range nd.Fields {
			if f.Drop || rv.Type().Field(i).Name != f.Name {
				continue
			}
			e, err := v.decodeMirror(f.Type, rv.Field(i), mt.Field(j).Type)
			if err != nil {
				return out, err
			}
			out.Field(j).Set(e)
			j++
		}
	}
	return out, nil
}

// copyBack writes a decoded mirror back into the cell's value, calling
// the UnmarshalJSON and UnmarshalText methods on what was found for them.
type copyBack struct {
	*view
	mode   mode     // decodeJSON, or decodeXML
	saved  error    // the first type error, as the decoder saves it
	strct  string   // the innermost struct's name, for the error
	fields []string // the JSON names of the fields on the way down
}

func (c *copyBack) value(n int, m, dst reflect.Value) error {
	nd := c.node(n)
	if m.Type() == dst.Type() {
		dst.Set(m)
		return nil
	}
	if name, meth, ok := c.hook(n, c.mode); ok {
		return c.hooked(n, name, meth, m.Bytes(), dst)
	}
	if m.Type() == rawType {
		return c.late(n, m.Bytes(), dst)
	}
	switch nd.Kind {
	case Ptr:
		if m.IsNil() {
			dst.SetZero()
			return nil
		}
		if dst.IsNil() {
			dst.Set(reflect.New(dst.Type().Elem()))
		}
		return c.value(nd.Elem, m.Elem(), dst.Elem())
	case Slice:
		if m.IsNil() {
			dst.SetZero()
			return nil
		}
		if dst.Cap() >= m.Len() && !dst.IsNil() {
			dst.SetLen(m.Len())
		} else {
			s := reflect.MakeSlice(dst.Type(), m.Len(), m.Len())
			reflect.Copy(s, dst)
			dst.Set(s)
		}
		fallthrough
	case Array:
		for i := 0; i < m.Len(); i++ {
			if err := c.value(nd.Elem, m.Index(i), dst.Index(i)); err != nil {
				return err
			}
		}
	case Map:
		return c.mapValue(nd, m, dst)
	case Struct:
		return c.structValue(nd, m, dst)
	}
	return nil
}

func (c *copyBack) mapValue(nd *Node, m, dst reflect.Value) error {
	if m.IsNil() {
		dst.SetZero()
		return nil
	}
	if dst.IsNil() {
		dst.Set(reflect.MakeMapWithSize(dst.Type(), m.Len()))
	}
	for it := m.MapRange(); it.Next(); {
		k := reflect.New(dst.Type().Key())
		if it.Key().Type() != k.Elem().Type() {
			meth, _ := c.method(nd.Key, "UnmarshalText")
			if err := errorOf(c.call(meth.Fn, k, reflect.ValueOf([]byte(it.Key().String())))); err != nil {
				return err
			}
		} else {
			k.Elem().Set(it.Key())
		}
		e := reflect.New(dst.Type().Elem()).Elem()
		if err := c.value(nd.Elem, it.Value(), e); err != nil {
			return err
		}
		dst.SetMapIndex(k.Elem(), e)
	}
	return nil
}

func (c *copyBack) structValue(nd *Node, m, dst reflect.Value) error {
	j := 0
	for i, f := range nd.Fields {
		if f.Drop || dst.Type().Field(i).Name != f.Name {
			continue
		}
		strct, depth := c.strct, len(c.fields)
		c.strct = nd.Name
		if !f.Embedded {
			c.fields = append(c.fields, f.Key)
		}
		err := c.value(f.Type, m.Field(j), dst.Field(i))
		c.strct, c.fields = strct, c.fields[:depth]
		if err != nil {
			return err
		}
		j++
	}
	return nil
}

// hooked calls node n's decoding method on dst with raw, what the decoder
// found for it (nil: nothing, the field was absent).
func (c *copyBack) hooked(n int, name string, meth Method, raw []byte, dst reflect.Value) error {
	if raw == nil {
		return nil
	}
	if name == "UnmarshalJSON" {
		return errorOf(c.call(meth.Fn, dst.Addr(), reflect.ValueOf(raw)))
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return err
		}
		return errorOf(c.call(meth.Fn, dst.Addr(), reflect.ValueOf([]byte(s))))
	case 'n':
		return nil // null leaves a value with UnmarshalText alone
	}
	if c.saved == nil {
		what := map[byte]string{'t': "bool", 'f': "bool", '[': "array", '{': "object"}[raw[0]]
		if what == "" {
			what = "number"
		}
		c.saved = &json.UnmarshalTypeError{Value: what, Type: named{dst.Type(), c.node(n).GoType},
			Struct: c.strct, Field: joinFields(c.fields)}
	}
	return nil
}

// late decodes raw, what the decoder found where a recursive type
// reaches node n again (mirrorType left the raw JSON there), into dst
// through a mirror of its own: the mirror types are all built by now. A
// type error is saved with the path from the top, as the decoder saves
// its first one and goes on.
func (c *copyBack) late(n int, raw []byte, dst reflect.Value) error {
	if raw == nil {
		return nil // absent: dst stays as it was
	}
	mt, err := c.mirrorType(n, dst.Type(), decodeJSON)
	if err != nil {
		return err
	}
	if mt == rawType {
		return errRecursive(c.node(n).GoType)
	}
	mv, err := c.decodeMirror(n, dst, mt)
	if err != nil {
		return err
	}
	p := reflect.New(mt)
	p.Elem().Set(mv)
	jerr := json.Unmarshal(raw, p.Interface())
	var ute *json.UnmarshalTypeError
	switch {
	case errors.As(jerr, &ute):
		if c.saved == nil {
			if len(c.fields) > 0 {
				ute.Field = strings.TrimSuffix(joinFields(c.fields)+"."+ute.Field, ".")
			}
			c.saved = ute
		}
	case jerr != nil:
		return jerr
	}
	return c.value(n, p.Elem(), dst)
}
