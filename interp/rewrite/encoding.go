package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/encview"
	"github.com/gopad/gopad/interp/source"
)

// The encoders of the standard library (encoding/json, encoding/xml) see
// the run-time types yaegi gives the cells' types: no names, no methods,
// embedded fields as plain ones, unexported fields exported as X<name>.
// The typed pass hands them a mirror built from the static type instead
// (package encview): this file describes the static type as an
// encview.Shape and writes the interpreted funcs that call the type's
// own encoding methods.

var encodingPass = Pass{
	Name: "encoding",
	Wants: func(u *Unit) bool {
		return u.dynamicNames() && (u.usesPackage("encoding/json", "encoding/xml") ||
			u.callsMethod("Encode", "EncodeElement", "Decode", "DecodeElement"))
	},
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		for _, c := range u.Types.compiledCalls() {
			edits = append(edits, u.Types.encoding(c)...)
		}
		return edits
	},
}

// encodingMethods lists, per use, the methods encview calls, each with
// its signature (parameter and result types).
var encodingMethods = map[encUse]map[string]string{
	encodeJSONUse: {"MarshalJSON": "()([]byte,error)", "MarshalText": "()([]byte,error)"},
	decodeJSONUse: {"UnmarshalJSON": "([]byte)(error)", "UnmarshalText": "([]byte)(error)"},
	encodeXMLUse:  {"MarshalXML": "(*encoding/xml.Encoder,encoding/xml.StartElement)(error)", "MarshalText": "()([]byte,error)"},
}

// xmlDecodingMethods are the methods encoding/xml would call when it
// decodes, which gopad cannot hand it.
var xmlDecodingMethods = []string{"UnmarshalXML", "UnmarshalXMLAttr", "UnmarshalText"}

type encUse int

const (
	encodeJSONUse encUse = iota
	decodeJSONUse
	encodeXMLUse
)

// shapeBuilder describes a static type for one use.
type shapeBuilder struct {
	tc    *Types
	use   encUse
	shape encview.Shape
	types []types.Type
	fns   []string // the interpreted funcs, as source
	bad   bool     // a func could not be written
	cell  bool     // the type refers to a cell's named type
	// ifaces: an interface node needs the view (buildShapeOf).
	ifaces bool
}

// build describes t; ok is false when the funcs cannot be written in the
// chunk.
func (tc *Types) buildShape(t types.Type, use encUse) (*shapeBuilder, bool) {
	return tc.buildShapeOf(t, use, false)
}

// buildShapeOf is buildShape; with ifaces, the nodes that lead to an
// interface are kept in the view, for its Iface func to see the values.
func (tc *Types) buildShapeOf(t types.Type, use encUse, ifaces bool) (*shapeBuilder, bool) {
	b := &shapeBuilder{tc: tc, use: use, ifaces: ifaces}
	b.node(t)
	b.markKeep()
	return b, !b.bad
}

// args is the shape and the funcs as the helpers' arguments.
func (b *shapeBuilder) args() string {
	return strconv.Quote(b.shape.Encode()) + ", []any{" + strings.Join(b.fns, ", ") + "}"
}

func (b *shapeBuilder) node(t types.Type) int {
	for i, u := range b.types {
		if types.Identical(t, u) {
			return i
		}
	}
	n := len(b.shape.Nodes)
	b.types = append(b.types, t)
	b.shape.Nodes = append(b.shape.Nodes, encview.Node{GoType: b.goSpelling(t)})
	nd := encview.Node{GoType: b.shape.Nodes[n].GoType}
	if named, ok := t.(*types.Named); ok {
		if named.Obj().Pkg() != b.tc.Pkg {
			b.shape.Nodes[n].Keep = true // a compiled type: the encoder sees it as it is
			return n
		}
		nd.Name = named.Obj().Name()
		if goName, ok := b.tc.copies[nd.Name]; ok {
			nd.Name = strings.TrimPrefix(goName, "main.") // A[string,int], not its copy's name
		} else if named.TypeArgs().Len() > 0 {
			// An instance: A[string,int] (reflect's spelling), not A.
			nd.Name = strings.ReplaceAll(strings.TrimPrefix(nd.GoType, "main."), ", ", ",")
		}
		nd.Methods = b.methods(named)
		b.cell = true
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		nd.Kind, nd.Elem = encview.Ptr, b.node(u.Elem())
	case *types.Slice:
		nd.Kind, nd.Elem = encview.Slice, b.node(u.Elem())
	case *types.Array:
		nd.Kind, nd.Elem = encview.Array, b.node(u.Elem())
	case *types.Map:
		nd.Kind, nd.Key, nd.Elem = encview.Map, b.node(u.Key()), b.node(u.Elem())
	case *types.Struct:
		nd.Kind = encview.Struct
		for i := 0; i < u.NumFields(); i++ {
			nd.Fields = append(nd.Fields, b.field(u.Field(i), u.Tag(i)))
		}
	}
	b.shape.Nodes[n] = nd
	return n
}

