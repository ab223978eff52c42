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
// workaround when it is evaluated. So is a key of a cell's type in a map
// whose keys are a compiled interface with methods (map[error]int): yaegi
// wraps it there in a struct of funcs, which Go's map cannot hash.
//
// In a map whose keys are an empty interface, a key of a cell's struct
// type with methods, or of an interface type that may hold one (or a
// value of a kept type, which it refuses), goes through
// gopadBuiltin.AnyMapKey: yaegi keeps such a value in an interface
// sometimes paired with its type (in a map literal, a variable, an
// element of an []any) and sometimes bare (m[P{1, 2}]), and the two are
// different keys; m[k] missed the entry map[any]int{P{1, 2}: 1} made.
//
// A key of a map whose keys are an interface the cells declare goes
// through gopadBuiltin.CanonMapKey (cellIfaceKey).
func (tc *Types) anyMapKeys() []source.Edit {
	var edits []source.Edit
	refuse := func(m, key ast.Expr) {
		mt, ok := tc.Info.Types[m].Type.(*types.Map)
		if !ok {
			if t := tc.Info.Types[m].Type; t != nil {
				mt, ok = t.Underlying().(*types.Map)
			}
		}
		if !ok || !types.IsInterface(mt.Key()) {
			return
		}
		kt := tc.Info.Types[key].Type
		typ := tc.code(key)
		if text, ok := tc.TypeText(kt); ok {
			typ = text
		}
		var msg string
		switch {
		case tc.sharedType(kt):
			msg = "gopad cannot use a " + typ + " as a key of a map with interface keys: yaegi runs " + typ +
				" as its underlying type there, so it would be the same key as a value of that type. " +
				"Workaround: give the map the key type " + typ + ", or make " + typ + " a struct with a field"
		case tc.compiledInterface(mt.Key()) && kt != nil && !types.IsInterface(kt) && mentionsPackage(kt, tc.Pkg):
			// (map[error]int{ErrNotFound: 1} with a cell's error value)
			kn, _ := tc.TypeText(mt.Key())
			msg = "gopad cannot use a " + typ + " as a key of a map[" + kn + "]...: inside " + kn + " yaegi keeps a cell's value in a wrapper " +
				"that holds functions, which cannot be hashed (Go would hash the value). " +
				"Workaround: key the map by a comparable field of it (its code or text), or give the map the key type " + typ
		case empty(mt.Key()) && !isTypeParam(mt.Key()) && tc.Info.Types[key].IsValue() && tc.pairedKey(kt):
			edits = append(edits, source.Around(tc.Off(key.Pos()), tc.Off(key.End()), "gopadBuiltin.AnyMapKey(", ")")...)
			return
		case tc.cellIfaceKey(mt, kt, key):
			// Converted to the key type in a slice (yaegi indexed a
			// map[Shape]V with the bare value), then replaced by the
			// first equal key met (gopadBuiltin.CanonMapKey).
			kn, _ := tc.TypeText(mt.Key())
			edits = append(edits, source.Around(tc.Off(key.Pos()), tc.Off(key.End()),
				"func() "+kn+" { gopadK := []"+kn+"{", "}; gopadBuiltin.CanonMapKey(gopadK); return gopadK[0] }()")...)
			return
		default:
			return
		}
		pre, post := "gopadBuiltin.Refuse("+strconv.Quote(msg)+", ", ")"
		if kn, ok := tc.TypeText(mt.Key()); ok && !empty(mt.Key()) {
			// A key of the map's type: an index expression wants one.
			pre, post = "func() "+kn+" { gopadBuiltin.Refuse("+strconv.Quote(msg)+", nil); return ", " }()"
		}
		edits = append(edits, source.Around(tc.Off(key.Pos()), tc.Off(key.End()), pre, post)...)
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

// cellIfaceKey reports whether key, of type kt, is a key of a map of
// type mt whose keys are an interface with methods that the cells
// declare (map[Shape]int). yaegi runs such a map keyed by its pair of
// node and value (package pairs), where the node is the place the key was
// converted: equal keys converted in two places were two entries. Go
// converts a concrete key to the key type, which yaegi did not do for an
// index ("MapIndex: value of type ... is not assignable to type
// interp.valueInterface").
func (tc *Types) cellIfaceKey(mt *types.Map, kt types.Type, key ast.Expr) bool {
	if kt == nil || !tc.Info.Types[key].IsValue() {
		return false
	}
	if b, ok := kt.(*types.Basic); ok && b.Kind() == types.UntypedNil {
		return false
	}
	if empty(mt.Key()) || isTypeParam(mt.Key()) || tc.compiledInterface(mt.Key()) {
		return false
	}
	_, ok := tc.TypeText(mt.Key())
	return ok
}

// pairedKey reports whether a key of type t may reach a map[any] as
// yaegi's pair of a cell's struct value and its type: t is such a struct
// type with methods, or an interface type while the cells declare one or
// a kept type (keptType: type Count int), whose pairs
// gopadBuiltin.AnyMapKey refuses.
func (tc *Types) pairedKey(t types.Type) bool {
	if t == nil {
		return false
	}
	if types.IsInterface(t) {
		if isTypeParam(t) {
			return false
		}
		for _, n := range tc.cellStructTypes() {
			if pairedStruct(n) {
				return true
			}
		}
		// (a kept type over a basic, array, slice or map type, which
		// gopadBuiltin.AnyMapKey refuses when the key holds one)
		return len(tc.cellTypesWhere(func(n *types.Named) bool { return tc.keptType(n) })) > 0
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() == tc.Pkg && pairedStruct(n)
}

// pairedStruct reports whether n is a struct type with fields and methods
// (of its own or promoted), not generic.
func pairedStruct(n *types.Named) bool {
	st, ok := n.Underlying().(*types.Struct)
	return ok && st.NumFields() > 0 && n.TypeParams().Len() == 0 && types.NewMethodSet(types.NewPointer(n)).Len() > 0
}

// isTypeParam reports whether t is a type parameter.
func isTypeParam(t types.Type) bool {
	_, ok := t.(*types.TypeParam)
	return ok
}
