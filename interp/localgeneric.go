package interp

import (
	"fmt"
	"go/ast"
	"strings"

	"github.com/gopad/gopad/interp/source"
	"github.com/gopad/gopad/kernel/engine"
)

// localGenericError refuses a generic type declared in a function's body
// that rewrite.LocalTypes could not move to the package level (its name
// is declared there, or by another function too; it is declared in a
// nested block or a function literal), before yaegi sees it:
// yaegi has no local generic types and fails with "type definition not
// implemented: fieldList". moved is ch's source after the move, with
// the lines of ch.Src. nil when nothing is left.
func (s *Session) localGenericError(code string, ch source.Chunk, moved string) *engine.Error {
	if ch.Kind != source.Decl && ch.Kind != source.Stmt || !strings.Contains(moved, "[") {
		return nil
	}
	f, err := s.parses.Parse(source.Chunk{Kind: ch.Kind, Src: moved})
	if err != nil {
		return nil
	}
	var found *ast.TypeSpec
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		body, ok := n.(*ast.BlockStmt)
		if !ok {
			return true
		}
		ast.Inspect(body, func(n ast.Node) bool {
			if ts, ok := n.(*ast.TypeSpec); ok && ts.TypeParams != nil && found == nil {
				found = ts
			}
			return found == nil
		})
		return false
	})
	if found == nil {
		return nil
	}
	name := found.Name.Name
	// The move keeps lines: find the name on its line of the chunk.
	lineNo := strings.Count(moved[:f.Off(found.Pos())], "\n")
	lines := strings.SplitAfter(ch.Src, "\n")
	off := 0
	if lineNo < len(lines) {
		for _, l := range lines[:lineNo] {
			off += len(l)
		}
		off += max(0, strings.Index(lines[lineNo], name))
	}
	line, col := ch.CellPos(off)
	msg := fmt.Sprintf("the generic type %s is declared inside a function, and the interpreter has no local "+
		"generic types; gopad moves one to the package level only when it is declared directly in a declared "+
		"function's body and no other declaration there or in another function has its name. Declare %s at the "+
		"package level, under a name of its own", name, name)
	return positioned(engine.ErrUnsupported, msg, code, line, col)
}
