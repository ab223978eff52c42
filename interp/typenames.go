package interp

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/gopad/gopad/interp/gopadrt"
	"github.com/gopad/gopad/interp/rewrite"
	"github.com/gopad/gopad/interp/source"
	"github.com/gopad/gopad/interp/stdlib"
)

// typeNames maps the run-time types of the cells' struct types to their Go
// names. yaegi gives a struct type declared in a cell no name at run time
// (it is struct { W float64; H float64 }), so %T of an interface holding a
// Rect would not say main.Rect; the session registers each struct type
// when it is declared and %T looks the dynamic type up. Types over basic
// types (type Celsius float64) are not registered: their run-time type is
// the basic type itself.
//
// It also knows the unexported field names of the cells' struct types:
// yaegi exports them at run time as X<name>, which %+v and %#v would show.
type typeNames struct {
	mu     sync.RWMutex
	names  map[reflect.Type]string
	done   map[string]string // type name -> the declaration registered
	hidden map[string]bool   // "Xname" for each unexported field "name"
	strip  map[reflect.Type]reflect.Type
	raws   map[reflect.Type]reflect.Type // rawfields.go
	// methods holds "T.m" for each method m the cells declared on type T.
	methods map[string]bool
	// selfTypes holds the Go names of the map and slice types of
	// themselves, which gopad hands yaegi erased (rewrite's selfMaps).
	selfTypes map[string]bool
	// shared lists the cell types of each run-time type (sharednames.go).
	shared map[reflect.Type][]string
	// methodSets are the session's reflect view of the cells' methods,
	// for the field types it names (reflectfields.go).
	methodSets gopadrt.Methods
	// embedded holds the embedded fields of each struct type, by its Go
	// name (reflectnames.go).
	embedded map[string]map[string]bool
	// unexported holds reflect's values of unexported fields.
	unexported unexportedValues
	// cellFields names the cell types of reflect's values of fields whose
	// types are the cells' types over basic types (reflectfields.go).
	cellFields namedValues
	// fieldTypes names, per struct type's Go name, the fields whose type
	// is a cell's type yaegi gives no run-time type (reflectfields.go).
	fieldTypes map[string]map[string]string
	// underlying holds the Go spelling of the definition of each cell
	// type defined over a slice, map or array type (erasednames.go).
	underlying map[string]string
	// erased is the session's notes of its erased composites, which the
	// cells' code fills (gopadrt's erased.go).
	erased *gopadrt.ErasedSet
}

func (tn *typeNames) reset() {
	tn.mu.Lock()
	defer tn.mu.Unlock()
	// os.Stdin, os.Stdout and os.Stderr are gopad's (stdstreams.go).
	tn.names = map[reflect.Type]string{gopadrt.StdFileType: "*os.File"}
	tn.done = map[string]string{}
	tn.hidden = map[string]bool{}
	tn.strip = map[reflect.Type]reflect.Type{}
	tn.raws = map[reflect.Type]reflect.Type{}
	tn.methods = map[string]bool{}
	tn.shared = map[reflect.Type][]string{}
	tn.embedded = map[string]map[string]bool{}
	tn.fieldTypes = map[string]map[string]string{}
	tn.underlying = map[string]string{}
	tn.erased = gopadrt.NewErasedSet()
}

// fieldLabel matches a field label in %+v and %#v output: {Xname: or
// , Xname: or a space before it.
var fieldLabel = regexp.MustCompile(`([{ ,])X([a-z_][A-Za-z0-9_]*):`)

