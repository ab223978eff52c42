package rewrite

import (
	"go/ast"
	"go/types"
	"reflect"

	"github.com/gopad/gopad/interp/source"
)

// A compiled function given a cell's value calls back into its methods
// (heap.Pop(&pq) calls pq's Less, Swap and Pop) and returns an interface.
// Called again at the same place in a loop, yaegi hands back a value whose
// interpreted type is gone (the second heap.Pop of a heap of a cell's
// interface type: a nil pointer dereference, see
// docs/yaegi-upstream-probe-e.md). A function literal called at once gives
// each call a frame of its own:
//
//	x := heap.Pop(&pq).(Tree)   (in a loop)   →   x := func() any { return heap.Pop(&pq) }().(Tree)

var callbackResultsPass = Pass{
	Name:  "callbackResults",
	Wants: func(u *Unit) bool { return u.has(hasLoop) && u.dynamicNames() && u.callsCompiled(returnsInterface) },
	Run:   func(u *Unit) []source.Edit { return u.Types.callbackResults() },
}

// callbackResults returns the edits of the chunk's calls, in loops, of
// compiled functions that take a cell's value and return an interface.
func (tc *Types) callbackResults() []source.Edit {
	wanted := map[*ast.CallExpr]string{}
	for _, c := range tc.compiledCalls() {
		if rt, ok := tc.callbackResult(c); ok {
			wanted[c.call] = rt
		}
	}
	if len(wanted) == 0 {
		return nil
	}
	var edits []source.Edit
	callsWithPath(tc.File, func(call *ast.CallExpr, path []ast.Node) {
		rt, want := wanted[call]
		if !want || tc.Off(call.Pos()) < 0 || !inLoop(&cursor{stack: path}) {
			return
		}
		from, to := tc.Off(call.Pos()), tc.Off(call.End())
		// Innermost of the wrappers other passes put around the call:
		// inside namelessType's, whose closing text has Order 1<<30.
		edits = append(edits, source.Edit{From: from, To: from, Text: "func() " + rt + " { return ", Order: -1 << 30},
			source.Edit{From: to, To: to, Text: " }()", Order: 1<<30 + 1})
	})
	return edits
}

// returnsInterface reports whether fn, a compiled function, returns one
// interface.
func returnsInterface(fn reflect.Value) bool {
	t := fn.Type()
	return t.NumOut() == 1 && t.Out(0).Kind() == reflect.Interface
}

// callbackResult is the text of c's result type when c, a function of a
// compiled package (not a method, whose receiver other passes rewrite; not
// generic, as the standard library's generic functions reach cells as
// stand-ins), returns one interface and takes a value of a cell's type.
func (tc *Types) callbackResult(c compiledCall) (string, bool) {
	sig := c.fn.Type().(*types.Signature)
	if c.method() || sig.TypeParams().Len() > 0 || sig.Results().Len() != 1 || !types.IsInterface(sig.Results().At(0).Type()) {
		return "", false
	}
	takesCell := false
	for _, a := range c.call.Args {
		if t := tc.Info.Types[a].Type; t != nil && mentionsPackage(t, tc.Pkg) {
			takesCell = true
		}
	}
	if !takesCell {
		return "", false
	}
	return tc.TypeText(sig.Results().At(0).Type())
}
