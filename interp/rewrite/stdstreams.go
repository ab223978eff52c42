package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// A cell's os.Stdout and os.Stderr are the session's writers (yaegi's
// special stdio), typed io.Writer, so the methods of *os.File that
// programs call on them (WriteString, Fd, Name, ...) do not compile. The
// typed pass replaces each use of os.Stdout and os.Stderr with
// gopadBuiltin.Stdout or Stderr: a stdFile with those methods, which
// writes to the same writer as fmt.Print, so output keeps its order and is
// captured and streamed. It has no Close: closing the session's output is
// refused when the cell compiles.

var stdStreamsPass = Pass{
	Name: "stdStreams",
	Wants: func(u *Unit) bool {
		return u.selects(func(s sel, _ string) bool { return s.name == "Stdout" || s.name == "Stderr" })
	},
	Run: func(u *Unit) []source.Edit { return u.Types.stdStreams() },
}

// stdStreams lists the edits that make a chunk's os.Stdout and os.Stderr
// the session's stdFiles. Assignments to them are left alone.
func (tc *Types) stdStreams() []source.Edit {
	assigned := map[ast.Expr]bool{}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				assigned[l] = true
			}
		}
		return true
	})
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || assigned[sel] {
			return true
		}
		v, ok := tc.Info.Uses[sel.Sel].(*types.Var)
		if !ok || v.Pkg() == nil || v.Pkg().Path() != "os" || (v.Name() != "Stdout" && v.Name() != "Stderr") {
			return true
		}
		edits = append(edits, source.Edit{From: tc.Off(sel.Pos()), To: tc.Off(sel.End()), Text: "gopadBuiltin." + v.Name()})
		return false
	})
	return edits
}
