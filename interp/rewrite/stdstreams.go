package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// A cell's os.Stdout and os.Stderr are the session's writers (yaegi's
// special stdio), typed io.Writer, and os.Stdin its reader, so the methods
// of *os.File that programs call on them (WriteString, Fd, Name, ...) do
// not compile. The typed pass replaces each use of os.Stdin, os.Stdout and
// os.Stderr with gopadBuiltin.Stdin, Stdout or Stderr: a stdFile with those
// methods, which
// writes to the same writer as fmt.Print, so output keeps its order and is
// captured and streamed; its Close closes the stream until the cell ends.

var stdStreamsPass = Pass{
	Name:  "stdStreams",
	Wants: usesStdStreams,
	Run:   func(u *Unit) []source.Edit { return u.Types.stdStreams() },
}

// usesStdStreams reports whether the chunk may name os.Stdin, os.Stdout or
// os.Stderr.
func usesStdStreams(u *Unit) bool {
	return u.selects(func(s sel, _ string) bool { return s.name == "Stdin" || s.name == "Stdout" || s.name == "Stderr" })
}

// stdStreams lists the edits that make a chunk's os.Stdin, os.Stdout and
// os.Stderr the session's stdFiles. Assignments to them are left alone.
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
		obj := tc.Info.Uses[sel.Sel]
		if !isStdStream(obj) {
			return true
		}
		edits = append(edits, source.Edit{From: tc.Off(sel.Pos()), To: tc.Off(sel.End()), Text: "gopadBuiltin." + obj.Name()})
		return false
	})
	return edits
}

// namesStdStream reports whether the chunk names os.Stdin, os.Stdout or
// os.Stderr, which %T of an interface holding one must name *os.File.
func (tc *Types) namesStdStream() bool {
	for _, obj := range tc.Info.Uses {
		if isStdStream(obj) {
			return true
		}
	}
	return false
}

// isStdStream reports whether obj is os.Stdin, os.Stdout or os.Stderr.
func isStdStream(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "os" && (v.Name() == "Stdin" || v.Name() == "Stdout" || v.Name() == "Stderr")
}
