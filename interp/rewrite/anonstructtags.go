package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// TagAnonStructs gives each struct type literal that is no type
// declaration's definition, and whose fields name the cells' types, a tag
// on its first field that spells the type as Go's %T does:
//
//	x := struct{ A Count; B Name }{1, "x"}   →   x := struct{ A Count `gopad:"struct { A main.Count; B main.Name }"`; B Name }{1, "x"}
//
// yaegi's run-time type of a cell's type over a basic type is that basic
// type, so without the tag struct{ A Count; B Name } was the run-time type
// struct { A int; B string }: inside an interface %T named that, == took
// it for its twin with the basic types, an assertion to either type
// succeeded, and map[any] keys of the two were one. The tag makes it a
// type of its own (the same one wherever it is spelled, since the text is
// Go's), which typenames.go names by the tag. A literal inside generic
// code (its field types may be type parameters), or one whose fields are
// spelled in ways the pass does not write out (a constant array length,
// an interface with methods, a struct literal), is left alone.
var TagAnonStructs = Pass{Name: "tagAnonStructs", Wants: holds(hasStruct), Run: func(u *Unit) []source.Edit {
	var es edits
	defs := map[*ast.StructType]bool{}
	ast.Inspect(u.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			return !genericFunc(n)
		case *ast.TypeSpec:
			if n.TypeParams != nil {
				return false
			}
			if st, ok := n.Type.(*ast.StructType); ok && !n.Assign.IsValid() {
				defs[st] = true
			}
		case *ast.StructType:
			if defs[n] || len(n.Fields.List) == 0 {
				return true
			}
			if name, ok := anonStructName(n); ok {
				es.add(anonTag(u, n.Fields.List[0], name))
			}
		}
		return true
	})
	return es
}}

// anonTag is the edit that tags field, the first of a struct type literal,
// with name. A field of several names is written as one field each
// (A, B Count → A Count `gopad:"..."`; B Count), so that the tag is the
// first field's alone, as it is in the type spelled with one name a field.
func anonTag(u *Unit, field *ast.Field, name string) source.Edit {
	tag := " `" + TypeTagKey + `:"` + name + `"` + "`"
	if len(field.Names) < 2 {
		return source.Insert(u.Off(field.Type.End()), tag)
	}
	typ := u.Code(field.Type)
	rest := make([]string, 0, len(field.Names)-1)
	for _, n := range field.Names[1:] {
		rest = append(rest, n.Name)
	}
	return source.Replace(u.Off(field.Pos()), u.Off(field.End()),
		field.Names[0].Name+" "+typ+tag+"; "+strings.Join(rest, ", ")+" "+typ)
}

// genericFunc reports whether d declares a generic function or a method
// of a generic type.
func genericFunc(d *ast.FuncDecl) bool {
	if d.Type.TypeParams != nil {
		return true
	}
	if d.Recv == nil || len(d.Recv.List) == 0 {
		return false
	}
	t := d.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	switch t.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

// anonStructName is st spelled as reflect spells it, when a field's type
// names a type that is no predeclared one (a cell's type), and st can be
// spelled from its syntax alone.
func anonStructName(st *ast.StructType) (string, bool) {
	cells := false
	var fields []string
	for _, f := range st.Fields.List {
		t, ok := exprSpelling(f.Type, &cells)
		if !ok {
			return "", false
		}
		if f.Tag != nil {
			return "", false // its quotes would end the tag's value
		}
		if len(f.Names) == 0 {
			fields = append(fields, t)
		}
		for _, n := range f.Names {
			fields = append(fields, n.Name+" "+t)
		}
	}
	if !cells {
		return "", false
	}
	return "struct { " + strings.Join(fields, "; ") + " }", true
}

// goSpelling is type expression e as reflect spells it, the cells' types
// as main.Name; cells is set when e names one.
func exprSpelling(e ast.Expr, cells *bool) (string, bool) {
	switch e := e.(type) {
	case *ast.Ident:
		if obj := types.Universe.Lookup(e.Name); obj != nil {
			if _, ok := obj.(*types.TypeName); ok {
				return universeSpelling(e.Name), true
			}
			return "", false
		}
		*cells = true
		return "main." + e.Name, true
	case *ast.ParenExpr:
		return exprSpelling(e.X, cells)
	case *ast.SelectorExpr:
		if x, ok := e.X.(*ast.Ident); ok {
			return x.Name + "." + e.Sel.Name, true
		}
	case *ast.StarExpr:
		s, ok := exprSpelling(e.X, cells)
		return "*" + s, ok
	case *ast.ArrayType:
		return arraySpelling(e, cells)
	case *ast.MapType:
		k, ok1 := exprSpelling(e.Key, cells)
		v, ok2 := exprSpelling(e.Value, cells)
		return "map[" + k + "]" + v, ok1 && ok2
	case *ast.ChanType:
		s, ok := exprSpelling(e.Value, cells)
		return map[ast.ChanDir]string{ast.SEND: "chan<- ", ast.RECV: "<-chan ", ast.SEND | ast.RECV: "chan "}[e.Dir] + s, ok
	case *ast.InterfaceType:
		if len(e.Methods.List) == 0 {
			return "interface {}", true
		}
	}
	return "", false
}

// arraySpelling spells a slice type, or an array type of a literal length.
func arraySpelling(e *ast.ArrayType, cells *bool) (string, bool) {
	elem, ok := exprSpelling(e.Elt, cells)
	if !ok {
		return "", false
	}
	if e.Len == nil {
		return "[]" + elem, true
	}
	lit, ok := e.Len.(*ast.BasicLit)
	if !ok || lit.Kind != token.INT {
		return "", false
	}
	n, err := strconv.ParseInt(lit.Value, 0, 64)
	if err != nil {
		return "", false
	}
	return "[" + strconv.FormatInt(n, 10) + "]" + elem, true
}

// universeSpelling is reflect's name of a predeclared type.
func universeSpelling(name string) string {
	switch name {
	case "byte":
		return "uint8"
	case "rune":
		return "int32"
	case "any":
		return "interface {}"
	}
	return name
}

// TagTypeName is the Go name of the struct type whose first field has the
// TypeTagKey tag tag: main.<tag> for a cell's struct type (TagStructTypes),
// the spelling itself for a struct type literal (TagAnonStructs).
func TagTypeName(tag string) string {
	if AnonTag(tag) {
		return tag
	}
	return "main." + tag
}

// AnonTag reports whether tag, a TypeTagKey tag, is TagAnonStructs'.
func AnonTag(tag string) bool { return strings.HasPrefix(tag, "struct {") }

// GoSpelling is type expression e as reflect spells it, the cells' types
// as main.Name, when e can be spelled from its syntax alone.
func GoSpelling(e ast.Expr) (string, bool) {
	var cells bool
	return exprSpelling(e, &cells)
}
