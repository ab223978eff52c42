package rewrite

import (
	"go/ast"
	"reflect"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// TypeTagKey is the struct tag key that names a cell's struct type.
const TypeTagKey = "gopad"

// TagStructTypes gives each struct type the chunk declares a tag on its
// first field that names the type:
//
//	type Add struct{ L, R Expr }   →   type Add struct{ L, R Expr "gopad:\"Add\"" }
//	type Mul struct{ L, R Expr }   →   type Mul struct{ L, R Expr "gopad:\"Mul\"" }
//
// yaegi builds a cell's struct type with reflect.StructOf, which gives two
// types with the same fields one run-time type: its type switches and
// assertions then take a Mul for an Add, a *Dog for a *Cat. A tag is part
// of a struct's identity for reflect, but not for conversions, and
// StructTag.Get of the program's own keys still finds them. A struct type
// without fields is left alone. Edits stay on
// their line.
var TagStructTypes = Pass{Name: "tagStructTypes", Wants: holds(hasStruct), Run: func(u *Unit) []source.Edit {
	var es edits
	ast.Inspect(u.AST, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || ts.Assign.IsValid() {
			return true
		}
		st, ok := ts.Type.(*ast.StructType)
		if !ok || len(st.Fields.List) == 0 {
			return true
		}
		if e, ok := nameTag(u, st.Fields.List[0], ts.Name.Name); ok {
			es.add(e)
		}
		return true
	})
	return es
}}

// nameTag is the edit that adds TypeTagKey:"name" to field's tag.
func nameTag(u *Unit, field *ast.Field, name string) (source.Edit, bool) {
	add := TypeTagKey + `:"` + name + `"`
	if field.Tag == nil {
		return source.Insert(u.Off(field.Type.End()), " `"+add+"`"), true
	}
	tag, err := strconv.Unquote(field.Tag.Value)
	if err != nil {
		return source.Edit{}, false
	}
	if _, done := reflect.StructTag(tag).Lookup(TypeTagKey); done {
		return source.Edit{}, false
	}
	if tag != "" {
		tag += " "
	}
	tag += add
	text := strconv.Quote(tag)
	if !strings.Contains(tag, "`") && !strings.Contains(tag, "\n") {
		text = "`" + tag + "`"
	}
	return source.Replace(u.Off(field.Tag.Pos()), u.Off(field.Tag.End()), text), true
}
