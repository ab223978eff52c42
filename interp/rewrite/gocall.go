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

// goCalls gives a goroutine started with a named function or a method,
// go f(a, b) or go x.m(a), the deferred recover of gopanic.go: the call
// moves into a literal whose parameters take the receiver and the
// arguments at the go statement, as Go evaluates them (yaegi read a method
// call's receiver when the goroutine ran: every goroutine a loop started
// with go p.run() ran on the last p):
//
//	go worker(ch, n)   →   go func(gopadA0 chan int, gopadA1 int) { defer gopadGoRecover(); worker(gopadA0, gopadA1) }(ch, n)
//	go p.run(&wg)      →   go func(gopadR *P, gopadA0 *sync.WaitGroup) { defer gopadGoRecover(); gopadR.run(gopadA0) }(p, &wg)
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
		edits = append(edits, tc.goCall(g.Call)...)
		return true
	})
	return edits
}

// goCall returns the edits that wrap call, none when its types cannot be
// written (a builtin, a conversion, a type gopad cannot name) or when its
// function is a func value.
func (tc *Types) goCall(call *ast.CallExpr) []source.Edit {
	tv, ok := tc.Info.Types[call.Fun]
	if !ok || tv.IsType() || tv.IsBuiltin() {
		return nil
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok || sig.TypeParams().Len() > 0 {
		return nil
	}
	params, args, ok := tc.goParams(call, sig)
	if !ok {
		return nil
	}
	inner := strings.Join(args, ", ")
	if call.Ellipsis.IsValid() {
		inner += "..."
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return tc.goMethodCall(call, sel, params, inner)
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok || tc.Info.Uses[id] == nil {
		return nil // a func value: evaluated at the go statement in Go
	} else if _, isFunc := tc.Info.Uses[id].(*types.Func); !isFunc {
		return nil
	}
	text := "func(" + strings.Join(params, ", ") + ") { defer gopadGoRecover(); " + tc.code(call.Fun) + "(" + inner + ") }"
	return []source.Edit{{From: tc.Off(call.Fun.Pos()), To: tc.Off(call.Fun.End()), Text: text}}
}

// goParams returns the literal's parameters and the names the call
// inside passes on, for the arguments of call of a function of type sig.
func (tc *Types) goParams(call *ast.CallExpr, sig *types.Signature) (params, args []string, ok bool) {
	n := sig.Params().Len()
	for i := range call.Args {
		var t types.Type
		switch {
		case sig.Variadic() && i >= n-1 && !call.Ellipsis.IsValid():
			t = sig.Params().At(n - 1).Type().(*types.Slice).Elem()
		case i < n:
			t = sig.Params().At(i).Type()
		default:
			return nil, nil, false
		}
		if call.Ellipsis.IsValid() && i == len(call.Args)-1 {
			t = t.(*types.Slice).Elem() // the literal is variadic too
		}
		text, ok := tc.TypeText(t)
		if !ok {
			return nil, nil, false
		}
		if call.Ellipsis.IsValid() && i == len(call.Args)-1 {
			text = "..." + text
		}
		name := "gopadA" + strconv.Itoa(i)
		params = append(params, name+" "+text)
		args = append(args, name)
	}
	return params, args, true
}

// goMethodCall returns the edits for go x.m(args): the literal takes the
// receiver as Go's method value does (the address of an addressable value
// for a pointer method, a copy for a value method) as its first argument.
// x's text stays in place, so that other rewrites of it still apply.
func (tc *Types) goMethodCall(call *ast.CallExpr, sel *ast.SelectorExpr, params []string, inner string) []source.Edit {
	s := tc.Info.Selections[sel]
	xt := tc.Info.Types[sel.X].Type
	if s == nil || s.Kind() != types.MethodVal || xt == nil {
		return nil
	}
	open, close := "", ""
	if !types.IsInterface(xt) {
		_, ptrRecv := s.Obj().(*types.Func).Type().(*types.Signature).Recv().Type().(*types.Pointer)
		_, xPtr := xt.Underlying().(*types.Pointer)
		switch {
		case ptrRecv && !xPtr:
			xt, open, close = types.NewPointer(xt), "&(", ")"
		case !ptrRecv && xPtr && len(s.Index()) == 1:
			xt, open, close = xt.Underlying().(*types.Pointer).Elem(), "*(", ")"
		case !ptrRecv && xPtr:
			return nil // a promoted value method through a pointer
		}
	}
	rt, ok := tc.TypeText(xt)
	if !ok {
		return nil
	}
	path, _ := embeddedInterfacePath(s.Recv(), s.Index()) // promotedcalls.go
	lit := "func(" + strings.Join(append([]string{"gopadR " + rt}, params...), ", ") + ") { defer gopadGoRecover(); gopadR" +
		path + "." + sel.Sel.Name + "(" + inner + ") }("
	if len(call.Args) > 0 {
		close += ", "
	}
	return []source.Edit{
		{From: tc.Off(call.Fun.Pos()), To: tc.Off(sel.X.Pos()), Text: lit + open, Order: 2},
		source.Replace(tc.Off(sel.X.End()), tc.Off(call.Lparen)+1, close),
	}
}
