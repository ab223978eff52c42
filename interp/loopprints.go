package interp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/gopad/gopad/interp/rewrite"
)

// Prints in loops (see rewrite.LoopPrints): where the chunk was
// type-checked, its types tell which prints print a string.

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

// stringPrints returns the edits that make prints of strings in loops
// gs_.Print or Println, from the chunk's types: the operand's type is
// string (or an untyped string constant), and it uses the session's
// variables only in a statement chunk, outside function literals. fmt must
// be named fmt.
func (tc *typedChunk) stringPrints(stmt bool) []edit {
	lits := rewrite.FuncLitsOf(tc.file)
	var edits []edit
	for _, p := range rewrite.LoopPrintCalls(tc.file) {
		if p.Pkg.Name != "fmt" {
			continue
		}
		if pn, ok := tc.info.Uses[p.Pkg].(*types.PkgName); !ok || pn.Imported().Path() != "fmt" {
			continue
		}
		if tc.isString(p.Call.Args[0], stmt && !lits.Contain(p.Call.Pos())) {
			edits = append(edits, edit{tc.off(p.Pkg.Pos()), tc.off(p.Pkg.End()), "gs_", 0})
		}
	}
	return edits
}

// isString reports whether e is of type string, using the session's
// variables only if globals.
func (tc *typedChunk) isString(e ast.Expr, globals bool) bool {
	tv, ok := tc.info.Types[e]
	if !ok || tv.Type == nil {
		return false
	}
	if b, ok := tv.Type.(*types.Basic); !ok || (b.Kind() != types.String && b.Kind() != types.UntypedString) {
		return false
	}
	if tv.Value != nil {
		return true // a constant
	}
	usesGlobals := false
	ast.Inspect(e, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		if v, ok := tc.info.Uses[id].(*types.Var); ok && v.Parent() == tc.pkg.Scope() {
			usesGlobals = true
		}
		return !usesGlobals
	})
	return globals || !usesGlobals
}
