package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

var namedPanicsPass = Pass{
	Name: "namedPanics",
	Wants: func(u *Unit) bool {
		return u.sights().calledIdents["panic"] && (u.dynamicNames() || u.sights().nilPanics)
	},
	Run: func(u *Unit) []source.Edit { return u.Types.namedPanics() },
}

// namedPanics notes the Go name of a panic's value of a cell's type over a
// basic type without Error or String methods (panic(State("done"))):
// inside the panic yaegi keeps it paired with its type, and an uncaught
// one was reported as the pair ({0xc000… {…}}) where Go prints
// main.State("done"). The value itself panics, unchanged, so recover()
// gets a State:
//
//	panic(s)  →  { gopadP := s; gopadBuiltin.NotePanic("main.State", gopadP); panic(gopadP) }
//
// Such a value with an Error or String method (panic(Errno(2))) is
// reported by the method's text, as Go's runtime prints it; the method
// runs only when the panic is reported:
//
//	panic(e)  →  { gopadP := e; gopadBuiltin.NotePanicText(func() string { return any(gopadP).(Errno).Error() }, gopadP); panic(gopadP) }
//
// panic(nil) panics with Go's *runtime.PanicNilError, which recover()
// returns (yaegi's returned nil, as for no panic):
//
//	panic(nil)  →  panic(gopadBuiltin.PanicNil())
func (tc *Types) namedPanics() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		st, ok := n.(*ast.ExprStmt)
		if !ok {
			return true
		}
		call, ok := st.X.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !tc.isBuiltin(call.Fun, "panic") {
			return true
		}
		a := call.Args[0]
		if tc.Info.Types[a].IsNil() {
			edits = append(edits, source.Replace(tc.Off(a.Pos()), tc.Off(a.End()), "gopadBuiltin.PanicNil()"))
			return true
		}
		note := ""
		if name, ok := tc.panicName(a); ok {
			note = "gopadBuiltin.NotePanic(" + strconv.Quote(name) + ", gopadP)"
		} else if m := tc.panicMethod(a); m != "" {
			if tt, ok := tc.TypeText(tc.Info.Types[a].Type); ok {
				// (another pass may hand the value over as an any)
				note = "gopadBuiltin.NotePanicText(func() string { return any(gopadP).(" + tt + ")." + m + "() }, gopadP)"
			}
		}
		if note != "" {
			edits = append(edits,
				source.Edit{From: tc.Off(st.Pos()), To: tc.Off(a.Pos()), Text: "{ gopadP := "},
				source.Edit{From: tc.Off(a.End()), To: tc.Off(st.End()), Text: "; " + note + "; panic(gopadP) }"})
		}
		return true
	})
	return edits
}

// panicName is the Go name of a's type when it is a cell's type over a
// basic type without Error or String methods.
func (tc *Types) panicName(a ast.Expr) (string, bool) {
	nt, ok := tc.Info.Types[a].Type.(*types.Named)
	if !ok || nt.Obj().Pkg() != tc.Pkg || nt.TypeParams().Len() > 0 || printMethod(nt) != "" || printMethod(types.NewPointer(nt)) != "" {
		return "", false
	}
	if _, basic := nt.Underlying().(*types.Basic); !basic {
		return "", false
	}
	return tc.goTypeName(nt)
}

// panicMethod is the Error or String method of a's type when it is a
// cell's type over a basic type with one (not through a pointer), which
// yaegi keeps paired with its type inside the panic; "" otherwise.
func (tc *Types) panicMethod(a ast.Expr) string {
	nt, ok := tc.Info.Types[a].Type.(*types.Named)
	if !ok || nt.Obj().Pkg() != tc.Pkg || nt.TypeParams().Len() > 0 {
		return ""
	}
	if _, basic := nt.Underlying().(*types.Basic); !basic {
		return ""
	}
	return printMethod(nt)
}
