package interp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"strings"

	"github.com/gopad/gopad/interp/rewrite"
)

// %#v of a composite over the cells' types spells the elements that are
// composites themselves by their run-time types, which yaegi made over
// the underlying types: fmt printed map[string][]main.Count{"a":[]int{1}}
// and main.Grid{[2]int{1, 2}, ...} for a Grid [2][2]Count. nestedNames
// writes them by their Go names, walking the value's run-time type beside
// its Go name (for a cell's type defined over a composite, the Go spelling
// of its definition, noted by noteUnderlying).

// noteUnderlying notes the Go spelling of each composite type definition
// of src, a declaration a cell made (type Grid [2][2]Count).
func (tn *typeNames) noteUnderlying(src string) {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if err != nil {
		return
	}
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, sp := range gd.Specs {
			ts := sp.(*ast.TypeSpec)
			switch ts.Type.(type) {
			case *ast.ArrayType, *ast.MapType:
			default:
				continue
			}
			if spelled, ok := rewrite.GoSpelling(ts.Type); ok && ts.TypeParams == nil && !ts.Assign.IsValid() {
				tn.mu.Lock()
				tn.underlying["main."+ts.Name.Name] = spelled
				tn.mu.Unlock()
			}
		}
	}
}

// nestedNames writes in s, the %#v text of a value of run-time type t
// whose Go name is goName, the composite literals of its elements by
// their Go names. Where two elements of one run-time type have different
// Go names (map[[2]Count][2]int) s is left as it is.
func (tn *typeNames) nestedNames(s string, t reflect.Type, goName string) string {
	names := map[string]string{}
	clash := false
	var walk func(t reflect.Type, g string, depth int)
	walk = func(t reflect.Type, g string, depth int) {
		if depth > 8 {
			return
		}
		tn.mu.RLock()
		if u, ok := tn.underlying[g]; ok {
			g = u
		}
		tn.mu.RUnlock()
		for _, el := range elemNames(t, g) {
			switch el.t.Kind() {
			case reflect.Slice, reflect.Array, reflect.Map:
				if text := el.t.String(); text != el.g && el.t.Name() == "" {
					clash = clash || names[text] != "" && names[text] != el.g
					names[text] = el.g
				}
			}
			walk(el.t, el.g, depth+1)
		}
	}
	walk(t, goName, 0)
	if clash {
		return s
	}
	literals := make(map[string]string, len(names))
	for text, g := range names {
		literals[text+"{"] = g + "{"
	}
	return replaceNames(s, literals)
}

type elemName struct {
	t reflect.Type
	g string
}

// elemNames pairs the element (and key) types of t with their Go names
// read from g, t's Go spelling; nil when g does not spell such a type.
func elemNames(t reflect.Type, g string) []elemName {
	switch t.Kind() {
	case reflect.Slice:
		if strings.HasPrefix(g, "[]") {
			return []elemName{{t.Elem(), g[2:]}}
		}
	case reflect.Array:
		if i := strings.IndexByte(g, ']'); strings.HasPrefix(g, "[") && i > 0 {
			return []elemName{{t.Elem(), g[i+1:]}}
		}
	case reflect.Map:
		if !strings.HasPrefix(g, "map[") {
			return nil
		}
		depth := 0
		for i := 3; i < len(g); i++ {
			switch g[i] {
			case '[':
				depth++
			case ']':
				depth--
				if depth == 0 {
					return []elemName{{t.Key(), g[4:i]}, {t.Elem(), g[i+1:]}}
				}
			}
		}
	}
	return nil
}
