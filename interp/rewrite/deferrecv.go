package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var deferRecvPass = Pass{
	Name:  "deferRecv",
	Wants: func(u *Unit) bool { return u.sights().defers },
	Run:   func(u *Unit) []source.Edit { return u.Types.deferredCalls() },
}

// deferredCalls makes a deferred method call take its receiver, and a
// deferred call of a func variable its function, at the defer statement,
// as Go evaluates them there; yaegi reads them when the call runs:
//
//	defer c.Report()  →  gopadR12 := *(c); defer gopadR12.Report()
//	defer fn(x)       →  gopadR40 := fn; defer gopadR40(x)
//	defer trace("a")() →  gopadR60 := trace("a"); defer gopadR60()
//
// A value receiver is copied (*p for a pointer), a pointer receiver of an
// addressable value takes its address, as Go's method value does. (The
// arguments are evaluated at the statement by the rewrite of defers in
// rewrite.go.)
//
// In a loop, the receiver goes through a function literal's parameter, of
// a frame of its own: yaegi reads a method value's receiver from its frame
// slot when the call runs, and a loop writes the slot again (every
// deferred r.Close() of a loop closed the last r):
//
//	defer r.Write(b)  (in a loop)  →  defer func(gopadR *R, gopadA0 []byte) { gopadR.Write(gopadA0) }(r, b)
func (tc *Types) deferredCalls() []source.Edit {
	var edits []source.Edit
	c := &cursor{}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if n == nil {
			c.stack = c.stack[:len(c.stack)-1]
			return true
		}
		c.stack = append(c.stack, n)
		if d, ok := n.(*ast.DeferStmt); ok && !tc.rangeFuncDeferred(d) {
			if e, ok := tc.loopDeferredMethod(d, repeats(c)); ok {
				edits = append(edits, e...)
			} else {
				edits = append(edits, tc.deferredCall(d, tc.keptDefer(d, c.stack))...)
			}
		}
		return true
	})
	return edits
}

// loopDeferredMethod returns the edits of d, a deferred method call in a
// loop (see deferredCalls).
func (tc *Types) loopDeferredMethod(d *ast.DeferStmt, loop bool) ([]source.Edit, bool) {
	f, ok := ast.Unparen(d.Call.Fun).(*ast.SelectorExpr)
	if !loop || !ok {
		return nil, false
	}
	sel := tc.Info.Selections[f]
	if sel == nil || sel.Kind() != types.MethodVal {
		return nil, false
	}
	xt := tc.Info.Types[f.X].Type
	if xt == nil || mentionsTypeParam(xt) || mentionsTypeParam(sel.Type()) {
		return nil, false
	}
	prefix := ""
	if !types.IsInterface(xt) {
		_, ptrRecv := sel.Obj().(*types.Func).Type().(*types.Signature).Recv().Type().(*types.Pointer)
		if _, xPtr := xt.Underlying().(*types.Pointer); ptrRecv && !xPtr {
			prefix, xt = "&", types.NewPointer(xt)
		}
	}
	rt, ok := tc.TypeText(xt)
	if !ok {
		return nil, false
	}
	params, names, ok := tc.deferParams(d.Call, sel.Type().(*types.Signature))
	if !ok {
		return nil, false
	}
	body := "func(gopadR " + rt + params + ") { gopadR." + f.Sel.Name + "(" + names + ") }"
	edits := []source.Edit{
		source.Replace(tc.Off(f.Pos()), tc.Off(f.X.Pos()), body+"("+prefix+"("),
		source.Replace(tc.Off(f.X.End()), tc.Off(d.Call.Lparen)+1, ")"),
	}
	if len(d.Call.Args) > 0 {
		edits = append(edits, source.Insert(tc.Off(d.Call.Lparen)+1, ", "))
	}
	if d.Call.Ellipsis.IsValid() {
		edits = append(edits, source.Replace(tc.Off(d.Call.Ellipsis), tc.Off(d.Call.Ellipsis)+3, ""))
	}
	return edits, true
}

