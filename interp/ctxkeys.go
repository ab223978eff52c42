package interp

import (
	"go/ast"
	"go/types"
	"strconv"
)

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
func (tc *typedChunk) contextKeys(c compiledCall) []edit {
	if !c.in("context", "WithValue") || len(c.call.Args) != 3 {
		return nil
	}
	return tc.boxedKey(c.call.Args[1])
}

// contextValueKeys boxes the keys of the chunk's calls of the Value method
// of a context (a value with the methods Deadline, Done, Err and Value).
func (tc *typedChunk) contextValueKeys() []edit {
	var edits []edit
	ast.Inspect(tc.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Value" || tc.info.Selections[sel] == nil {
			return true
		}
		recv := tc.info.Types[sel.X].Type
		for _, m := range []string{"Deadline", "Done", "Err"} {
			if obj, _, _ := types.LookupFieldOrMethod(recv, true, tc.pkg, m); obj == nil {
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
func (tc *typedChunk) boxedKey(arg ast.Expr) []edit {
	t := tc.info.Types[arg].Type
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.pkg || types.IsInterface(t) {
		return nil
	}
	name, ok := tc.typeText(t)
	if !ok {
		return nil
	}
	return around(tc.off(arg.Pos()), tc.off(arg.End()), "gopadBuiltin.CtxKey("+strconv.Quote(name)+", ", ")")
}

// ctxKey is a context key of a cell's type: the type's name and the key.
type ctxKey struct {
	typ string
	key any
}

// boxCtxKey is gopadBuiltin.CtxKey.
func boxCtxKey(typ string, key any) any { return ctxKey{typ, key} }
