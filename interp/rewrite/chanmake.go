package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var directedMakePass = Pass{
	Name:  "directedMake",
	Wants: func(u *Unit) bool { return u.sights().calledIdents["make"] },
	Run:   func(u *Unit) []source.Edit { return u.Types.directedMakes() },
}

// yaegi makes channels with reflect.MakeChan, which rejects a
// unidirectional type (make(chan<- int): "reflect.MakeChan: unidirectional
// channel type"). Go makes the channel and gives it the one direction; the
// pass makes a bidirectional channel and converts it:
//
//	make(chan<- int, 1)   →   (chan<- int)(make(chan int, 1))

// directedMakes returns the edits for make of unidirectional channels.
func (tc *Types) directedMakes() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 || tc.Off(call.Pos()) < 0 {
			return true
		}
		id, ok := call.Fun.(*ast.Ident)
		if !ok {
			return true
		}
		if b, ok := tc.Info.Uses[id].(*types.Builtin); !ok || b.Name() != "make" {
			return true
		}
		ct, ok := ast.Unparen(call.Args[0]).(*ast.ChanType)
		if !ok {
			edits = append(edits, tc.namedDirectedMake(call)...)
			return true
		}
		if ct.Dir == ast.SEND|ast.RECV {
			return true
		}
		edits = append(edits, source.Around(tc.Off(call.Pos()), tc.Off(call.End()), "("+tc.code(ct)+")(", ")")...)
		edits = append(edits, source.Edit{From: tc.Off(ct.Pos()), To: tc.Off(ct.Value.Pos()), Text: "chan "})
		return true
	})
	return edits
}

// namedDirectedMake is the edit of make(T) for a named unidirectional
// channel type (type Recv <-chan int): make(T, n) → (T)(make(chan int, n)).
func (tc *Types) namedDirectedMake(call *ast.CallExpr) []source.Edit {
	arg := call.Args[0]
	t := tc.Info.Types[arg].Type
	if t == nil {
		return nil
	}
	ch, ok := t.Underlying().(*types.Chan)
	if !ok || ch.Dir() == types.SendRecv {
		return nil
	}
	elem, ok := tc.TypeText(ch.Elem())
	if !ok {
		return nil
	}
	return append(source.Around(tc.Off(call.Pos()), tc.Off(call.End()), "("+tc.code(arg)+")(", ")"),
		source.Replace(tc.Off(arg.Pos()), tc.Off(arg.End()), "chan "+elem))
}
