package interp

import (
	"fmt"
	"go/ast"

	"github.com/gopad/gopad/interp/source"
	"github.com/gopad/gopad/kernel/engine"
)

// unsafeUseError refuses a use of package unsafe other than its size
// questions (Sizeof, Alignof, Offsetof, which rewrite/unsafesizes.go
// answers as Go's compiler does): unsafe.Pointer, unsafe.Add,
// unsafe.String... would break the interpreter's memory safety, and the
// session's table of unsafe holds only the size questions (interp/stdlib's
// unsafe.go). nil when ch uses no other name of unsafe.
func (s *Session) unsafeUseError(code string, ch source.Chunk) *engine.Error {
	if ch.Kind != source.Stmt && ch.Kind != source.Decl {
		return nil
	}
	f, err := s.parses.Parse(ch)
	if err != nil {
		return nil
	}
	var found *ast.SelectorExpr
	ast.Inspect(f.AST, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || found != nil {
			return found == nil
		}
		if id, ok := sel.X.(*ast.Ident); ok && s.importedPath(id.Name) == "unsafe" {
			switch sel.Sel.Name {
			case "Sizeof", "Alignof", "Offsetof":
			default:
				found = sel
			}
		}
		return found == nil
	})
	if found == nil {
		return nil
	}
	line, col := ch.CellPos(f.Off(found.Pos()))
	msg := fmt.Sprintf("gopad cannot use unsafe.%s: it would break the interpreter's memory safety; a cell may "+
		"ask unsafe.Sizeof, unsafe.Alignof and unsafe.Offsetof only. Workaround: use encoding/binary, "+
		"strings.Builder or reflect for what unsafe.%s does", found.Sel.Name, found.Sel.Name)
	return positioned(engine.ErrUnsupported, msg, code, line, col)
}