// unhide restores the unexported field names yaegi renamed in s.
func (tn *typeNames) unhide(s string) string {
	tn.mu.RLock()
	defer tn.mu.RUnlock()
	if len(tn.hidden) == 0 || !strings.Contains(s, "X") {
		return s
	}
	s = fieldLabel.ReplaceAllStringFunc(s, func(m string) string {
		if tn.hidden[m[1:len(m)-1]] {
			return m[:1] + m[2:]
		}
		return m
	})
	if !strings.Contains(s, "struct {") {
		return s
	}
	// The fields of a struct type literal's text: %#v of a pointer to an
	// anonymous struct or of one inside a slice or map spells its type
	// (&struct { x int; y int }{x:44, y:55}).
	return structField.ReplaceAllStringFunc(s, func(m string) string {
		if tn.hidden[m[2:len(m)-1]] {
			return m[:2] + m[3:]
		}
		return m
	})
}

// structField matches a field's name in the text of a struct type
// literal: "{ Xname " or "; Xname " before the field's type.
var structField = regexp.MustCompile(`[{;] X[a-z_][A-Za-z0-9_]* `)

// plusV is gopadBuiltin.PlusV: %+v of v with its fields named as written.
func (tn *typeNames) plusV(v any) string { return tn.unhide(fmt.Sprintf("%+v", v)) }

// register is gopadBuiltin.RegisterType.
func (tn *typeNames) register(name string, v any) {
	tn.mu.Lock()
	defer tn.mu.Unlock()
	if t := reflect.TypeOf(v); t != nil && t.Kind() == reflect.Struct {
		tn.noteShared(t, name)
		if _, taken := tn.names[t]; taken && tn.names[t] != name {
			// Two cell types with one layout: neither name is sure.
			tn.names[t] = ""
			return
		}
		tn.names[t] = name
	}
}

// name writes t as %T would in a compiled program.
func (tn *typeNames) name(t reflect.Type) string {
	tn.mu.RLock()
	defer tn.mu.RUnlock()
	var write func(t reflect.Type, depth int) string
	write = func(t reflect.Type, depth int) string {
		if n := tn.names[t]; n != "" {
			return n
		}
		if depth > 8 || t.Name() != "" {
			return t.String()
		}
		switch t.Kind() {
		case reflect.Pointer:
			return "*" + write(t.Elem(), depth+1)
		case reflect.Slice:
			return "[]" + write(t.Elem(), depth+1)
		case reflect.Array:
			return fmt.Sprintf("[%d]%s", t.Len(), write(t.Elem(), depth+1))
		case reflect.Map:
			return "map[" + write(t.Key(), depth+1) + "]" + write(t.Elem(), depth+1)
		case reflect.Chan:
			return chanPrefix(t.ChanDir()) + write(t.Elem(), depth+1)
		case reflect.Func:
			return funcName(t, func(p reflect.Type) string { return write(p, depth+1) })
		}
		return t.String()
	}
	return write(t, 0)
}

// chanPrefix is the text before a channel type's element type.
func chanPrefix(d reflect.ChanDir) string {
	switch d {
	case reflect.RecvDir:
		return "<-chan "
	case reflect.SendDir:
		return "chan<- "
	}
	return "chan "
}

// funcName writes func type t as %T does, its parameter and result types
// written by write (a func(main.Request) string, which reflect names
// with the run-time struct type of Request).
func funcName(t reflect.Type, write func(reflect.Type) string) string {
	var b strings.Builder
	b.WriteString("func(")
	for i := range t.NumIn() {
		if i > 0 {
			b.WriteString(", ")
		}
		if t.IsVariadic() && i == t.NumIn()-1 {
			b.WriteString("..." + write(t.In(i).Elem()))
			continue
		}
		b.WriteString(write(t.In(i)))
	}
	b.WriteString(")")
	switch t.NumOut() {
	case 0:
	case 1:
		b.WriteString(" " + write(t.Out(0)))
	default:
		b.WriteString(" (")
		for i := range t.NumOut() {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(write(t.Out(i)))
		}
		b.WriteString(")")
	}
	return b.String()
}

