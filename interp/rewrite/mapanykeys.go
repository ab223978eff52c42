package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

var anyMapKeysPass = Pass{
	Name: "anyMapKeys",
	Wants: func(u *Unit) bool {
		return u.dynamicNames() && (u.sights().indexes || u.sights().keyedLits || u.sights().calledIdents["delete"])
	},
	Run: func(u *Unit) []source.Edit { return u.Types.anyMapKeys() },
}

// anyMapKeys refuses the keys of a cell's type that yaegi runs as a shared
// run-time type (sharedType: type K string, type Add struct{}) in maps
// whose key type is an interface: inside the map a K("x") is the string
// "x", so m[K("x")] and m["x"] were one entry (go run keeps two). The key
// is wrapped in gopadBuiltin.Refuse, which stops the cell with the
// workaround when it is evaluated.
func (tc *Types) anyMapKeys() []source.Edit {
	var edits []source.Edit
	refuse := func(m, key ast.Expr) {
		mt, ok := tc.Info.Types[m].Type.(*types.Map)
		if !ok {
			if t := tc.Info.Types[m].Type; t != nil {
				mt, ok = t.Underlying().(*types.Map)
			}
		}
		if !ok || !types.IsInterface(mt.Key()) || !tc.sharedType(tc.Info.Types[key].Type) {
			return
		}
		typ := tc.code(key)
		if text, ok := tc.TypeText(tc.Info.Types[key].Type); ok {
			typ = text
		}
		msg := "gopad cannot use a " + typ + " as a key of a map with interface keys: yaegi runs " + typ +
			" as its underlying type there, so it would be the same key as a value of that type. " +
			"Workaround: give the map the key type " + typ + ", or make " + typ + " a struct with a field"
		edits = append(edits, source.Around(tc.Off(key.Pos()), tc.Off(key.End()), "gopadBuiltin.Refuse("+strconv.Quote(msg)+", ", ")")...)
	}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr:
			refuse(n.X, n.Index)
		case *ast.CompositeLit:
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					refuse(n, kv.Key)
				}
			}
		case *ast.CallExpr:
			if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "delete" && len(n.Args) == 2 && tc.Info.Uses[id] == types.Universe.Lookup("delete") {
				refuse(n.Args[0], n.Args[1])
			}
		}
		return true
	})
	return edits
}
