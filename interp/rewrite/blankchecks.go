package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var blankChecksPass = Pass{
	Name:  "blankChecks",
	Wants: func(u *Unit) bool { return u.Kind == source.Decl && len(blankCheckSpecs(u.AST)) > 0 },
	Run:   func(u *Unit) []source.Edit { return u.Types.blankChecks() },
}

// blankChecks compiles the declarations that only assert, for the
// compiler, that a type implements an interface, into a function that is
// never called:
//
//	var _ io.Writer = (*nopWriter)(nil)  →  var _ = func() io.Writer { return (*nopWriter)(nil) }
//
// Go evaluates such a value for nothing: the variable is blank and the
// value has no effects. Evaluating it in yaegi would convert a nil pointer
// to the interface, which gopad refuses where a program could see it (see
// typedNil); the function keeps the check (go/types and yaegi compile its
// body) without the conversion.
func (tc *Types) blankChecks() []source.Edit {
	var edits []source.Edit
	for _, s := range blankCheckSpecs(tc.File) {
		if !tc.isBlankCheck(s) {
			continue
		}
		v := s.Values[0]
		edits = append(edits,
			source.Replace(tc.Off(s.Names[0].End()), tc.Off(s.Type.End()), ""),
			source.Edit{From: tc.Off(v.Pos()), To: tc.Off(v.Pos()), Text: "func() " + tc.code(s.Type) + " { return ", Order: 2},
			source.Edit{From: tc.Off(v.End()), To: tc.Off(v.End()), Text: " }", Order: -2})
	}
	return edits
}

// blankCheckSpecs lists the top-level specs of f of the form var _ T = v.
func blankCheckSpecs(f *ast.File) []*ast.ValueSpec {
	var out []*ast.ValueSpec
	for _, s := range initSpecs(f) {
		if len(s.Names) == 1 && s.Names[0].Name == "_" && s.Type != nil && len(s.Values) == 1 {
			out = append(out, s)
		}
	}
	return out
}

// isBlankCheck reports whether s, of blankCheckSpecs, gives an interface
// type a value without effects: conversions, composite literals, new and
// their addresses, of constants and nil.
func (tc *Types) isBlankCheck(s *ast.ValueSpec) bool {
	if t := tc.Info.Types[s.Type].Type; t == nil || !types.IsInterface(t) {
		return false
	}
	pure := true
	ast.Inspect(s.Values[0], func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok && tc.Info.Types[e].IsType() {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if tv, ok := tc.Info.Types[n.Fun]; ok && tv.IsType() {
				return true
			}
			if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "new" {
				_, builtin := tc.Info.Uses[id].(*types.Builtin)
				pure = pure && builtin
				return pure
			}
			pure = false
		case *ast.FuncLit, *ast.IndexExpr, *ast.IndexListExpr, *ast.SliceExpr, *ast.TypeAssertExpr:
			pure = false
		case *ast.UnaryExpr:
			pure = pure && n.Op != token.ARROW
		case *ast.Ident:
			if v, ok := tc.Info.Uses[n].(*types.Var); ok && v.Parent() == tc.Pkg.Scope() {
				pure = false // a variable's value: keep the order of initialization
			}
		}
		return pure
	})
	return pure
}
