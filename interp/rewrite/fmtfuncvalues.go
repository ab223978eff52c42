package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// printFuncSigs are the parameters and results of the fmt functions that
// printFuncValues writes as function literals.
var printFuncSigs = map[string]struct{ params, results, format string }{
	"Print":    {"a ...any", "(int, error)", ""},
	"Println":  {"a ...any", "(int, error)", ""},
	"Printf":   {"format string, a ...any", "(int, error)", "format, "},
	"Sprint":   {"a ...any", "string", ""},
	"Sprintln": {"a ...any", "string", ""},
	"Sprintf":  {"format string, a ...any", "string", "format, "},
	"Errorf":   {"format string, a ...any", "error", "format, "},
}

// printFuncValues writes fmt's print functions taken as values (p :=
// fmt.Sprintf, apply(xs, fmt.Sprint)) as function literals that print
// their operands as printArgs prints a spread slice: a call through the
// value reached fmt with the values of the cells' types bare, without
// their String or Error methods ({4} where Go prints P(4)).
//
//	f := fmt.Sprint  →  f := func(a ...any) string { return fmt.Sprint(func(s []any) []any { ... }(a)...) }
func (tc *Types) printFuncValues() []source.Edit {
	called := map[ast.Expr]bool{}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			called[ast.Unparen(c.Fun)] = true
		}
		return true
	})
	var edits []source.Edit
	conv := ""
	ast.Inspect(tc.File, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || called[sel] {
			return true
		}
		fn, ok := tc.Info.Uses[sel.Sel].(*types.Func)
		sig, known := printFuncSigs[sel.Sel.Name]
		if !ok || !known || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" {
			return true
		}
		if conv == "" {
			elem, ok := tc.dynamicFunc(types.Universe.Lookup("any").Type(), shownAs{kept: true})
			if !ok {
				return false // no cell type with a print method
			}
			conv = "func(s []any) []any { if s == nil { return nil }; out := make([]any, len(s)); for i := 0; i < len(s); i++ { out[i] = " + elem + "(s[i]) }; return out }(a)..."
		}
		text := "func(" + sig.params + ") " + sig.results + " { return " + tc.code(sel) + "(" + sig.format + conv + ") }"
		edits = append(edits, source.Replace(tc.Off(sel.Pos()), tc.Off(sel.End()), text))
		return false
	})
	return edits
}
