// Package encview lets encoding/json and encoding/xml see a cell's value
// as Go would.
//
// yaegi gives the types declared in cells run-time types without names or
// methods (type Celsius float64 is float64, a struct is struct { ... } with
// an embedded field as a plain one), so compiled encoders ignore their
// MarshalJSON, MarshalText, MarshalXML, UnmarshalJSON and UnmarshalText
// methods, nest embedded structs instead of promoting their fields, and
// name no type in their errors. gopad knows the static type of the value
// a cell encodes: it describes it as a Shape and hands the encoder a
// mirror value whose types do what the cell's types would (wrappers that
// call the interpreted methods, embedded fields marked anonymous); for
// decoding it decodes into a mirror and copies the result back.
//
// The package knows nothing of yaegi: the interpreted methods arrive as
// func values.
package encview

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// A Shape describes a static type: Nodes[0] is the type itself, the
// other nodes the types it refers to (one node per type, so a recursive
// type refers back to its own node).
type Shape struct {
	Nodes []Node `json:"n"`
	// Iface, when not 0, is 1 + the index in the funcs of the one that
	// gives the encoder what a value held in an empty interface stands
	// for (the cells' values lost their types and methods there).
	Iface int `json:"i,omitempty"`
}

// Kind is a node's kind of type.
type Kind string

// The kinds of nodes. Other holds any type with nothing inside to walk
// (basic types, interfaces, funcs, channels, compiled named types).
const (
	Other  Kind = ""
	Ptr    Kind = "ptr"
	Slice  Kind = "slice"
	Array  Kind = "array"
	Map    Kind = "map"
	Struct Kind = "struct"
)

// A Node describes one type.
type Node struct {
	Kind Kind `json:"k,omitempty"`
	// Keep is set when values of the type can be handed to the encoder
	// as they are: no node below has methods, hidden or embedded fields.
	Keep bool `json:"keep,omitempty"`
	// Name is the type's own name ("Order") for a named type, which
	// encoding/json's errors use; GoType its spelling ("main.Order").
	Name   string `json:"name,omitempty"`
	GoType string `json:"go,omitempty"`
	Elem   int    `json:"e,omitempty"`
	Key    int    `json:"key,omitempty"`
	// Fields are the struct's fields, in order.
	Fields []Field `json:"f,omitempty"`
	// Methods are the encoding methods of the type (MarshalJSON, ...).
	Methods map[string]Method `json:"m,omitempty"`
}

// A Field is a struct field.
type Field struct {
	Name string `json:"n"` // its name at run time (yaegi's X<name> for unexported ones)
	// Key is the name encoding/json gives it (the tag's name, or Name).
	Key string `json:"j,omitempty"`
	// Drop leaves an unexported field out; Embedded promotes the fields of
	// an embedded struct.
	Drop     bool `json:"d,omitempty"`
	Embedded bool `json:"emb,omitempty"`
	Type     int  `json:"t"`
}

// A Method is one of the type's encoding methods: Fn indexes the func
// values given with the shape, Ptr says it has a pointer receiver.
//
// The funcs are func(v any) ([]byte, error) for MarshalJSON and
// MarshalText (v is the value, or a pointer to it for Ptr),
// func(p any, b []byte) error for UnmarshalJSON and UnmarshalText, and
// func(v any, e *xml.Encoder, start xml.StartElement) error for
// MarshalXML.
type Method struct {
	Fn  int  `json:"f"`
	Ptr bool `json:"p,omitempty"`
}

// Encode writes s as the text gopad hands the helpers.
func (s *Shape) Encode() string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err) // a Shape always encodes
	}
	return string(b)
}

// A view is a parsed shape with its funcs, and the mirror types built
// for it.
type view struct {
	shape *Shape
	fns   []reflect.Value
	types map[typeKey]reflect.Type
	busy  map[typeKey]bool
}

type typeKey struct {
	node int
	rt   reflect.Type
	mode mode
}

// mode says which mirror a type is built for.
type mode int

const (
	encodeJSON mode = iota
	encodeXML
	decodeJSON
	plainJSON // encodeJSON, but the node's own methods do not apply
	plainXML
	decodeXML // decodeJSON's mirror for encoding/xml: no methods apply (the rewrite refuses types with XML decoding methods)
)

var shapes sync.Map // shape text -> *Shape

func newView(shape string, fns []any) (*view, error) {
	s, ok := shapes.Load(shape)
	if !ok {
		var sh Shape
		if err := json.Unmarshal([]byte(shape), &sh); err != nil || len(sh.Nodes) == 0 {
			return nil, fmt.Errorf("gopad: bad encoding shape %q", shape)
		}
		s, _ = shapes.LoadOrStore(shape, &sh)
	}
	v := &view{shape: s.(*Shape), types: map[typeKey]reflect.Type{}, busy: map[typeKey]bool{}}
	for _, f := range fns {
		v.fns = append(v.fns, reflect.ValueOf(f))
	}
	return v, nil
}

func (v *view) node(n int) *Node { return &v.shape.Nodes[n] }

// method returns the node's method name and whether it has it.
func (v *view) method(n int, name string) (Method, bool) {
	m, ok := v.node(n).Methods[name]
	return m, ok && m.Fn >= 0 && m.Fn < len(v.fns)
}

// call calls func fn with args and returns its results.
func (v *view) call(fn int, args ...reflect.Value) []reflect.Value {
	f := v.fns[fn]
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		t := f.Type().In(i)
		if !a.IsValid() {
			in[i] = reflect.Zero(t)
			continue
		}
		if t.Kind() == reflect.Interface && a.Kind() != reflect.Interface {
			p := reflect.New(t).Elem()
			p.Set(a)
			a = p
		}
		in[i] = a
	}
	return f.Call(in)
}

// errorOf returns the error among a func's results.
func errorOf(out []reflect.Value) error {
	if len(out) == 0 {
		return nil
	}
	e := out[len(out)-1]
	if e.Kind() != reflect.Interface || e.IsNil() {
		return nil
	}
	err, _ := e.Interface().(error)
	return err
}

var (
	anyType = reflect.TypeFor[any]()
	rawType = reflect.TypeFor[json.RawMessage]()
)

// errRecursive is returned for a recursive type whose mirror would be
// infinite.
func errRecursive(goType string) error {
	return fmt.Errorf("gopad cannot encode the recursive type %s with custom marshalers or embedded fields; "+
		"encode a copy of the value in types declared without recursion, or marshal the fields yourself", goType)
}

// XMLRootName is the element name encoding/xml gives a value of the
// shape's type, or of the struct it points to, from the type's name: ""
// when the type is no named struct or has an XMLName field to name it.
func (s Shape) XMLRootName() string {
	if len(s.Nodes) == 0 {
		return ""
	}
	nd := s.Nodes[0]
	if nd.Kind == Ptr && nd.Elem < len(s.Nodes) {
		nd = s.Nodes[nd.Elem]
	}
	if nd.Kind != Struct || nd.Name == "" {
		return ""
	}
	for _, f := range nd.Fields {
		if f.Name == "XMLName" {
			return ""
		}
	}
	name, _, _ := strings.Cut(nd.Name, "[") // an instance of a generic type is named by the type: A
	return name
}
