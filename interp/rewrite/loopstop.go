package rewrite

import (
	"go/ast"

	"github.com/gopad/gopad/interp/source"
)

// LoopStop puts the interrupt's check (see interrupt.go in interp) at the
// end of every loop body. It comes after the body's statements, because
// yaegi finds the position of a panic by the first node that runs the
// same code as the one that panicked: a check before them would take their
// places in tracebacks. A continue skips it; a loop that always continues
// is stopped by yaegi's cancellation instead. The check stays on the line
// of the closing brace, so no position of the cell's code moves.
var LoopStop = Pass{Name: "loopStop", Wants: holds(hasLoop), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, _ *cursor) bool {
		switch n := n.(type) {
		case *ast.ForStmt:
			es.add(stopCheck(u, n.Body)...)
		case *ast.RangeStmt:
			es.add(stopCheck(u, n.Body)...)
		}
		return true
	})
	return es
}}

func stopCheck(u *Unit, body *ast.BlockStmt) []source.Edit {
	const check = "if *gp_.Stop != 0 { gp_.Halt() }"
	if body == nil {
		return nil
	}
	text := "; " + check + " "
	if len(body.List) == 0 {
		// (ended by a semicolon: rangeAssign's "i = gopadRK;" may land
		// after it in an empty body, for i = range s {})
		text = check + ";"
	}
	at := u.Off(body.Rbrace)
	return []source.Edit{{From: at, To: at, Text: text, Order: 2}}
}
