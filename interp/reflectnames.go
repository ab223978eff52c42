package interp

import (
	"go/ast"
	"reflect"
	"strings"
	"sync"

	"github.com/gopad/gopad/interp/gopadrt"
	"github.com/gopad/gopad/interp/rewrite"
)

// The helpers behind package rewrite's reflectNames pass: reflect.Type's
// answers about the cells' struct types as a compiled program gets them.
// yaegi builds those types with reflect.StructOf, so at run time they have
// no name, their first field carries gopad's type tag (structtags.go) and
// their unexported fields are exported as X<name> (typenames.go).

// reflectName is gopadBuiltin.ReflectName: t.Name().
func (tn *typeNames) reflectName(t reflect.Type) string {
	if t.Kind() != reflect.Struct || t.Name() != "" {
		return t.Name()
	}
	refuseShared(t, tn.sharedNames(t))
	name := tn.structName(t)
	return name[strings.LastIndex(name, ".")+1:]
}

// structName is the Go name of t, a cell's struct type, as main.T; "" for
// a struct type no cell declared by name.
func (tn *typeNames) structName(t reflect.Type) string {
	tn.mu.RLock()
	name := tn.names[t]
	tn.mu.RUnlock()
	if name != "" || t.NumField() == 0 {
		return name
	}
	if tag := t.Field(0).Tag.Get(rewrite.TypeTagKey); tag != "" {
		return rewrite.TagTypeName(tag)
	}
	return ""
}

// reflectString is gopadBuiltin.ReflectString: t.String(), also what fmt
// prints for t.
func (tn *typeNames) reflectString(t reflect.Type) string {
	if text, ok := gopadrt.SignatureText(t); ok {
		return text // a method's type, written as Go writes it
	}
	refuseShared(t, tn.sharedNames(pointee(t)))
	return tn.nameStructs(tn.name(t), t)
}

// reflectShown is gopadBuiltin.ReflectShown: what fmt prints for t.
func (tn *typeNames) reflectShown(t reflect.Type) any {
	if t == nil {
		return nil
	}
	return tn.reflectString(t)
}

// reflectPkgPath is gopadBuiltin.ReflectPkgPath: t.PkgPath().
func (tn *typeNames) reflectPkgPath(t reflect.Type) string {
	if t.Kind() == reflect.Struct && tn.structName(t) != "" {
		return "main"
	}
	return t.PkgPath()
}

// reflectField is f as the cell declared it,
// without gopad's type tag, with its own name when it is unexported.
func (tn *typeNames) reflectField(f reflect.StructField) reflect.StructField {
	f.Tag = stripTypeTag(f.Tag)
	tn.mu.RLock()
	hidden := tn.hidden[f.Name]
	tn.mu.RUnlock()
	if hidden && f.PkgPath == "" {
		f.Name = f.Name[1:]
		f.PkgPath = "main"
	}
	return f
}

// reflectFields is gopadBuiltin.ReflectFields: fs, each as reflectField
// gives it.
func (tn *typeNames) reflectFields(fs []reflect.StructField) []reflect.StructField {
	for i, f := range fs {
		fs[i] = tn.reflectField(f)
	}
	return fs
}

// valueString is gopadBuiltin.ValueString: v.String(), which names the
// type of a value that is not a string.
func (tn *typeNames) valueString(v reflect.Value) string {
	if !v.IsValid() || v.Kind() == reflect.String {
		return v.String()
	}
	return "<" + tn.reflectString(v.Type()) + " Value>"
}

// stripTypeTag removes gopad's key (and the space before it) from tag.
func stripTypeTag(tag reflect.StructTag) reflect.StructTag {
	s := string(tag)
	i := strings.Index(s, rewrite.TypeTagKey+`:"`)
	if i < 0 || (i > 0 && s[i-1] != ' ') {
		return tag
	}
	end := strings.IndexByte(s[i+len(rewrite.TypeTagKey)+2:], '"')
	if end < 0 {
		return tag
	}
	end += i + len(rewrite.TypeTagKey) + 3
	return reflect.StructTag(strings.TrimRight(s[:i], " ") + s[end:])
}

// noteEmbedded records the fields that struct type t, named name, embeds:
// yaegi gives them no Anonymous flag and promotes none of their fields.
func (tn *typeNames) noteEmbedded(name string, t ast.Expr) {
	st, ok := t.(*ast.StructType)
	if !ok {
		return
	}
	set := map[string]bool{}
	for _, f := range st.Fields.List {
		if len(f.Names) == 0 {
			set[embeddedName(f.Type)] = true
		}
	}
	tn.mu.Lock()
	defer tn.mu.Unlock()
	if tn.embedded == nil {
		tn.embedded = map[string]map[string]bool{}
	}
	tn.embedded[name] = set
}