// deferParams are the parameters (", gopadA0 int, ...") of the literal
// that calls a deferred method of signature sig with call's arguments, and
// the names it passes on ("gopadA0, ...", with "..." for a spread slice).
func (tc *Types) deferParams(call *ast.CallExpr, sig *types.Signature) (params, names string, ok bool) {
	n := sig.Params().Len()
	if len(call.Args) != n && !(sig.Variadic() && !call.Ellipsis.IsValid()) {
		return "", "", false
	}
	var ps, ns []string
	for i := range call.Args {
		var t types.Type
		if sig.Variadic() && i >= n-1 {
			t = sig.Params().At(n - 1).Type() // the slice, or one element
			if !call.Ellipsis.IsValid() {
				t = t.(*types.Slice).Elem()
			}
		} else {
			t = sig.Params().At(i).Type()
		}
		text, ok := tc.TypeText(t)
		if !ok || mentionsTypeParam(t) {
			return "", "", false
		}
		name := fmt.Sprintf("gopadA%d", i)
		ps, ns = append(ps, ", "+name+" "+text), append(ns, name)
	}
	names = strings.Join(ns, ", ")
	if call.Ellipsis.IsValid() {
		names += "..."
	}
	return strings.Join(ps, ""), names, true
}

// A kept defer (keptdefers.go) names its value with keptPrefix instead.
func (tc *Types) deferredCall(d *ast.DeferStmt, kept bool) []source.Edit {
	if kept && tc.keptByFunc(d) {
		return tc.keptCall(d) // close(ch), os.RemoveAll(dir)
	}
	ft, ok := tc.Info.Types[d.Call.Fun]
	if !ok || ft.Type == nil {
		return nil
	}
	if sig, ok := ft.Type.Underlying().(*types.Signature); !ok || sig.TypeParams().Len() > 0 {
		return nil
	}
	var operand ast.Expr // what is evaluated at the statement
	prefix := ""
	switch f := ast.Unparen(d.Call.Fun).(type) {
	case *ast.SelectorExpr:
		sel := tc.Info.Selections[f]
		if sel == nil || sel.Kind() != types.MethodVal {
			return nil
		}
		xt := tc.Info.Types[f.X].Type
		if xt == nil {
			return nil
		}
		if !types.IsInterface(xt) {
			recv := sel.Obj().(*types.Func).Type().(*types.Signature).Recv().Type()
			_, ptrRecv := recv.(*types.Pointer)
			_, xPtr := xt.Underlying().(*types.Pointer)
			switch {
			case ptrRecv && !xPtr:
				prefix = "&"
			case !ptrRecv && xPtr && len(sel.Index()) == 1:
				prefix = "*"
			case !ptrRecv && xPtr:
				return nil // a promoted value method through a pointer
			}
		}
		operand = f.X
	case *ast.Ident:
		if _, isVar := tc.Info.Uses[f].(*types.Var); !isVar {
			return nil // a declared function: nothing to evaluate
		}
		operand = f
	case *ast.CallExpr:
		// defer trace("main")(): trace is called at the statement. Kept
		// to a call on one line, so that no code moves to another line.
		if tc.Fset.Position(f.Pos()).Line != tc.Fset.Position(f.End()).Line {
			return nil
		}
		operand = f
	default:
		return nil
	}
	name := fmt.Sprintf("gopadR%d", tc.Off(d.Pos()))
	if kept {
		name = fmt.Sprintf("%s%d", keptPrefix, tc.Off(d.Pos()))
	}
	value := tc.code(operand)
	if prefix != "" {
		value = prefix + "(" + value + ")"
	}
	return []source.Edit{
		{From: tc.Off(d.Pos()), To: tc.Off(d.Pos()), Text: name + " := " + value + "; " + tc.nilDeferred(name, d, ft.Type)},
		{From: tc.Off(operand.Pos()), To: tc.Off(operand.End()), Text: name},
	}
}

// nilDeferred is the statement that makes a deferred func variable that
// is nil panic as Go's deferred call of nil does: when the call runs, with
// the run-time error recover() sees (yaegi panics with reflect's "call of
// nil function", which no recover catches):
//
//	var f func(); defer f()  →  gopadR9 := f; if gopadR9 == nil { gopadR9 = func() { gopadBuiltin.NilPanic(); panic(nil) } }; defer gopadR9()
func (tc *Types) nilDeferred(name string, d *ast.DeferStmt, t types.Type) string {
	if _, ok := ast.Unparen(d.Call.Fun).(*ast.Ident); !ok {
		return ""
	}
	sig, ok := tc.TypeText(t.Underlying())
	if !ok {
		return ""
	}
	return "if " + name + " == nil { " + name + " = " + sig + " { gopadBuiltin.NilPanic(); panic(nil) } }; "
}
