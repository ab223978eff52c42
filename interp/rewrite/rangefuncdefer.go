package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// A defer in the body of a range over a function defers to the end of the
// function around the loop in Go, not to the end of one call of the yield
// function the loop becomes (rangeFuncs). The rewritten loop keeps the
// deferred calls in a list of the outermost rewritten loop, which defers,
// before the loop, a function that defers each call of the list in turn:
// they run last first, and one that panics does not stop the others:
//
//	for i := range seq {         gopadDf1 := []func(){}; defer func() { for gopadI := 0; gopadI < len(gopadDf1); gopadI++ { defer gopadDf1[gopadI]() } }(); seq(func(i int) bool {
//		defer save(i)     →          gopadDf1 = append(gopadDf1, func(gopadD0 int) func() { return func() { save(gopadD0) } }(i))
//	}                            ...
//
// The function, its receiver and its arguments are taken at the defer
// statement, as Go takes them, through the parameters of a literal (fresh
// for each defer). A deferred function literal that calls recover is
// left to the interpreter (recover would not stop the panic from inside
// the list's runner), as is a defer among a cell's top-level statements.

// deferStmt rewrites x, a defer of the loop's body, as an append to the
// top loop's list; y.ok false when it cannot.
func (y *yieldBody) deferStmt(x *ast.DeferStmt) {
	top := y.top()
	if y.fn == nil || !top.ok {
		y.ok = false
		return
	}
	fn, ok := y.tc.deferredFunc(x.Call)
	if !ok {
		y.ok = false
		return
	}
	top.defers = true
	y.deferred = append(y.deferred, x)
	list := top.deferList()
	y.edits = append(y.edits, source.Edit{From: y.tc.Off(x.Pos()), To: y.tc.Off(x.End()),
		Text: fmt.Sprintf("%s = append(%s, %s)", list, list, fn)})
}

// deferList is the name of the list of y, a top loop.
func (y *yieldBody) deferList() string { return strings.Replace(y.flag, "Ret", "Df", 1) }

// deferRunner is the text that declares y's list and defers its run,
// before the loop.
func (y *yieldBody) deferRunner() string {
	list := y.deferList()
	return fmt.Sprintf("%s := []func(){}; defer func() { for gopadI := 0; gopadI < len(%s); gopadI++ { defer %s[gopadI]() } }(); ", list, list, list)
}

// deferredFunc writes the func() that runs call as a defer of it would,
// with its function's receiver and its arguments taken now; false when it
// cannot.
func (tc *Types) deferredFunc(call *ast.CallExpr) (string, bool) {
	if lit, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok && callsRecover(lit.Body) {
		return "", false
	}
	if lit, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok && len(call.Args) == 0 {
		return tc.code(lit), true
	}
	ptypes, ok := tc.deferredParams(call)
	if !ok {
		return "", false
	}
	var params, args, uses []string
	fun := tc.code(call.Fun)
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, found := tc.Info.Selections[sel]; found && s.Kind() == types.MethodVal {
			recv, arg, ok := tc.deferredRecv(s, sel.X)
			if !ok {
				return "", false
			}
			params, args = append(params, "gopadDR "+recv), append(args, arg)
			fun = "gopadDR." + sel.Sel.Name
		}
	}
	for i, a := range call.Args {
		p := fmt.Sprintf("gopadD%d", i)
		params, args, uses = append(params, p+" "+ptypes[i]), append(args, tc.code(a)), append(uses, p)
	}
	dots := ""
	if call.Ellipsis.IsValid() {
		dots = "..."
	}
	return fmt.Sprintf("func(%s) func() { return func() { %s(%s%s) } }(%s)",
		strings.Join(params, ", "), fun, strings.Join(uses, ", "), dots, strings.Join(args, ", ")), true
}

// deferredRecv is the type and the value of the receiver x of the method
// s, taken as a defer takes it: the address of x for a pointer method of
// an addressable value, a copy of *x for a value method of a pointer
// (through an embedded field: left to the interpreter).
func (tc *Types) deferredRecv(s *types.Selection, x ast.Expr) (string, string, bool) {
	if len(s.Index()) != 1 {
		return "", "", false
	}
	xt := tc.Info.Types[x].Type
	sig, ok := s.Obj().Type().(*types.Signature)
	if xt == nil || !ok || sig.Recv() == nil {
		return "", "", false
	}
	_, ptrRecv := sig.Recv().Type().(*types.Pointer)
	_, ptrX := xt.Underlying().(*types.Pointer)
	if types.IsInterface(xt) {
		ptrRecv = ptrX
	}
	arg := tc.code(x)
	switch {
	case ptrRecv && !ptrX:
		xt, arg = types.NewPointer(xt), "&("+arg+")"
	case !ptrRecv && ptrX:
		xt, arg = xt.Underlying().(*types.Pointer).Elem(), "*("+arg+")"
	}
	text, ok := tc.TypeText(xt)
	return text, arg, ok
}

// deferredParams are the types, as the chunk writes them, that call's
// arguments are given: its function's parameters' (a variadic
// parameter's element type for the arguments it gathers), or the
// arguments' own default types for the builtins close, print, println and
// panic.
func (tc *Types) deferredParams(call *ast.CallExpr) ([]string, bool) {
	var ts []types.Type
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, isBuiltin := tc.Info.Uses[id].(*types.Builtin); isBuiltin {
			switch b.Name() {
			case "close", "print", "println", "panic":
			default:
				return nil, false
			}
			for _, a := range call.Args {
				ts = append(ts, types.Default(tc.Info.Types[a].Type))
			}
			if b.Name() == "panic" {
				ts = []types.Type{types.Universe.Lookup("any").Type()}
			}
			return tc.typeTexts(ts)
		}
	}
	sig, ok := tc.Info.Types[call.Fun].Type.Underlying().(*types.Signature)
	if !ok || tc.Info.Types[call.Fun].IsType() {
		return nil, false
	}
	n := sig.Params().Len()
	if len(call.Args) == 1 && n > 1 {
		return nil, false // f(g()) of several results
	}
	for i := range call.Args {
		switch {
		case i < n-1 || !sig.Variadic() || call.Ellipsis.IsValid():
			if i >= n {
				return nil, false
			}
			ts = append(ts, sig.Params().At(i).Type())
		default:
			ts = append(ts, sig.Params().At(n-1).Type().(*types.Slice).Elem())
		}
	}
	return tc.typeTexts(ts)
}

// typeTexts writes ts as the chunk would; false when one cannot be.
func (tc *Types) typeTexts(ts []types.Type) ([]string, bool) {
	out := make([]string, len(ts))
	for i, t := range ts {
		text, ok := tc.TypeText(t)
		if !ok {
			return nil, false
		}
		out[i] = text
	}
	return out, true
}

// callsRecover reports whether body calls recover outside function
// literals of its own.
func callsRecover(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && id.Name == "recover" {
				found = true
			}
		}
		return !found
	})
	return found
}
