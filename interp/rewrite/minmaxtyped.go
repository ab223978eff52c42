package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var minMaxTypedPass = Pass{
	Name: "minMaxTyped",
	// A min or max near a compiled package's name or a field (time.Second,
	// w.FreeAt), or of a session variable of a compiled package's type.
	Wants: func(u *Unit) bool {
		s := u.sights()
		if !s.calledIdents["min"] && !s.calledIdents["max"] {
			return false
		}
		compiledVar := func(args []ast.Expr) bool {
			for _, a := range args {
				if id, ok := ast.Unparen(a).(*ast.Ident); ok && u.Scope != nil {
					if v, ok := u.Scope.Global(id.Name); ok && v.IsValid() && v.Type().PkgPath() != "" && v.Type().PkgPath() != "main" {
						return true
					}
				}
			}
			return false
		}
		return len(s.sels) > 0 || u.callsWith("min", compiledVar) || u.callsWith("max", compiledVar)
	},
	Run: func(u *Unit) []source.Edit { return u.Types.minMaxTyped() },
}

// minMaxTyped writes min and max of values of a compiled package's named
// type (time.Duration, os.FileMode) as a function literal of that type.
// The syntax phase's minMax calls the prelude's generic gopadMin and
// gopadMax instead, which yaegi cannot instantiate with a type of a package
// the prelude did not import (a CFG post-order panic, or nil reflect type):
//
//	max(start, w.FreeAt)  →  func(gopadM ...time.Duration) time.Duration { gopadR := gopadM[0]; for _, gopadV := range gopadM[1:] { if gopadV > gopadR { gopadR = gopadV } }; return gopadR }(start, w.FreeAt)
func (tc *Types) minMaxTyped() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		call, name, ok := tc.callOfBuiltin(n, "min", "max")
		if !ok {
			return true
		}
		named, ok := tc.Info.Types[call].Type.(*types.Named)
		if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() == tc.Pkg {
			return true
		}
		t, ok := tc.TypeText(named)
		if !ok {
			return true
		}
		op := ">"
		if name == "min" {
			op = "<"
		}
		open := "func(gopadM ..." + t + ") " + t + " { gopadR := gopadM[0]; for _, gopadV := range gopadM[1:] { if gopadV " + op +
			" gopadR { gopadR = gopadV } }; return gopadR }("
		edits = append(edits, source.Replace(tc.Off(call.Fun.Pos()), tc.Off(call.Lparen)+1, open))
		return true
	})
	return edits
}
