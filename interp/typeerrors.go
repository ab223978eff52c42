package interp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
	"github.com/gopad/gopad/kernel/engine"
)

// Compile errors in Go's words. When yaegi refuses a chunk, go/types checks
// it again in the session's context (its imports, declarations and
// top-level variables); if go/types finds an error in the chunk, that error
// is reported, with its position: the message and column gc would give
// (`undefined: undefinedThing` under the name, `cannot use "hello" (untyped
// string constant) as int value in variable declaration`). yaegi's own
// message remains where go/types finds nothing.
//
// Errors go/types calls soft (a variable declared and not used, an import
// not used) are left out: every statement chunk is checked as the body of
// a function, where a cell's top-level variables would be unused, and
// yaegi does not report them either.

// goTypesError returns go/types' first error in chunk ch of the cell code,
// positioned in the cell, or nil when go/types finds none there.
func (s *Session) goTypesError(code string, ch source.Chunk) *engine.Error {
	errs := s.chunkTypeErrors(ch)
	if len(errs) == 0 {
		return nil
	}
	first := errs[0]
	for _, e := range errs[1:] {
		if e.off < first.off {
			first = e
		}
	}
	line, col := cellPosition(ch, first.off)
	return positioned(engine.ErrCompile, first.Msg, code, line, col)
}

// chunkError is an error go/types finds in a chunk, at a byte offset of it.
type chunkError struct {
	types.Error
	off int
}

// chunkTypeErrors type-checks chunk ch in the session's context and
// returns the (hard) errors in the chunk itself.
func (s *Session) chunkTypeErrors(ch source.Chunk) []chunkError {
	imports, _ := s.importBlock()
	stmt := ch.Kind == source.Stmt
	prefix := "package p\n" + imports
	if stmt {
		prefix += "func _() {\n"
	}
	text := prefix + ch.Src
	if stmt {
		text += "\n}"
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "chunk", text, parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	files := []*ast.File{f}
	if ctx := s.typeContext(ch.Src, stmt); ctx != "" {
		if cf, err := parser.ParseFile(fset, "session", "package p\n"+imports+ctx, parser.SkipObjectResolution); err == nil {
			files = append(files, cf)
		}
	}
	var errs []chunkError
	conf := types.Config{Importer: s.typesImporter(), Error: func(err error) {
		te, ok := err.(types.Error)
		if !ok || te.Soft {
			return
		}
		p := fset.Position(te.Pos)
		off := p.Offset - len(prefix)
		if p.Filename != "chunk" || off < 0 || off > len(ch.Src) {
			return
		}
		errs = append(errs, chunkError{te, off})
	}}
	conf.Check("p", fset, files, nil)
	return errs
}

// cellPosition converts a byte offset in chunk ch's source into the cell's
// 1-based line and column.
func cellPosition(ch source.Chunk, off int) (line, col int) {
	before := ch.Src[:off]
	n := strings.Count(before, "\n")
	col = off - strings.LastIndexByte(before, '\n') // 1-based
	if n == 0 {
		col += ch.Col - 1
	}
	return ch.Line + n, col
}

// goCompileError returns, for yaegi's compile error e of chunk ch (src as
// rewritten for yaegi), the error as Go words it when go/types or gopad
// can tell, else e.
func (s *Session) goCompileError(e *engine.Error, code string, ch source.Chunk, src string) *engine.Error {
	if te := s.goTypesError(code, ch); te != nil {
		return te
	}
	if msg := s.missingStdGeneric(ch.Src, ch.Kind == source.Stmt); msg != "" {
		return positioned(engine.ErrUnsupported, msg, code, ch.Line, ch.Col)
	}
	if strings.Contains(e.Value, "constant definition loop") {
		// yaegi's wording for a := of an undefined name.
		if name := s.undefinedIn(src); name != "" {
			return positioned(engine.ErrCompile, "undefined: "+name, code, ch.Line, ch.Col)
		}
	}
	return e
}