// goSpelling is t as Go spells it in messages, with the session's copies
// of generic types spelled as the instances they stand for.
func (b *shapeBuilder) goSpelling(t types.Type) string {
	text := types.TypeString(t, b.qualifier)
	for name, goName := range b.tc.copies {
		if strings.Contains(text, name) {
			text = strings.ReplaceAll(text, "main."+name, goName)
		}
	}
	return text
}

func (b *shapeBuilder) qualifier(p *types.Package) string {
	if p == b.tc.Pkg {
		return "main"
	}
	return p.Name()
}

func (b *shapeBuilder) field(f *types.Var, tag string) encview.Field {
	name := f.Name()
	if !f.Exported() {
		name = "X" + name // yaegi's name for it at run time
	}
	key := name
	if j, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ","); j != "" && j != "-" {
		key = j
	}
	isStruct := false
	if t := f.Type(); t != nil {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		_, isStruct = t.Underlying().(*types.Struct)
	}
	return encview.Field{
		Name:     name,
		Key:      key,
		Drop:     !f.Exported() && !(f.Embedded() && isStruct),
		Embedded: f.Embedded() && isStruct,
		Type:     b.node(f.Type()),
	}
}

// methods returns the encoding methods of t the use calls, writing a func
// for each.
func (b *shapeBuilder) methods(t *types.Named) map[string]encview.Method {
	if t.TypeParams().Len() > 0 {
		return nil
	}
	var out map[string]encview.Method
	for name, sig := range encodingMethods[b.use] {
		ptr, ok := hasMethod(t, name, sig)
		if !ok {
			continue
		}
		fn, ok := b.methodFunc(t, name, ptr)
		if !ok {
			b.bad = true
			continue
		}
		if out == nil {
			out = map[string]encview.Method{}
		}
		out[name] = encview.Method{Fn: len(b.fns), Ptr: ptr}
		b.fns = append(b.fns, fn)
	}
	return out
}

// hasMethod reports whether t or *t has method name with signature sig,
// and whether only *t has it.
func hasMethod(t types.Type, name, sig string) (ptr, ok bool) {
	for _, p := range []bool{false, true} {
		recv := t
		if p {
			recv = types.NewPointer(t)
		}
		if sel := types.NewMethodSet(recv).Lookup(nil, name); sel != nil {
			return p, sigText(sel.Obj().Type().(*types.Signature)) == sig
		}
	}
	return false, false
}

// sigText writes a signature's parameter and result types.
func sigText(s *types.Signature) string {
	list := func(t *types.Tuple) string {
		var parts []string
		for i := 0; i < t.Len(); i++ {
			parts = append(parts, types.TypeString(t.At(i).Type(), nil))
		}
		return "(" + strings.Join(parts, ",") + ")"
	}
	return list(s.Params()) + list(s.Results())
}

// methodFunc writes the interpreted func that calls method name of t.
func (b *shapeBuilder) methodFunc(t *types.Named, name string, ptr bool) (string, bool) {
	tt, ok := b.tc.TypeText(t)
	if !ok {
		return "", false
	}
	recv := tt
	if ptr {
		recv = "*" + tt
	}
	switch name {
	case "MarshalJSON", "MarshalText":
		return fmt.Sprintf("func(v any) ([]byte, error) { return v.(%s).%s() }", recv, name), true
	case "UnmarshalJSON", "UnmarshalText":
		return fmt.Sprintf("func(p any, b []byte) error { return p.(*%s).%s(b) }", tt, name), true
	case "MarshalXML":
		x, ok := b.tc.Names["encoding/xml"]
		if !ok {
			return "", false
		}
		return fmt.Sprintf("func(v any, e *%[1]s.Encoder, s %[1]s.StartElement) error { return v.(%[2]s).MarshalXML(e, s) }", x, recv), true
	}
	return "", false
}