// typeName is gopadBuiltin.TypeName: %T's text for v, given its static type
// when the session knows it, or from the dynamic type.
func (tn *typeNames) typeName(static string, v any) string {
	if static != "" {
		return static
	}
	if v == nil {
		return "<nil>"
	}
	if name, ok := stdlib.TypedNilName(v); ok {
		return name // a nil *Code in an error (rewrite's typedNil)
	}
	if name, ok := stdlib.SelfName(v); ok {
		if w, ok := stdlib.Wrapped(v); ok && w.Kind() == reflect.Pointer && !strings.HasPrefix(name, "*") {
			return "*" + name // a *Code: GopadSelf, a method of Code, names Code
		}
		return name
	}
	if name, ok := gopadrt.KeptName(v); ok {
		return name // a value kept beside its cell type (rewrite's keptTypes)
	}
	v = wrappedCell(v)
	if name := tn.erased.Name(v, "%T of it"); name != "" {
		return name // a []Name, which yaegi made a []string (rewrite's erasedcomposites.go)
	}
	t := reflect.TypeOf(v)
	refuseShared(t, tn.sharedNames(pointee(t)))
	return tn.nameStructs(tn.name(t), t)
}

// wrappedCell is the cell's value that v stands for when v is yaegi's
// wrapper of one for a compiled interface (an error, a fmt.Stringer): the
// value the GopadSelf method gives back, or the pointer the wrapper keeps.
// It refuses a wrapper that keeps neither: %T would name gopad's wrapper
// type, or a field of the value.
func wrappedCell(v any) any {
	if s, ok := stdlib.SelfValue(v); ok {
		return s
	}
	iv, ok := stdlib.Wrapped(v)
	if !ok {
		return v
	}
	if iv.IsValid() && iv.Kind() == reflect.Pointer {
		return iv.Interface()
	}
	panic(errors.New("gopad cannot tell the type of a cell's value inside an error or another interface of a compiled package " +
		"(%T of it): yaegi keeps only the value's methods there for a type that is not a struct. Workaround: print the type's name " +
		"from a method, or use a struct type"))
}

// goSyntax is gopadBuiltin.GoSyntax: %#v of v, whose type the interpreter
// spells out as its underlying type, with its Go name instead.
func (tn *typeNames) goSyntax(static string, v any) string {
	return tn.heldWrappers(tn.namedSyntax(static, v), reflect.ValueOf(v), 0)
}

// namedSyntax is %#v of v with the Go names of the cells' types.
func (tn *typeNames) namedSyntax(static string, v any) string {
	if name, ok := stdlib.EmptyName(v); ok {
		return name + "{}" // a field-less struct's value inside an error
	}
	if v != nil {
		v = wrappedCell(v)
	}
	if rv := reflect.ValueOf(v); holdsPairs(rv) {
		return tn.keptNested(tn.pairSyntax(static, rv), static, v)
	}
	s := fmt.Sprintf("%#v", v)
	if v == nil {
		return s
	}
	t := reflect.TypeOf(v)
	if t == reflect.TypeFor[struct{}]() && static != "" && !strings.HasPrefix(static, "*") {
		return static + "{}" // a field-less struct type's only value
	}
	if static == "" {
		static = tn.erased.Name(v, "%#v of it")
	}
	if static == "" {
		refuseShared(t, tn.sharedNames(pointee(t)))
		static = tn.name(t)
	}
	s = renamed(s, t, static)
	s = tn.nestedNames(s, t, static)
	s = tn.nameStructs(s, t)
	if held := tn.heldStructs(reflect.ValueOf(v)); len(held) > 0 {
		s = replaceNames(s, held) // []any{Point{1, 2}}: main.Point (heldstructs.go)
	}
	return tn.unhide(s)
}

// keptNested is s, pairSyntax's %#v of v, with the composite literals
// of its elements by their Go names (nestedNames), for a value of a cell
// type defined over a composite type that yaegi keeps beside its type.
func (tn *typeNames) keptNested(s, static string, v any) string {
	name, ok := static, static != ""
	if !ok {
		name, ok = gopadrt.KeptName(v)
	}
	if b := gopadrt.UnkeptValue(v); ok && b != nil {
		return tn.nestedNames(s, reflect.TypeOf(b), name)
	}
	return s
}

