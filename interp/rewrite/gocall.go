package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var goCallPass = Pass{
	Name:  "goCall",
	Wants: func(u *Unit) bool { return u.has(hasGo) },
	Run:   func(u *Unit) []source.Edit { return u.Types.goCalls() },
}

// goCalls gives a goroutine started with a named function, go f(a, b), the
// deferred recover of gopanic.go: the call moves into a literal whose
// parameters take the arguments at the go statement, as Go evaluates them:
//
//	go worker(ch, n)   →   go func(gopadA0 chan int, gopadA1 int) { defer gopadGoRecover(); worker(gopadA0, gopadA1) }(ch, n)
func (tc *Types) goCalls() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		g, ok := n.(*ast.GoStmt)
		if !ok || tc.Off(g.Pos()) < 0 {
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
func (tc *Types) goCall(call *ast.CallExpr) *source.Edit {
	tv, ok := tc.Info.Types[call.Fun]
	if !ok || tv.IsType() || tv.IsBuiltin() {
		return nil
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok || sig.TypeParams().Len() > 0 {
		return nil
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok || tc.Info.Uses[id] == nil {
		return nil // a func value or a method value: evaluated at the go statement in Go
	} else if _, isFunc := tc.Info.Uses[id].(*types.Func); !isFunc {
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
		text, ok := tc.TypeText(t)
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
	text := "func(" + strings.Join(params, ", ") + ") { defer gopadGoRecover(); " + tc.code(call.Fun) + "(" + inner + ") }"
	return &source.Edit{From: tc.Off(call.Fun.Pos()), To: tc.Off(call.Fun.End()), Text: text}
}
