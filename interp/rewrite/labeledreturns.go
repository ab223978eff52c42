package rewrite

import (
	"go/ast"

	"github.com/gopad/gopad/interp/source"
)

// LabeledReturns puts an empty statement between a label and the bare
// return it labels:
//
//	done:            →   done: ;
//		return               return
//
// yaegi wires a goto to a label on a return without results into a
// cycle of its own exec closures, and the first goto taken overflows the
// stack and kills the session's process (cfg.go, setExec). With the label
// on an empty statement, the goto lands on the return that follows it,
// which is what Go does.
var LabeledReturns = Pass{Name: "labeledReturns", Wants: holds(hasLabeledReturn), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, _ *cursor) bool {
		if l, ok := n.(*ast.LabeledStmt); ok && isBareReturn(l.Stmt) {
			es.add(source.Insert(u.Off(l.Colon)+1, " ;"))
		}
		return true
	})
	return es
}}

// isBareReturn reports whether st is a return statement without results.
func isBareReturn(st ast.Stmt) bool {
	r, ok := st.(*ast.ReturnStmt)
	return ok && len(r.Results) == 0
}
