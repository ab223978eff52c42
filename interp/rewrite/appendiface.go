package rewrite

import (
	"go/ast"
	"go/types"
	"reflect"
	"slices"

	"github.com/gopad/gopad/interp/source"
)

var appendIfacePass = Pass{
	Name: "appendIface",
	// An append where a slice of an interface type may be at hand: the
	// chunk names one, the cells declared types, or the slice appended to
	// is a session variable of such a type.
	Wants: func(u *Unit) bool {
		if !u.sights().calledIdents["append"] {
			return false
		}
		if u.sights().ifaceTypes || u.dynamicNames() {
			return true
		}
		return u.callsWith("append", func(args []ast.Expr) bool { return len(args) == 2 && u.globalKind(args[0], reflect.Interface) })
	},
	Run: func(u *Unit) []source.Edit { return u.Types.appendIfaces() },
}

// callsWith reports whether the chunk calls the function named fn with
// arguments for which ok holds.
func (u *Unit) callsWith(fn string, ok func(args []ast.Expr) bool) bool {
	found := false
	ast.Inspect(u.AST, func(n ast.Node) bool {
		if call, isCall := n.(*ast.CallExpr); isCall {
			if id, isIdent := ast.Unparen(call.Fun).(*ast.Ident); isIdent && id.Name == fn && ok(call.Args) {
				found = true
			}
		}
		return !found
	})
	return found
}

// globalKind reports whether e names a session variable that is a slice
// (or array) whose elements are of kind k.
func (u *Unit) globalKind(e ast.Expr, k reflect.Kind) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || u.Scope == nil {
		return false
	}
	v, ok := u.Scope.Global(id.Name)
	if !ok || !v.IsValid() {
		return false
	}
	t := v.Type()
	return (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) && t.Elem().Kind() == k
}

// appendIfaces converts to the element type the one value appended to a
// slice of an interface type when that value is itself such a slice: yaegi
// spreads it, as if the call read append(s, v...), where Go appends it as
// one element. (A value of a cell's type appended in a loop is
// ifaceConvert's.)
//
//	rows = append(rows, []any{1, 2})  →  rows = append(rows, any([]any{1, 2}))
func (tc *Types) appendIfaces() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		call, _, ok := tc.callOfBuiltin(n, "append")
		if !ok || len(call.Args) != 2 {
			return true
		}
		st, vt := tc.Info.Types[call.Args[0]].Type, tc.Info.Types[call.Args[1]].Type
		if st == nil || vt == nil || types.IsInterface(vt) {
			return true
		}
		s, ok := st.Underlying().(*types.Slice)
		if !ok || !types.IsInterface(s.Elem()) || !types.AssignableTo(vt, st) {
			return true
		}
		if et, ok := tc.TypeText(s.Elem()); ok {
			v := call.Args[1]
			edits = append(edits, source.Around(tc.Off(v.Pos()), tc.Off(v.End()), et+"(", ")")...)
		}
		return true
	})
	return edits
}

// callOfBuiltin returns n as a call of one of the builtins named, with at
// least two arguments and none spread, and the builtin's name.
func (tc *Types) callOfBuiltin(n ast.Node, names ...string) (*ast.CallExpr, string, bool) {
	call, ok := n.(*ast.CallExpr)
	if !ok || len(call.Args) < 2 || call.Ellipsis.IsValid() {
		return nil, "", false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || !slices.Contains(names, id.Name) {
		return nil, "", false
	}
	if _, builtin := tc.Info.Uses[id].(*types.Builtin); !builtin {
		return nil, "", false
	}
	return call, id.Name, true
}
