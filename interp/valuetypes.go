package interp

import (
	"go/ast"
	"strings"

	"github.com/gopad/gopad/interp/rewrite"
	"github.com/gopad/gopad/interp/source"
)

// In a notebook, main's `v := reflect.ValueOf(x1)` and a later
// `v = reflect.ValueOf(x3)` are statement chunks of their own, often in
// other cells than the `v.Type()` that reads v: the session variable v
// has no one value that one chunk could read. Statement chunks run once
// each, in order, so the session notes what the last one that wrote v gave
// it: valueTypes maps v to the short name of the cell type over a basic
// type reflected (rewrite.Types.TopValueAssign), which the passes give
// v.Type() (rewrite/reflectnameless.go). Every other write of v, in any
// chunk, forgets it; for a v that a function writes (funcWritten), so does
// a chunk that may call the cells' code. The passes use the note only
// where the chunk calls no cell code before the read.

// forgetValueTypes forgets what the session noted of the variables chunk
// ch (parsed as f) writes or declares, before it runs.
func (s *Session) forgetValueTypes(ch source.Chunk, f *ast.File) {
	for _, name := range rewrite.AssignedNames(f) {
		delete(s.valueTypes, name)
	}
	for _, name := range rewrite.FuncWrittenNames(ch.Src, ch.Kind == source.Stmt) {
		delete(s.valueTypes, name)
		s.funcWritten[name] = true
	}
}

// noteValueType notes, once statement chunk ch checked and rewritten, the
// cell type whose reflect.ValueOf it assigns a session variable, if any;
// and forgets what it noted of the variables a function writes when ch
// may call such a function (rewrite.Types.CellCode).
func (s *Session) noteValueType(ch source.Chunk) {
	assigns := strings.Contains(ch.Src, "ValueOf")
	if ch.Kind != source.Stmt || !assigns && !s.funcWrittenNoted() {
		return
	}
	tc := s.checker()(ch)
	if tc == nil {
		return
	}
	if tc.CellCode() {
		for name := range s.valueTypes {
			if s.funcWritten[name] {
				delete(s.valueTypes, name)
			}
		}
	}
	if name, short, ok := tc.TopValueAssign(); ok {
		s.valueTypes[name] = short
	}
}

// funcWrittenNoted reports whether the session noted a variable that a
// function writes.
func (s *Session) funcWrittenNoted() bool {
	for name := range s.valueTypes {
		if s.funcWritten[name] {
			return true
		}
	}
	return false
}
