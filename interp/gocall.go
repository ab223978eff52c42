package interp

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// goCalls gives a goroutine started with a named function, go f(a, b), the
// deferred recover of gopanic.go: the call moves into a literal whose
// parameters take the arguments at the go statement, as Go evaluates them:
//
//	go worker(ch, n)   →   go func(gopadA0 chan int, gopadA1 int) { defer gopadGoRecover(); worker(gopadA0, gopadA1) }(ch, n)
func (tc *typedChunk) goCalls() []edit {
	var edits []edit
	ast.Inspect(tc.file, func(n ast.Node) bool {
		g, ok := n.(*ast.GoStmt)
		if !ok || tc.off(g.Pos()) < 0 {
			return true
		}
		if _, lit := g.Call.Fun.(*ast.FuncLit); lit {
			return true // gopanic.go's goRecovers
		}
		if e := tc.goCall(g.Call); e != nil {
			edits = append(edits, *e)
		}
		return true
	})
	return edits
}

// goCall returns the edit that wraps call, or nil when its types cannot be
// written (a builtin, a conversion, a type gopad cannot name).
func (tc *typedChunk) goCall(call *ast.CallExpr) *edit {
	tv, ok := tc.info.Types[call.Fun]
	if !ok || tv.IsType() || tv.IsBuiltin() {
		return nil
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok || sig.TypeParams().Len() > 0 {
		return nil
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok || tc.info.Uses[id] == nil {
		return nil // a func value or a method value: evaluated at the go statement in Go
	} else if _, isFunc := tc.info.Uses[id].(*types.Func); !isFunc {
		return nil
	}
	params, args := []string{}, []string{}
	n := sig.Params().Len()
	for i := range call.Args {
		var t types.Type
		switch {
		case sig.Variadic() && i >= n-1 && !call.Ellipsis.IsValid():
			t = sig.Params().At(n - 1).Type().(*types.Slice).Elem()
		case i < n:
			t = sig.Params().At(i).Type()
		default:
			return nil
		}
		if call.Ellipsis.IsValid() && i == len(call.Args)-1 {
			t = t.(*types.Slice).Elem() // the literal is variadic too
		}
		text, ok := tc.typeText(t)
		if !ok {
			return nil
		}
		if call.Ellipsis.IsValid() && i == len(call.Args)-1 {
			text = "..." + text
		}
		name := "gopadA" + strconv.Itoa(i)
		params = append(params, name+" "+text)
		args = append(args, name)
	}
	inner := strings.Join(args, ", ")
	if call.Ellipsis.IsValid() {
		inner += "..."
	}
	text := "func(" + strings.Join(params, ", ") + ") { defer gopadGoRecover(); " + tc.nodeText(call.Fun) + "(" + inner + ") }"
	return &edit{tc.off(call.Fun.Pos()), tc.off(call.Fun.End()), text, 0}
}