// embeddedName is the field name of an embedded type: T, *T, pkg.T, T[A].
func embeddedName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.SelectorExpr:
			return x.Sel.Name
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// embeds reports whether struct type t embeds its field name.
func (tn *typeNames) embeds(t reflect.Type, name string) bool {
	if t.Kind() != reflect.Struct {
		return false
	}
	sname := tn.structName(t)
	tn.mu.RLock()
	defer tn.mu.RUnlock()
	return tn.embedded[sname][name]
}

// reflectFieldAt is gopadBuiltin.ReflectFieldAt: t.Field(i).
func (tn *typeNames) reflectFieldAt(t reflect.Type, i int) reflect.StructField {
	f := tn.reflectField(t.Field(i))
	f.Anonymous = f.Anonymous || tn.embeds(t, f.Name)
	return tn.namedField(t, f)
}

// reflectFieldByName is gopadBuiltin.ReflectFieldByName: t.FieldByName,
// with the fields of embedded structs promoted as Go promotes them: the
// shallowest wins, two at one depth hide each other.
func (tn *typeNames) reflectFieldByName(t reflect.Type, name string) (reflect.StructField, bool) {
	if t.Kind() != reflect.Struct {
		return t.FieldByName(name) // panics as reflect does
	}
	type level struct {
		t     reflect.Type
		index []int
	}
	current := []level{{t, nil}}
	seen := map[reflect.Type]bool{}
	for len(current) > 0 {
		var next []level
		var found []reflect.StructField
		for _, l := range current {
			if seen[l.t] {
				continue
			}
			seen[l.t] = true
			for i := 0; i < l.t.NumField(); i++ {
				f := tn.reflectFieldAt(l.t, i)
				f.Index = append(append([]int(nil), l.index...), i)
				if f.Name == name {
					found = append(found, f)
				}
				if ft := f.Type; f.Anonymous {
					if ft.Kind() == reflect.Pointer {
						ft = ft.Elem()
					}
					if ft.Kind() == reflect.Struct {
						next = append(next, level{ft, f.Index})
					}
				}
			}
		}
		if len(found) == 1 {
			return found[0], true
		}
		if len(found) > 1 {
			return reflect.StructField{}, false
		}
		current = next
	}
	return reflect.StructField{}, false
}

// valueFieldByName is gopadBuiltin.ValueFieldByName: v.FieldByName(name).
func (tn *typeNames) valueFieldByName(v reflect.Value, name string) reflect.Value {
	if v.Kind() != reflect.Struct {
		return v.FieldByName(name) // panics as reflect does
	}
	f, ok := tn.reflectFieldByName(v.Type(), name)
	if !ok {
		return reflect.Value{}
	}
	out := v.FieldByIndex(f.Index)
	if f.PkgPath != "" {
		tn.unexported.add(out)
	}
	if len(f.Index) == 1 {
		tn.noteCellField(v.Type(), f.Name, out)
	}
	return out
}

// unexportedValues remembers the values reflect gave for unexported fields
// of the cells' struct types (yaegi exports those fields at run time), so
// that CanSet, CanInterface and Interface answer for them as Go does. It
// forgets them all when it holds maxUnexported.
type unexportedValues struct {
	mu  sync.Mutex
	set map[reflect.Value]bool
}

const maxUnexported = 4096

func (u *unexportedValues) add(v reflect.Value) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.set == nil || len(u.set) >= maxUnexported {
		u.set = map[reflect.Value]bool{}
	}
	u.set[v] = true
}

func (u *unexportedValues) has(v reflect.Value) bool {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.set[v]
}

// valueField is gopadBuiltin.ValueField: v.Field(i).
func (tn *typeNames) valueField(v reflect.Value, i int) reflect.Value {
	f := v.Field(i)
	sf := tn.reflectField(v.Type().Field(i))
	if sf.PkgPath != "" {
		tn.unexported.add(f)
	}
	tn.noteCellField(v.Type(), sf.Name, f)
	return f
}

// valueCanSet is gopadBuiltin.ValueCanSet: v.CanSet().
func (tn *typeNames) valueCanSet(v reflect.Value) bool {
	return v.CanSet() && !tn.unexported.has(v)
}

// valueCanInterface is gopadBuiltin.ValueCanInterface: v.CanInterface().
func (tn *typeNames) valueCanInterface(v reflect.Value) bool {
	return v.CanInterface() && !tn.unexported.has(v)
}

// valueInterface is gopadBuiltin.ValueInterface: v.Interface(), which
// panics for an unexported field as it does in Go.
func (tn *typeNames) valueInterface(v reflect.Value) any {
	if v.IsValid() && tn.unexported.has(v) {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return v.Interface()
}