// markKeep sets Keep on the nodes whose values need no mirror: no
// encoding methods, hidden or embedded fields at or below them.
func (b *shapeBuilder) markKeep() {
	nodes := b.shape.Nodes
	need := make([]bool, len(nodes))
	for i, nd := range nodes {
		if nd.Keep {
			continue
		}
		need[i] = len(nd.Methods) > 0 || b.ifaces && types.IsInterface(b.types[i])
		for _, f := range nd.Fields {
			need[i] = need[i] || f.Drop || f.Embedded
		}
	}
	for changed := true; changed; {
		changed = false
		for i, nd := range nodes {
			if need[i] || nd.Keep {
				continue
			}
			kids := []int{}
			switch nd.Kind {
			case encview.Ptr, encview.Slice, encview.Array:
				kids = append(kids, nd.Elem)
			case encview.Map:
				kids = append(kids, nd.Key, nd.Elem)
			}
			for _, f := range nd.Fields {
				kids = append(kids, f.Type)
			}
			for _, k := range kids {
				if need[k] {
					need[i], changed = true, true
					break
				}
			}
		}
	}
	for i := range nodes {
		nodes[i].Keep = !need[i]
	}
}

// encodingCall returns the edits that hand an encoder the mirror of a
// cell's value, for calls of encoding/json and encoding/xml.
func (tc *Types) encodingCall(c compiledCall) []source.Edit {
	if len(c.call.Args) == 0 || c.call.Ellipsis.IsValid() {
		return nil
	}
	path, name := c.fn.Pkg().Path(), c.fn.Name()
	switch {
	case path == "encoding/json" && (name == "Marshal" || name == "MarshalIndent" || name == "Encode"):
		return tc.marshalErrNames(c, tc.encodeView(c.call.Args[0], encodeJSONUse))
	case path == "encoding/xml" && (name == "Marshal" || name == "MarshalIndent" || name == "Encode" || name == "EncodeElement"):
		return tc.encodeView(c.call.Args[0], encodeXMLUse)
	case path == "encoding/json" && name == "Unmarshal" && !c.method() && len(c.call.Args) == 2:
		return tc.decodeJSON(c, "gopadBuiltin.JSONUnmarshal(", c.call.Args[1])
	case path == "encoding/json" && name == "Decode" && c.method():
		x := tc.code(c.sel.X)
		return tc.decodeJSON(c, "gopadBuiltin.JSONDecode("+x+", ", c.call.Args[0])
	case path == "encoding/gob" && name == "Encode" && c.method():
		return tc.refuseGobUnexported(c.call.Args[0])
	case path == "encoding/xml" && (name == "Unmarshal" && !c.method() || name == "Decode" || name == "DecodeElement"):
		arg := c.call.Args[0]
		if name == "Unmarshal" {
			arg = c.call.Args[len(c.call.Args)-1]
		}
		return tc.decodeXML(c, name, arg)
	}
	return nil
}

func (tc *Types) encodeView(a ast.Expr, use encUse) []source.Edit {
	t := tc.Info.Types[a].Type
	if t == nil || types.IsInterface(t) || !mentionsPackage(t, tc.Pkg) {
		if use == encodeJSONUse {
			// the cells' values in an any (jsonany.go)
			return append(tc.literalViews(a, 0), tc.jsonAnyValues(a)...)
		}
		return nil
	}
	walk, hook := "", false
	if use == encodeJSONUse && tc.interfaceInside(t, 0) {
		// A cell's value in an interface field goes through jsonWalk.
		walk, hook = tc.jsonWalk()
	}
	b, ok := tc.buildShapeOf(t, use, hook)
	// A named struct needs no mirror for XML, but its name.
	if !ok || b.shape.Nodes[0].Keep && (use != encodeXMLUse || b.shape.XMLRootName() == "") {
		return nil
	}
	if hook {
		b.shape.Iface = len(b.fns) + 1
		b.fns = append(b.fns, walk)
	}
	open, close := "gopadBuiltin.EncodeView(", ", "+b.args()+", "+strconv.FormatBool(use == encodeXMLUse)+")"
	if hook {
		// What the walk did not reach would be written {}.
		open, close = "gopadBuiltin.NoLost("+open, close+")"
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, close)
}

