package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

var contextValueKeysPass = Pass{
	Name:  "contextValueKeys",
	Wants: func(u *Unit) bool { return u.dynamicNames() && u.callsMethod("Value") },
	Run:   func(u *Unit) []source.Edit { return u.Types.contextValueKeys() },
}

var contextKeysPass = Pass{
	Name:  "contextKeys",
	Wants: func(u *Unit) bool { return u.dynamicNames() && u.usesPackage("context") },
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		for _, c := range u.Types.compiledCalls() {
			edits = append(edits, u.Types.contextKeys(c)...)
		}
		return edits
	},
}

// contextKeys boxes the keys of context.WithValue and Context.Value whose
// type is a cell's type:
//
//	context.WithValue(ctx, userKey, u)   →   context.WithValue(ctx, gopadBuiltin.CtxKey("ctxKey", userKey), u)
//
// Inside the compiled context package a cell's type over a string is a
// string and one struct type without fields is any other (yaegi gives
// them no run-time type of their own), so a key of type ctxKey found the
// value stored under the plain string key, which Go's context keeps apart.
// The box pairs the key with its type's name; both calls box alike.
func (tc *Types) contextKeys(c compiledCall) []source.Edit {
	if !c.in("context", "WithValue") || len(c.call.Args) != 3 {
		return nil
	}
	return tc.boxedKey(c.call.Args[1])
}

// contextValueKeys boxes the keys of the chunk's calls of the Value method
// of a context (a value with the methods Deadline, Done, Err and Value).
func (tc *Types) contextValueKeys() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Value" || tc.Info.Selections[sel] == nil {
			return true
		}
		recv := tc.Info.Types[sel.X].Type
		for _, m := range []string{"Deadline", "Done", "Err"} {
			if obj, _, _ := types.LookupFieldOrMethod(recv, true, tc.Pkg, m); obj == nil {
				return true
			}
		}
		edits = append(edits, tc.boxedKey(call.Args[0])...)
		return true
	})
	return edits
}

// boxedKey is the edits that box the context key arg when its type is a
// cell's type.
func (tc *Types) boxedKey(arg ast.Expr) []source.Edit {
	t := tc.Info.Types[arg].Type
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || types.IsInterface(t) {
		return nil
	}
	name, ok := tc.TypeText(t)
	if !ok {
		return nil
	}
	return source.Around(tc.Off(arg.Pos()), tc.Off(arg.End()), "gopadBuiltin.CtxKey("+strconv.Quote(name)+", ", ")")
}
