package interp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"strconv"
	"strings"
)

// typeTagKey is the struct tag key that names a cell's struct type.
const typeTagKey = "gopad"

// tagStructTypes gives each struct type the chunk declares a tag on its
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
// without fields is left alone (see emptyTwins). Edits stay on their line.
func tagStructTypes(src string, stmt bool) string {
	if !strings.Contains(src, "struct") {
		return src
	}
	var f *ast.File
	var fset *token.FileSet
	var err error
	prefix := "package p\n"
	if stmt {
		prefix = stmtPrefix
		f, fset, err = parseStmtChunk(src)
	} else {
		fset = token.NewFileSet()
		f, err = parser.ParseFile(fset, "", prefix+src, parser.SkipObjectResolution)
	}
	if err != nil {
		return src
	}
	off := func(p token.Pos) int { return fset.Position(p).Offset - len(prefix) }
	var edits []edit
	ast.Inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || ts.Assign.IsValid() {
			return true
		}
		st, ok := ts.Type.(*ast.StructType)
		if !ok || len(st.Fields.List) == 0 {
			return true
		}
		if e, ok := nameTag(st.Fields.List[0], ts.Name.Name, off); ok {
			edits = append(edits, e)
		}
		return true
	})
	if len(edits) == 0 {
		return src
	}
	out, ok := applyEdits(src, edits)
	if !ok {
		return src
	}
	return out
}

// nameTag is the edit that adds typeTagKey:"name" to field's tag.
func nameTag(field *ast.Field, name string, off func(token.Pos) int) (edit, bool) {
	add := typeTagKey + `:"` + name + `"`
	if field.Tag == nil {
		at := off(field.Type.End())
		return edit{from: at, to: at, text: " `" + add + "`"}, true
	}
	tag, err := strconv.Unquote(field.Tag.Value)
	if err != nil {
		return edit{}, false
	}
	if _, done := reflect.StructTag(tag).Lookup(typeTagKey); done {
		return edit{}, false
	}
	if tag != "" {
		tag += " "
	}
	tag += add
	text := strconv.Quote(tag)
	if !strings.Contains(tag, "`") && !strings.Contains(tag, "\n") {
		text = "`" + tag + "`"
	}
	return edit{from: off(field.Tag.Pos()), to: off(field.Tag.End()), text: text}, true
}
