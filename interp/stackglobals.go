package interp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"

	"github.com/gopad/gopad/interp/rewrite"
	"github.com/gopad/gopad/interp/source"
)

// noteStackGlobals decides, at the first statement chunk of r's cell,
// which variables its statements (and var declarations) declare that Go
// would keep on the stack
// (rewrite.Types.StackGlobals): in Go they are main's own, but a cell's
// statements run as chunks of their own, where they are the session's.
// Only a cell that reads a capacity and appends needs the check.
func (s *Session) noteStackGlobals(r *cellRun) {
	if r.stackDone {
		return
	}
	r.stackDone = true
	s.cellStack = map[string]bool{}
	if !strings.Contains(r.code, "cap(") || !strings.Contains(r.code, "append(") {
		return
	}
	src := cellStatements(r.cell)
	if tc := rewrite.Check(source.Chunk{Kind: source.Stmt, Src: src, Line: 1, Col: 1}, s.typeEnv(src, true)); tc != nil {
		s.cellStack = tc.StackGlobals()
	}
}

// cellStatements is the text of cell's statements and var declarations,
// as the body of main they stand for.
func cellStatements(cell *source.Cell) string {
	var stmts []string
	for _, ch := range cell.Chunks {
		if ch.Kind == source.Stmt || ch.Kind == source.Decl && onlyVars(ch.Src) {
			stmts = append(stmts, ch.Src)
		}
	}
	return strings.Join(stmts, "\n")
}

// onlyVars reports whether the declaration chunk src declares variables
// only: as a statement, it declares them as main's own would be.
func onlyVars(src string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) == 0 {
		return false
	}
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); !ok || g.Tok != token.VAR {
			return false
		}
	}
	return true
}