// renamed writes static, v's Go type name, where s, the %#v text of a
// value of run-time type t, begins with t's text: Raw{...} where fmt
// printed []byte{...} (its spelling of []uint8), (*main.Count)(nil) where
// it printed (*int)(nil).
func renamed(s string, t reflect.Type, static string) string {
	under := t.String()
	if under == static {
		return s
	}
	spellings := []string{under}
	if t.Kind() == reflect.Slice && t.Elem() == reflect.TypeFor[byte]() {
		spellings = append(spellings, "[]byte")
	}
	for _, u := range spellings {
		switch {
		case strings.HasPrefix(s, u):
			return static + s[len(u):]
		case t.Kind() == reflect.Pointer && strings.HasPrefix(s, "("+u+")"):
			return "(" + static + ")" + s[len(u)+2:]
		}
	}
	return s
}

// heldWrappers writes in s, the %#v text of rv, each of yaegi's wrappers
// of a cell's value for a compiled interface (an error, a fmt.Stringer)
// that an interface inside rv holds (a struct's Err error field, an
// element of an []error) as the %#v of the value it stands for: fmt
// printed the wrapper's fields (stdlib._errorS{IValue:4, WError:...}).
func (tn *typeNames) heldWrappers(s string, rv reflect.Value, depth int) string {
	if depth > 8 || !rv.IsValid() {
		return s
	}
	switch rv.Kind() {
	case reflect.Interface:
		if rv.IsNil() {
			return s
		}
		if x := rv.Elem(); x.CanInterface() {
			if _, ok := stdlib.Wrapped(x.Interface()); ok {
				return strings.Replace(s, fmt.Sprintf("%#v", x.Interface()), tn.goSyntax("", x.Interface()), 1)
			}
		}
		return tn.heldWrappers(s, rv.Elem(), depth+1)
	case reflect.Pointer:
		if depth == 0 && !rv.IsNil() {
			return tn.heldWrappers(s, rv.Elem(), depth+1) // &T{...} at the top
		}
	case reflect.Struct:
		for i := 0; i < rv.NumField(); i++ {
			s = tn.heldWrappers(s, rv.Field(i), depth+1)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < rv.Len() && i < 1000; i++ {
			s = tn.heldWrappers(s, rv.Index(i), depth+1)
		}
	case reflect.Map:
		for it := rv.MapRange(); it.Next(); {
			s = tn.heldWrappers(s, it.Value(), depth+1)
		}
	}
	return s
}

// nameStructs writes the cells' struct types inside t by their Go names in
// s, a %#v text: the elements of a []Lot, the fields of a struct, a
// pointer's target. A type declared inside a function is named by its tag
// (structtags.go), as main.point: Go's %#v does not say which function.
func (tn *typeNames) nameStructs(s string, t reflect.Type) string {
	names := map[string]string{}
	tn.collectStructs(t, names, 0)
	return replaceNames(s, names)
}

// replaceNames writes each type text of names in s by its Go name.
func replaceNames(s string, names map[string]string) string {
	under := make([]string, 0, len(names))
	for u := range names {
		under = append(under, u)
	}
	// The longest first: a struct type's text holds its fields' types.
	sort.Slice(under, func(i, j int) bool { return len(under[i]) > len(under[j]) })
	for _, u := range under {
		s = strings.ReplaceAll(s, u, names[u])
	}
	return s
}

// collectStructs maps the text of each cell struct type reachable from t
// to its Go name.
func (tn *typeNames) collectStructs(t reflect.Type, names map[string]string, depth int) {
	if depth > 8 || t.Name() != "" {
		return
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
		tn.collectStructs(t.Elem(), names, depth+1)
	case reflect.Map:
		tn.collectStructs(t.Key(), names, depth+1)
		tn.collectStructs(t.Elem(), names, depth+1)
	case reflect.Struct:
		if t.NumField() == 0 {
			return
		}
		tn.mu.RLock()
		name := tn.names[t]
		tn.mu.RUnlock()
		if tag := t.Field(0).Tag.Get(rewrite.TypeTagKey); name == "" && tag != "" {
			name = rewrite.TagTypeName(tag)
		}
		if name != "" {
			names[t.String()] = name
		}
		for i := range t.NumField() {
			tn.collectStructs(t.Field(i).Type, names, depth+1)
		}
	}
}

// registerTypes registers the struct types among ds (declarations the
// current interpreter has just evaluated) that it has not registered yet.
func (s *Session) registerTypes(ctx context.Context, ds []decl) {
	s.types.noteMethods(ds)
	defer s.registerMethods(ctx, ds)
	for _, d := range ds {
		isType := false
		for _, k := range d.keys {
			isType = isType || strings.HasPrefix(k, "type:")
		}
		if isType && d.typed != "" {
			s.types.noteSelfTypes(d.typed) // erased for yaegi (rewrite's selfMaps)
		}
		if isType {
			s.types.noteUnderlying(d.src)
		}
		if !isType || !strings.Contains(d.src, "struct") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+d.src, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, sp := range gd.Specs {
				ts := sp.(*ast.TypeSpec)
				s.hideFields(ts.Type)
				s.types.noteEmbedded("main."+ts.Name.Name, ts.Type)
				s.noteFieldTypes("main."+ts.Name.Name, ts.Type)
				if _, isStruct := ts.Type.(*ast.StructType); !isStruct || ts.TypeParams != nil || ts.Assign.IsValid() {
					continue
				}
				s.types.mu.RLock()
				done := s.types.done[ts.Name.Name] == d.src
				s.types.mu.RUnlock()
				if done {
					continue
				}
				goName := "main." + ts.Name.Name
				if c, ok := s.mono.made[ts.Name.Name]; ok && c.goName != "" {
					goName = c.goName // a copy of a generic type (mono.go)
				}
				if _, err := s.eval(ctx, fmt.Sprintf("gopadBuiltin.RegisterType(%q, %s{})", goName, ts.Name.Name)); err == nil {
					s.types.mu.Lock()
					s.types.done[ts.Name.Name] = d.src
					s.types.mu.Unlock()
				}
			}
		}
	}
}

