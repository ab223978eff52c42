package interp

import (
	"go/ast"
	"go/types"
	"strings"
)

// constSends converts a constant sent on a channel to the channel's element
// type:
//
//	ch <- 1   →   ch <- float64(1)      (ch a chan float64)
//
// yaegi sends an untyped constant of a select's send case as its default
// type (int), which reflect.Select refuses for a chan float64; and the
// interrupt (interrupt.go) makes every send statement such a case. A
// channel of interfaces takes the default type, as in Go.
func (tc *typedChunk) constSends() []edit {
	var edits []edit
	ast.Inspect(tc.file, func(n ast.Node) bool {
		send, ok := n.(*ast.SendStmt)
		if !ok {
			return true
		}
		if tv, ok := tc.info.Types[send.Value]; !ok || tv.Value == nil {
			return true
		}
		ch, ok := tc.info.TypeOf(send.Chan).Underlying().(*types.Chan)
		if !ok || types.IsInterface(ch.Elem()) {
			return true
		}
		elem, ok := tc.typeText(ch.Elem())
		if !ok {
			return true
		}
		edits = append(edits, around(tc.off(send.Value.Pos()), tc.off(send.Value.End()), elem+"(", ")")...)
		return true
	})
	return edits
}

// mentionsSend reports whether src may send on a channel.
func mentionsSend(src string) bool { return strings.Contains(src, "<-") }
