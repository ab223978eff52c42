package rewrite

import (
	"go/ast"
	"go/token"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// LoopConds gives a three-clause for loop with an init statement but no
// condition and no post statement the condition true:
//
//	for n := head; ; {      →   for n := head; true; {
//		...                         ...
//		n = n.next                  n = n.next
//	}                           }
//
// yaegi compiled such a loop to run its init statement again before every
// iteration (cfg.go, forStmt1: the body's successor is the loop's start,
// the init), so what the body assigned to the variable was lost and a
// list walk never advanced (docs/yaegi-upstream-probe-ab.md); with a
// constant condition it goes from the body to the body. true changes
// nothing else: the cells were checked by go/types before (a function
// ending in the loop needs no return), and yaegi does not ask for one.
var LoopConds = Pass{Name: "loopConds", Wants: holds(hasLoop), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, _ *cursor) bool {
		if f, ok := n.(*ast.ForStmt); ok && f.Init != nil && f.Cond == nil && f.Post == nil {
			if at, ok := semicolonAfter(u, f.Init.End()); ok {
				es.add(source.Insert(at, " true"))
			}
		}
		return true
	})
	return es
}}

// semicolonAfter is the chunk's offset just past the semicolon that
// follows pos across spaces only; false when something else (a comment)
// comes first.
func semicolonAfter(u *Unit, pos token.Pos) (int, bool) {
	text := u.Text[u.Fset.Position(pos).Offset:]
	rest := strings.TrimLeft(text, " \t")
	if !strings.HasPrefix(rest, ";") {
		return 0, false
	}
	return u.Off(pos) + len(text) - len(rest) + 1, true
}