// interfaceInside reports whether a value of t holds an interface value
// somewhere: in a field of a cell's struct type, or an element.
func (tc *Types) interfaceInside(t types.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	if types.IsInterface(t) {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return tc.interfaceInside(u.Elem(), depth+1)
	case *types.Slice:
		return tc.interfaceInside(u.Elem(), depth+1)
	case *types.Array:
		return tc.interfaceInside(u.Elem(), depth+1)
	case *types.Map:
		return tc.interfaceInside(u.Elem(), depth+1)
	case *types.Struct:
		if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != tc.Pkg {
			return false // a compiled type: time.Time and the like
		}
		for i := range u.NumFields() {
			if tc.interfaceInside(u.Field(i).Type(), depth+1) {
				return true
			}
		}
	}
	return false
}

// decodeJSON replaces a call of json.Unmarshal or Decoder.Decode with
// open (the helper and the arguments before the target) when the target
// holds a cell's types: the helper decodes into a mirror and names the
// cell's types in the errors.
func (tc *Types) decodeJSON(c compiledCall, open string, target ast.Expr) []source.Edit {
	t := tc.Info.Types[target].Type
	if t == nil || types.IsInterface(t) || !mentionsPackage(t, tc.Pkg) {
		return nil
	}
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr {
		return nil
	}
	b, ok := tc.buildShape(t, decodeJSONUse)
	if !ok || (b.shape.Nodes[0].Keep && !b.cell) {
		return nil
	}
	from := tc.Off(c.call.Pos())
	if !c.method() {
		from = tc.Off(c.call.Fun.Pos())
	}
	return []source.Edit{
		{From: from, To: tc.Off(c.call.Lparen) + 1, Text: open},
		{From: tc.Off(c.call.Rparen), To: tc.Off(c.call.Rparen), Text: ", " + b.args(), Order: -2},
	}
}

// decodeXML hands xml.Unmarshal and Decoder.Decode a mirror of a cell's
// type with embedded fields, which encoding/xml would not see (yaegi
// gives them no run-time trace), or with unexported fields, which yaegi
// exports (encoding/xml filled them): gopadBuiltin.XMLUnmarshal decodes
// into the mirror, which leaves them out, and copies back. A type with XML decoding methods, and
// DecodeElement into one with embedded fields, are refused
// (refuseXMLDecode).
func (tc *Types) decodeXML(c compiledCall, name string, target ast.Expr) []source.Edit {
	why, embedded := tc.xmlDecodeGap(target)
	switch {
	case why == "":
		return nil
	case !embedded || name == "DecodeElement":
		return tc.refuseXMLDecode(target, why)
	case name == "Unmarshal":
		return tc.decodeJSON(c, "gopadBuiltin.XMLUnmarshal(", target)
	}
	return tc.decodeJSON(c, "gopadBuiltin.XMLDecode("+tc.code(c.sel.X)+", ", target)
}

// refuseXMLDecode makes decoding XML into a cell's type fail loudly where
// encoding/xml would not see why (a decoding method).
func (tc *Types) refuseXMLDecode(target ast.Expr, why string) []source.Edit {
	t := tc.Info.Types[target].Type
	b := &shapeBuilder{tc: tc, use: decodeJSONUse}
	msg := "gopad cannot decode XML into " + types.TypeString(t, b.qualifier) + ": encoding/xml would not see " + why +
		" (types declared in cells have no methods and no embedded fields at run time); decode into plain fields and convert them yourself"
	return source.Around(tc.Off(target.Pos()), tc.Off(target.End()), "gopadBuiltin.Refuse("+strconv.Quote(msg)+", ", ")")
}

// xmlDecodeGap says what of target's cell types encoding/xml would not
// see: an XML decoding method, or else an embedded field (embedded).
func (tc *Types) xmlDecodeGap(target ast.Expr) (why string, embedded bool) {
	t := tc.Info.Types[target].Type
	if t == nil || types.IsInterface(t) || !mentionsPackage(t, tc.Pkg) {
		return "", false
	}
	b := &shapeBuilder{tc: tc, use: decodeJSONUse}
	b.node(t)
	for i, nd := range b.shape.Nodes {
		named, ok := b.types[i].(*types.Named)
		for _, m := range xmlDecodingMethods {
			if ok && named.Obj().Pkg() == tc.Pkg && why == "" {
				if _, has := hasMethodAny(named, m); has {
					why = fmt.Sprintf("the %s method of %s", m, nd.GoType)
				}
			}
		}
	}
	if why != "" {
		return why, false
	}
	for _, nd := range b.shape.Nodes {
		for _, f := range nd.Fields {
			switch {
			case why != "":
			case f.Embedded:
				why = fmt.Sprintf("the embedded field %s of %s", strings.TrimPrefix(f.Name, "X"), nd.GoType)
			case f.Drop:
				// yaegi exports it at run time (X<name>), and encoding/xml
				// filled it from an element of its tag's name.
				why = fmt.Sprintf("that the field %s of %s is unexported", strings.TrimPrefix(f.Name, "X"), nd.GoType)
			}
		}
	}
	return why, why != ""
}

