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
// chunk, forgets it; a write of v in a function, which may run at any
// time, forgets it for good (funcWritten).

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
// cell type whose reflect.ValueOf it assigns a session variable, if any.
func (s *Session) noteValueType(ch source.Chunk) {
	if ch.Kind != source.Stmt || !strings.Contains(ch.Src, "ValueOf") {
		return
	}
	tc := s.checker()(ch)
	if tc == nil {
		return
	}
	name, short, ok := tc.TopValueAssign()
	if ok && !s.funcWritten[name] {
		s.valueTypes[name] = short
	}
}
