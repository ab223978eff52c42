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
	called := map[*ast.SelectorExpr]bool{}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				called[sel] = true
			}
		}
		return true
	})
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		selection, ok := tc.Info.Selections[sel]
		if !ok || (selection.Kind() != types.MethodVal || called[sel]) && selection.Kind() != types.MethodExpr || tc.reflectFunc(sel) {
			return true
		}
		if x, ok := ast.Unparen(sel.X).(*ast.SelectorExpr); ok && isStdStream(tc.Info.Uses[x.Sel]) {
			return true // os.Stdout.Write: stdStreams makes the receiver the session's stream, whose method value yaegi takes right
		}
		fn, ok := selection.Obj().(*types.Func)
		if !ok {
			return true
		}
		sig := fn.Type().(*types.Signature)
		params, args, ok := tc.paramList(sig)
		if !ok {
			return true
		}
		results, ok := tc.resultList(sig)
		if !ok {
			return true
		}
		path, _ := embeddedInterfacePath(selection.Recv(), selection.Index()) // promotedcalls.go
		call := tc.methodValueCall(sel, selection, path, args)
		ret := "return "
		if sig.Results().Len() == 0 {
			ret = ""
		}
		recvT := selection.Recv()
		if selection.Kind() == types.MethodExpr {
			rt, ok := tc.TypeText(recvT)
			if !ok {
				return true
			}
			if params != "" {
				params = ", " + params
			}
			edits = append(edits, source.Edit{From: tc.Off(sel.Pos()), To: tc.Off(sel.End()), Text: fmt.Sprintf("func(r %s%s) %s { %s%s }", rt, params, results, ret, call)})
			return false
		}
		// A method value: the receiver as Go evaluates it, now, also
		// through embedded pointers (a nil one panics here, as in Go). The
		// receiver's own bytes stay, for other passes to rewrite inside
		// (bufio.NewWriter(os.Stdout).WriteString).
		pre, post := "", ""
		if ptrPath, last, ok := embeddedPointerPath(recvT, selection.Index()); ok && path == "" {
			pre, post, recvT = "(", ")"+ptrPath, last
		}
		_, xPtr := recvT.Underlying().(*types.Pointer)
		_, mPtr := sig.Recv().Type().(*types.Pointer)
		switch {
		case types.IsInterface(recvT):
		case mPtr && !xPtr:
			recvT, pre, post = types.NewPointer(recvT), "&("+pre, post+")"
		case !mPtr && xPtr:
			recvT, pre, post = recvT.Underlying().(*types.Pointer).Elem(), "*("+pre, post+")"
		}
		rt, ok := tc.TypeText(recvT)
		if !ok {
			return true
		}
		ft := "func(" + params + ") " + results
		check := ""
		if types.IsInterface(recvT) {
			check = "if r == nil { gopadBuiltin.NilPanic() }; " // Go panics at the method value
		}
		open := fmt.Sprintf("func(r %s) %s { %sreturn %s { %s%s } }(", rt, ft, check, ft, ret, call)
		edits = append(edits, source.Edit{From: tc.Off(sel.Pos()), To: tc.Off(sel.Pos()), Text: open + pre, Order: 1},
			source.Edit{From: tc.Off(sel.X.End()), To: tc.Off(sel.End()), Text: post + ")"})
		return false
	})
	return edits
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
