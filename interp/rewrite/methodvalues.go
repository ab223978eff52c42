package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var methodValuesPass = Pass{
	Name: "methodValues",
	// A selector that is not called, on anything but a package: a method
	// value, or a field; or a called one on a type literal or a name the
	// cells declared that is not a variable: a method expression.
	Wants: func(u *Unit) bool {
		return u.sights().typeLitSels || u.has(hasPtrMethodExpr) || u.selects(func(s sel, path string) bool {
			return path == "" && (!s.called || s.x != "" && u.Shadowed(s.x) && (u.Scope == nil || !u.Scope.Variable(s.x)))
		})
	},
	Run: func(u *Unit) []source.Edit { return u.Types.methodValues() },
}

// methodValues rewrites method values and method expressions of the cells'
// own types, which yaegi calls with a wrong receiver, into function
// literals: g.Greet (not called) becomes a function that calls Greet on the
// receiver evaluated now (a nil interface panics there, as in Go), and Greeter.Greet one that takes the receiver as
// its first argument, also where it is called (yaegi has no method
// expressions of interface types or of type literals: I.m(s),
// interface{ m() }.m(s)).
func (tc *Types) methodValues() []source.Edit {
	called := calledSelectors(tc.File)
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		m, ok := tc.methodSel(sel, called[sel])
		if !ok {
			return true
		}
		if m.selection.Kind() == types.MethodExpr {
			e, ok := tc.methodExprEdit(m)
			edits = append(edits, e...)
			return !ok
		}
		e, ok := tc.methodValueEdits(m)
		edits = append(edits, e...)
		return !ok
	})
	return edits
}

// calledSelectors are the selectors f calls (x.m(...)).
func calledSelectors(f *ast.File) map[*ast.SelectorExpr]bool {
	called := map[*ast.SelectorExpr]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				called[sel] = true
			}
		}
		return true
	})
	return called
}

// methodSite is a method value or expression methodValues rewrites: the
// selector, its selection, the method's signature, the parameters and
// results of the function literal that stands for it, and the call of the
// method inside it.
type methodSite struct {
	sel                   *ast.SelectorExpr
	selection             *types.Selection
	sig                   *types.Signature
	params, results, call string
	path                  string // embedded interfaces the method comes through
}

// methodSel is sel as a method value (not called) or a method expression
// to rewrite, or false.
func (tc *Types) methodSel(sel *ast.SelectorExpr, called bool) (methodSite, bool) {
	selection, ok := tc.Info.Selections[sel]
	if !ok || (selection.Kind() != types.MethodVal || called) && selection.Kind() != types.MethodExpr || tc.reflectFunc(sel) {
		return methodSite{}, false
	}
	if x, ok := ast.Unparen(sel.X).(*ast.SelectorExpr); ok && isStdStream(tc.Info.Uses[x.Sel]) {
		return methodSite{}, false // os.Stdout.Write: stdStreams makes the receiver the session's stream, whose method value yaegi takes right
	}
	fn, ok := selection.Obj().(*types.Func)
	if !ok {
		return methodSite{}, false
	}
	sig := fn.Type().(*types.Signature)
	params, args, ok := tc.paramList(sig)
	if !ok {
		return methodSite{}, false
	}
	results, ok := tc.resultList(sig)
	if !ok {
		return methodSite{}, false
	}
	path, _ := embeddedInterfacePath(selection.Recv(), selection.Index()) // promotedcalls.go
	call := tc.methodValueCall(sel, selection, path, args)
	if sig.Results().Len() > 0 {
		call = "return " + call
	}
	return methodSite{sel, selection, sig, params, results, call, path}, true
}

// methodExprEdit is T.m as a function literal taking the receiver first.
func (tc *Types) methodExprEdit(m methodSite) ([]source.Edit, bool) {
	rt, ok := tc.TypeText(m.selection.Recv())
	if !ok {
		return nil, false
	}
	params := m.params
	if params != "" {
		params = ", " + params
	}
	text := fmt.Sprintf("func(r %s%s) %s { %s }", rt, params, m.results, m.call)
	return []source.Edit{{From: tc.Off(m.sel.Pos()), To: tc.Off(m.sel.End()), Text: text}}, true
}

// methodValueEdits is x.m as a function literal over the receiver as Go
// evaluates it, now, also through embedded pointers (a nil one panics
// here, as in Go). The receiver's own bytes stay, for other passes to
// rewrite inside (bufio.NewWriter(os.Stdout).WriteString).
func (tc *Types) methodValueEdits(m methodSite) ([]source.Edit, bool) {
	recvT, pre, post := m.selection.Recv(), "", ""
	if ptrPath, last, ok := embeddedPointerPath(recvT, m.selection.Index()); ok && m.path == "" {
		pre, post, recvT = "(", ")"+ptrPath, last
	}
	_, xPtr := recvT.Underlying().(*types.Pointer)
	_, mPtr := m.sig.Recv().Type().(*types.Pointer)
	switch {
	case types.IsInterface(recvT):
	case mPtr && !xPtr:
		recvT, pre, post = types.NewPointer(recvT), "&("+pre, post+")"
	case !mPtr && xPtr:
		recvT, pre, post = recvT.Underlying().(*types.Pointer).Elem(), "*("+pre, post+")"
	}
	rt, ok := tc.TypeText(recvT)
	if !ok {
		return nil, false
	}
	ft := "func(" + m.params + ") " + m.results
	check := ""
	if types.IsInterface(recvT) {
		check = "if r == nil { gopadBuiltin.NilPanic() }; " // Go panics at the method value
	}
	open := fmt.Sprintf("func(r %s) %s { %sreturn %s { %s } }(", rt, ft, check, ft, m.call)
	return []source.Edit{{From: tc.Off(m.sel.Pos()), To: tc.Off(m.sel.Pos()), Text: open + pre, Order: 1},
		{From: tc.Off(m.sel.X.End()), To: tc.Off(m.sel.End()), Text: post + ")"}}, true
}

// embeddedPointerPath is the path of embedded fields (".T2.T3") through
// which a method of index is promoted to recv, and the type of the last
// one, when the path goes through a pointer: evaluating the method value
// follows it.
func embeddedPointerPath(recv types.Type, index []int) (string, types.Type, bool) {
	t, path, viaPtr := recv, "", false
	for _, i := range index[:len(index)-1] {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t, viaPtr = p.Elem(), true
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return "", nil, false
		}
		path += "." + st.Field(i).Name()
		t = st.Field(i).Type()
	}
	if _, ok := t.Underlying().(*types.Pointer); ok && len(index) > 1 {
		viaPtr = true
	}
	return path, t, viaPtr && path != ""
}

// reflectFunc reports whether sel is a method expression or value of
// reflect.Type that reflectMethodFuncs rewrites.
func (tc *Types) reflectFunc(sel *ast.SelectorExpr) bool {
	_, _, reflected := tc.reflectMethodFunc(sel)
	return reflected
}

// methodValueCall is the call of sel's method on r that the function
// literal for sel makes, with the arguments args. A reflect.Value's
// questions about the cells' types go through the session's helpers
// (reflectnames.go).
func (tc *Types) methodValueCall(sel *ast.SelectorExpr, selection *types.Selection, path, args string) string {
	if helper, ok := valueMethods[sel.Sel.Name]; ok && isReflect(selection.Recv(), "Value") && selection.Kind() == types.MethodVal {
		return "gopadBuiltin." + helper + "(r" + strings.TrimSuffix(", "+args, ", ") + ")"
	}
	return "r" + path + "." + sel.Sel.Name + "(" + args + ")"
}
