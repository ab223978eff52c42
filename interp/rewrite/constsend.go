package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var constSendPass = Pass{
	Name:  "constSend",
	Wants: func(u *Unit) bool { return u.sights().sends },
	Run:   func(u *Unit) []source.Edit { return u.Types.constSends() },
}

// constSends converts a constant sent on a channel to the channel's element
// type, and nil to the channel's nil:
//
//	ch <- 1     →   ch <- (float64)(1)      (ch a chan float64)
//	errc <- nil →   errc <- (error)(nil)
//
// yaegi sends an untyped constant of a select's send case as its default
// type (int) and nil as a nil interface{}, which reflect.Select refuses
// for a chan float64 or a chan error; and the
// interrupt's rewrite makes every send statement such a case. A channel of
// interfaces takes the default type, as in Go.
func (tc *Types) constSends() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		send, ok := n.(*ast.SendStmt)
		if !ok {
			return true
		}
		tv, ok := tc.Info.Types[send.Value]
		if !ok || tv.Value == nil && !tv.IsNil() {
			return true
		}
		ch, ok := tc.Info.TypeOf(send.Chan).Underlying().(*types.Chan)
		if !ok || types.IsInterface(ch.Elem()) && !tv.IsNil() {
			return true
		}
		elem, ok := tc.TypeText(ch.Elem())
		if !ok {
			return true
		}
		edits = append(edits, source.Around(tc.Off(send.Value.Pos()), tc.Off(send.Value.End()), "("+elem+")(", ")")...)
		return true
	})
	return edits
}
