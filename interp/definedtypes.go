package interp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strings"
)

// declaresDefinedType reports whether the cells declared a type defined
// by another named type (type Color string, type Name Color), whose values
// yaegi may hand over as values of the underlying type.
func (s *Session) declaresDefinedType() bool {
	for _, d := range s.decls {
		if !slices.ContainsFunc(d.keys, func(k string) bool { return strings.HasPrefix(k, "type:") }) {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+d.src, parser.SkipObjectResolution)
		if err != nil {
			return true
		}
		found := false
		ast.Inspect(f, func(n ast.Node) bool {
			if ts, ok := n.(*ast.TypeSpec); ok {
				switch ast.Unparen(ts.Type).(type) {
				case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr:
					found = true
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// declaresAlias reports whether the cells declared a type alias.
func (s *Session) declaresAlias() bool {
	for _, d := range s.decls {
		if !slices.ContainsFunc(d.keys, func(k string) bool { return strings.HasPrefix(k, "type:") }) {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+d.src, parser.SkipObjectResolution)
		if err != nil {
			return true
		}
		for _, gd := range f.Decls {
			if gd, ok := gd.(*ast.GenDecl); ok {
				for _, sp := range gd.Specs {
					if ts, ok := sp.(*ast.TypeSpec); ok && ts.Assign.IsValid() {
						return true
					}
				}
			}
		}
	}
	return false
}
