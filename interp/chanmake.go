package interp

import (
	"go/ast"
	"go/types"
	"strings"
)

// yaegi makes channels with reflect.MakeChan, which rejects a
// unidirectional type (make(chan<- int): "reflect.MakeChan: unidirectional
// channel type"). Go makes the channel and gives it the one direction; the
// pass makes a bidirectional channel and converts it:
//
//	make(chan<- int, 1)   →   (chan<- int)(make(chan int, 1))

// directedMakes returns the edits for make of unidirectional channels.
func (tc *typedChunk) directedMakes() []edit {
	var edits []edit
	ast.Inspect(tc.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 || tc.off(call.Pos()) < 0 {
			return true
		}
		id, ok := call.Fun.(*ast.Ident)
		if !ok {
			return true
		}
		if b, ok := tc.info.Uses[id].(*types.Builtin); !ok || b.Name() != "make" {
			return true
		}
		ct, ok := ast.Unparen(call.Args[0]).(*ast.ChanType)
		if !ok || ct.Dir == ast.SEND|ast.RECV {
			return true
		}
		edits = append(edits, around(tc.off(call.Pos()), tc.off(call.End()), "("+tc.nodeText(ct)+")(", ")")...)
		edits = append(edits, edit{tc.off(ct.Pos()), tc.off(ct.Value.Pos()), "chan ", 0})
		return true
	})
	return edits
}

// mentionsDirectedMake is the cheap test before a type check.
func mentionsDirectedMake(src string) bool {
	return strings.Contains(src, "make(chan<-") || strings.Contains(src, "make(<-chan")
}