// hasMethodAny reports whether t or *t has a method name, of any
// signature.
func hasMethodAny(t types.Type, name string) (ptr, ok bool) {
	for _, p := range []bool{false, true} {
		recv := t
		if p {
			recv = types.NewPointer(t)
		}
		if obj, _, _ := types.LookupFieldOrMethod(recv, true, nil, name); obj != nil {
			if _, isFunc := obj.(*types.Func); isFunc {
				return p, true
			}
		}
	}
	return false, false
}

// jsonValue leaves the unexported fields of the cells' struct types out of
// what encoding/json encodes (json.Marshal, json.MarshalIndent,
// Encoder.Encode): yaegi exports them at run time, as X<name>.
func (tc *Types) jsonValue(c compiledCall) []source.Edit {
	if c.fn.Pkg().Path() != "encoding/json" || len(c.call.Args) == 0 || c.call.Ellipsis.IsValid() {
		return nil
	}
	switch c.fn.Name() {
	case "Marshal", "MarshalIndent", "Encode":
	default:
		return nil
	}
	a := c.call.Args[0]
	if t := tc.Info.Types[a].Type; t == nil || !hasUnexportedFields(t, tc.Pkg, 0) {
		return nil
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "gopadBuiltin.Exported(", ")")
}

// hasUnexportedFields reports whether a value of type t holds a struct of
// pkg with unexported fields.
func hasUnexportedFields(t types.Type, pkg *types.Package, depth int) bool {
	if depth > 10 {
		return false
	}
	switch u := t.(type) {
	case *types.Named:
		if u.Obj().Pkg() != pkg {
			return false
		}
		return hasUnexportedFields(u.Underlying(), pkg, depth+1)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if f := u.Field(i); !f.Exported() || hasUnexportedFields(f.Type(), pkg, depth+1) {
				return true
			}
		}
	case *types.Pointer:
		return hasUnexportedFields(u.Elem(), pkg, depth+1)
	case *types.Slice:
		return hasUnexportedFields(u.Elem(), pkg, depth+1)
	case *types.Array:
		return hasUnexportedFields(u.Elem(), pkg, depth+1)
	case *types.Map:
		return hasUnexportedFields(u.Elem(), pkg, depth+1)
	}
	return false
}

// encoding gives encoding/json and encoding/xml a view of the cells' values
// that they can encode, or leaves their unexported fields out.
func (tc *Types) encoding(c compiledCall) []source.Edit {
	if e := tc.encodingCall(c); e != nil {
		return e
	}
	return tc.jsonValue(c)
}

// literalViews hands encoding/json each element of a literal []any or
// map[K]any given to it (json.Marshal(map[string]any{"users": users})),
// nested literals of those types included, as a view of the element's
// static type: the cells' types keep their own marshal methods, tags and
// field names there, which the run-time value in the interface lost.
func (tc *Types) literalViews(a ast.Expr, depth int) []source.Edit {
	lit, ok := ast.Unparen(a).(*ast.CompositeLit)
	if !ok || depth > 4 || !holdsAny(tc.Info.Types[lit].Type) {
		return nil
	}
	var edits []source.Edit
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			e = kv.Value
		}
		t := tc.Info.Types[e].Type
		if t == nil || tc.Info.Types[e].IsNil() {
			continue
		}
		if types.IsInterface(t) || !mentionsPackage(t, tc.Pkg) {
			edits = append(edits, tc.literalViews(e, depth+1)...)
			continue
		}
		b, ok := tc.buildShape(t, encodeJSONUse)
		if !ok || b.shape.Nodes[0].Keep {
			continue
		}
		edits = append(edits, source.Around(tc.Off(e.Pos()), tc.Off(e.End()), "gopadBuiltin.EncodeView(", ", "+b.args()+", false)")...)
	}
	return edits
}
