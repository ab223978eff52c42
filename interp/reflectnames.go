package interp

import (
	"go/token"
	"reflect"
	"strings"

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
		return "main." + tag
	}
	return ""
}

// reflectString is gopadBuiltin.ReflectString: t.String(), also what fmt
// prints for t.
func (tn *typeNames) reflectString(t reflect.Type) string {
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

// reflectField is gopadBuiltin.ReflectField: f as the cell declared it,
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

// reflectFieldByName is gopadBuiltin.ReflectFieldByName: t.FieldByName.
func (tn *typeNames) reflectFieldByName(t reflect.Type, name string) (reflect.StructField, bool) {
	f, ok := t.FieldByName(name)
	if !ok && name != "" && !token.IsExported(name) {
		tn.mu.RLock()
		hidden := tn.hidden["X"+name]
		tn.mu.RUnlock()
		if hidden {
			f, ok = t.FieldByName("X" + name)
		}
	}
	if !ok {
		return f, false
	}
	return tn.reflectField(f), true
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