// hideFields notes the unexported field names of the struct types in t.
func (s *Session) hideFields(t ast.Node) {
	s.types.mu.Lock()
	defer s.types.mu.Unlock()
	ast.Inspect(t, func(n ast.Node) bool {
		if st, ok := n.(*ast.StructType); ok {
			for _, f := range st.Fields.List {
				var names []string
				for _, name := range f.Names {
					names = append(names, name.Name)
				}
				if len(f.Names) == 0 { // embedded: named by its type (struct{ string; *node })
					names = append(names, embeddedName(f.Type))
				}
				for _, name := range names {
					if name != "" && !ast.IsExported(name) && !s.types.hidden["X"+name] {
						s.types.hidden["X"+name] = true
						s.types.strip = map[reflect.Type]reflect.Type{} // computed without it
						s.types.raws = map[reflect.Type]reflect.Type{}
					}
				}
			}
		}
		return true
	})
}

// hideLocalFields notes the unexported field names of the struct types
// a chunk writes outside type declarations of its own top level (those
// are noted when registerTypes registers them): struct literals of
// anonymous types, types declared inside functions. %+v of their values
// runs in the chunk itself, so they are noted before it runs.
func (s *Session) hideLocalFields(ch source.Chunk) {
	if !strings.Contains(ch.Src, "struct") {
		return
	}
	if f, err := s.parses.Parse(ch); err == nil {
		s.hideFields(f.AST)
	}
}

