package rewrite

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// jsonAnyValues hands encoding/json the cells' values held in an any, an
// []any or a map[K]any (and in the []any and map[string]any inside them):
// yaegi keeps such a value paired with its interpreted type, and json
// encoded the pair as {} (map[string]any{"v": V{2}} became {"v":{}}).
// The values are asserted to their types, as for fmt (unwrapTries), and
// stripped of their unexported fields (gopadBuiltin.Exported), in a copy
// of the containers:
//
//	json.Marshal(m)  →  json.Marshal(func(gopadV map[string]any) any { var gopadU func(any) any; gopadU = ...; return gopadU(gopadV) }(m))
//
// A type's own MarshalJSON is not called there: the value reaches json
// without its methods, as it did before.
func (tc *Types) jsonAnyValues(a ast.Expr) []source.Edit {
	t := tc.Info.Types[a].Type
	if t == nil || tc.Info.Types[a].IsNil() || !holdsAny(t) {
		return nil
	}
	if tc.jsonKeptTries() != "" {
		return nil // jsonAny's walk (jsonany.go) takes these too
	}
	exported := tc.jsonViewTries("gopadU") + tc.jsonStructTries()
	if exported == "" {
		return nil
	}
	st, ok := tc.TypeText(t)
	if !ok {
		return nil
	}
	u := "func(gopadX any) any { " + exported +
		"switch gopadC := gopadX.(type) { " +
		"case []any: if gopadC == nil { return gopadX }; gopadO := make([]any, len(gopadC)); for gopadI, gopadE := range gopadC { gopadO[gopadI] = gopadU(gopadE) }; return gopadO; " +
		"case map[string]any: if gopadC == nil { return gopadX }; gopadO := make(map[string]any, len(gopadC)); for gopadK, gopadE := range gopadC { gopadO[gopadK] = gopadU(gopadE) }; return gopadO }; " +
		"return gopadX }"
	open := "func(gopadV " + st + ") any { var gopadU func(any) any; gopadU = " + u + "; return gopadU(gopadV) }("
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, ")")
}

// jsonViewTries are the tests that give json a value of a cell's struct
// type (or a pointer to one) held in an any as a view of its type
// (encoding.go): its fields' own marshal methods, tags and names, which the
// run-time value lost; "" when the cells declare no struct type. The
// view hands the values of its interface fields to walk, the function
// that writes the tries.
func (tc *Types) jsonViewTries(walk string) string {
	var b strings.Builder
	for _, n := range tc.cellStructTypes() {
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			text, ok1 := tc.TypeText(t)
			// A value in an interface field goes through the walk
			// itself (the function named walk), as encodeView's do.
			hook := tc.interfaceInside(t, 0)
			sb, ok2 := tc.buildShapeOf(t, encodeJSONUse, hook)
			if !ok1 || !ok2 || sb.shape.Nodes[0].Keep {
				continue
			}
			if hook {
				sb.shape.Iface = len(sb.fns) + 1
				sb.fns = append(sb.fns, walk)
			}
			b.WriteString("if v, ok := gopadX.(" + text + "); ok { return gopadBuiltin.EncodeView(v, " + sb.args() + ", false) }; ")
		}
	}
	return b.String()
}

// jsonStructTries are the tests that give json the cells' values held in
// an any, asserted to their types and without their unexported fields, as
// json leaves them (yaegi exports them); "" when there are none.
func (tc *Types) jsonStructTries() string {
	tries := tc.unwrapTries()
	return strings.ReplaceAll(strings.Join(tries, ""), "{ return v }", "{ return gopadBuiltin.Exported(v) }")
}

// holdsAny reports whether t is an empty interface, or a slice or map of
// them as the recursion of jsonAnyValues walks them ([]any, map[string]any).
func holdsAny(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return u.NumMethods() == 0
	case *types.Slice:
		return types.Identical(u, types.NewSlice(types.NewInterfaceType(nil, nil)))
	case *types.Map:
		return types.Identical(u, types.NewMap(types.Typ[types.String], types.NewInterfaceType(nil, nil)))
	}
	return false
}
