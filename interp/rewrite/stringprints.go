package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// Prints of strings in loops (see LoopPrints): where the chunk is
// type-checked, its types tell which prints print a string, and they become
// gs_.Print or Println before the syntax phase looks at them.

// stringPrintPass only saves time, and not enough to pay for a check.
var stringPrintPass = Pass{
	Name:  "stringPrint",
	Wants: never,
	Run:   func(u *Unit) []source.Edit { return u.Types.stringPrints(u.Stmt()) },
}

// stringPrints returns the edits that make prints of strings in loops
// gs_.Print or Println, from the chunk's types: the operand's type is
// string (or an untyped string constant), and it uses the session's
// variables only in a statement chunk, outside function literals. fmt must
// be named fmt.
func (tc *Types) stringPrints(stmt bool) []source.Edit {
	lits := FuncLitsOf(tc.File)
	var edits []source.Edit
	for _, p := range LoopPrintCalls(tc.File) {
		if p.Pkg.Name != "fmt" {
			continue
		}
		if pn, ok := tc.Info.Uses[p.Pkg].(*types.PkgName); !ok || pn.Imported().Path() != "fmt" {
			continue
		}
		if tc.isString(p.Call.Args[0], stmt && !lits.Contain(p.Call.Pos())) {
			edits = append(edits, source.Edit{From: tc.Off(p.Pkg.Pos()), To: tc.Off(p.Pkg.End()), Text: "gs_"})
		}
	}
	return edits
}

// isString reports whether e is of type string, using the session's
// variables only if globals.
func (tc *Types) isString(e ast.Expr, globals bool) bool {
	tv, ok := tc.Info.Types[e]
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
		if v, ok := tc.Info.Uses[id].(*types.Var); ok && v.Parent() == tc.Pkg.Scope() {
			usesGlobals = true
		}
		return !usesGlobals
	})
	return globals || !usesGlobals
}