// exported is gopadBuiltin.Exported: v with the unexported fields of the
// cells' struct types left out, for encoding packages. yaegi exports such
// fields at run time (as X<name>), so encoding/json would write them. A
// value whose type has none is returned as it is; so is one whose types
// the copy cannot rebuild (embedded fields, recursive types).
func (tn *typeNames) exported(v any) any {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return v
	}
	tn.mu.Lock()
	t := tn.stripped(rv.Type(), map[reflect.Type]bool{})
	tn.mu.Unlock()
	if t == rv.Type() {
		return v
	}
	return convertValue(rv, t).Interface()
}

// stripped returns t without the hidden fields of its structs, at any
// depth, or t itself when nothing is hidden or t cannot be rebuilt.
func (tn *typeNames) stripped(t reflect.Type, busy map[reflect.Type]bool) reflect.Type {
	if s, ok := tn.strip[t]; ok {
		return s
	}
	if busy[t] {
		return t // recursive: StructOf cannot rebuild it
	}
	busy[t] = true
	defer delete(busy, t)
	out := t
	switch t.Kind() {
	case reflect.Struct:
		var fields []reflect.StructField
		changed := false
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if f.Anonymous || f.PkgPath != "" {
				fields = nil
				changed = false
				break
			}
			if tn.hidden[f.Name] {
				changed = true
				continue
			}
			if ft := tn.stripped(f.Type, busy); ft != f.Type {
				f.Type, changed = ft, true
			}
			fields = append(fields, f)
		}
		if changed {
			out = reflect.StructOf(fields)
		}
	case reflect.Pointer:
		if e := tn.stripped(t.Elem(), busy); e != t.Elem() {
			out = reflect.PointerTo(e)
		}
	case reflect.Slice:
		if e := tn.stripped(t.Elem(), busy); e != t.Elem() {
			out = reflect.SliceOf(e)
		}
	case reflect.Array:
		if e := tn.stripped(t.Elem(), busy); e != t.Elem() {
			out = reflect.ArrayOf(t.Len(), e)
		}
	case reflect.Map:
		if e := tn.stripped(t.Elem(), busy); e != t.Elem() {
			out = reflect.MapOf(t.Key(), e)
		}
	}
	tn.strip[t] = out
	return out
}

// convertValue copies v into a value of type t, a stripped form of v's
// type, or a raw one (rawfields.go): a value of a type convertible to t
// converted (a time.Duration to an int64), a pointer as an unsafe.Pointer.
func convertValue(v reflect.Value, t reflect.Type) reflect.Value {
	switch {
	case v.Type() == t:
		return v
	case t == unsafePointerType:
		return reflect.ValueOf(v.UnsafePointer())
	case v.Type().ConvertibleTo(t):
		return v.Convert(t)
	}
	switch t.Kind() {
	case reflect.Struct:
		out := reflect.New(t).Elem()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			out.Field(i).Set(convertValue(v.FieldByName(f.Name), f.Type))
		}
		return out
	case reflect.Pointer:
		if v.IsNil() {
			return reflect.Zero(t)
		}
		p := reflect.New(t.Elem())
		p.Elem().Set(convertValue(v.Elem(), t.Elem()))
		return p
	case reflect.Slice:
		if v.IsNil() {
			return reflect.Zero(t)
		}
		out := reflect.MakeSlice(t, v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(convertValue(v.Index(i), t.Elem()))
		}
		return out
	case reflect.Array:
		out := reflect.New(t).Elem()
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(convertValue(v.Index(i), t.Elem()))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return reflect.Zero(t)
		}
		out := reflect.MakeMapWithSize(t, v.Len())
		for it := v.MapRange(); it.Next(); {
			out.SetMapIndex(it.Key(), convertValue(it.Value(), t.Elem()))
		}
		return out
	}
	return v
}
