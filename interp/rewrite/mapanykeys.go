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

// anyMapKeys hands the keys of maps whose key type is an interface, or a
// struct or array type holding interfaces, to the helpers that make equal
// keys one entry (gopadrt's anykeys.go and canonkeys.go):
//
//   - in a map whose keys are an empty interface, a key that may hold a
//     value of a cell's type (anyKeyed) goes to gopadBuiltin.AnyKey as
//     yaegi's pair of the value and its type (an element of a []any):
//     yaegi indexed the map with the bare value, so m[State(1)] and m[1]
//     were one entry (go run keeps two), and a key passed as an any was
//     a pair that no other key equalled (m[ev] missed m[SigStart]).
//     AnyKey gives the first pair seen with the key's type and value,
//     which range gives back with its type;
//   - a key of a map whose keys are an interface the cells declare goes
//     through gopadBuiltin.CanonMapKey (cellIfaceKey), which does the
//     same for the pairs yaegi keys such a map with;
//   - a key of a struct or array type with fields of such interfaces
//     (map[Ref]V, Ref{Kind any; ID int}) goes through
//     gopadBuiltin.KeyParts, which does it for the pairs inside.
//
// A key of a cell's type in a map whose keys are a compiled interface with
// methods (map[error]int) is refused: yaegi wraps it there in a struct of
// funcs, which Go's map cannot hash. So is a key of a type yaegi runs as
// a shared run-time type (sharedType) that none of the helpers takes (a
// map keyed by a type parameter). The key is wrapped in
// gopadBuiltin.Refuse, which stops the cell with the workaround when it
// is evaluated.
func (tc *Types) anyMapKeys() []source.Edit {
	var edits []source.Edit
	written := writtenIndexes(tc.File)
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr:
			edits = append(edits, tc.mapKey(n.X, n.Index, false, !written[n])...)
		case *ast.CompositeLit:
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					edits = append(edits, tc.mapKey(n, kv.Key, true, false)...)
				}
			}
		case *ast.RangeStmt:
			edits = append(edits, tc.wrappedKeysBack(n)...)
		case *ast.CallExpr:
			if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "delete" && len(n.Args) == 2 && tc.Info.Uses[id] == types.Universe.Lookup("delete") {
				edits = append(edits, tc.mapKey(n.Args[0], n.Args[1], false, true)...)
			}
		}
		return true
	})
	return edits
}

// writtenIndexes returns the index expressions f assigns to.
func writtenIndexes(f *ast.File) map[*ast.IndexExpr]bool {
	written := map[*ast.IndexExpr]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
					written[ix] = true
				}
			}
		case *ast.IncDecStmt:
			if ix, ok := ast.Unparen(n.X).(*ast.IndexExpr); ok {
				written[ix] = true
			}
		}
		return true
	})
	return written
}

// mapKey is the edits of key, a key of map m (an index, a literal's key
// when lit, delete's argument); read is set where the map is read or
// deleted from, whose unhashable keys Go reports in other words.
func (tc *Types) mapKey(m, key ast.Expr, lit, read bool) []source.Edit {
	mt, ok := tc.Info.Types[m].Type.(*types.Map)
	if !ok {
		if t := tc.Info.Types[m].Type; t != nil {
			mt, ok = t.Underlying().(*types.Map)
		}
	}
	if !ok {
		return nil
	}
	kt := tc.Info.Types[key].Type
	around := func(open, close string) []source.Edit {
		return source.Around(tc.Off(key.Pos()), tc.Off(key.End()), open, close)
	}
	switch {
	case !types.IsInterface(mt.Key()):
		if kn, ok := tc.TypeText(mt.Key()); ok && tc.Info.Types[key].IsValue() && tc.holdsPairs(mt.Key(), 0) {
			// (gopadrt's anykeys.go)
			return around("func() "+kn+" { gopadK := []"+kn+"{", "}; gopadBuiltin.KeyParts(gopadK); return gopadK[0] }()")
		}
		return nil
	case empty(mt.Key()) && !isTypeParam(mt.Key()) && tc.Info.Types[key].IsValue() && tc.anyKeyed(kt, 0):
		// (gopadrt's anykeys.go)
		text := "any"
		if t, ok := tc.TypeText(kt); ok && !types.IsInterface(kt) && !tc.copiedToIface(key) {
			text = t
		}
		helper := "AnyKey"
		if read {
			helper = "AnyKeyRead"
		}
		return around("gopadBuiltin."+helper+"(func(gopadH "+text+") []any { return []any{gopadH} }(", "))[0]")
	case tc.cellIfaceKey(mt, kt, key):
		// Converted to the key type in a slice (yaegi indexed a
		// map[Shape]V with the bare value), then replaced by the
		// first equal key met (gopadBuiltin.CanonMapKey).
		kn, _ := tc.TypeText(mt.Key())
		return around("func() "+kn+" { gopadK := []"+kn+"{", "}; gopadBuiltin.CanonMapKey(gopadK); return gopadK[0] }()")
	case wrappedKeys[tc.keyIface(mt.Key())] != "" && tc.Info.Types[key].IsValue() && !tc.Info.Types[key].IsNil():
		return tc.wrappedKey(mt, kt, key, lit)
	}
	return tc.refusedKey(mt, kt, key)
}

// wrappedKey is the edits of a key of a map[error] or map[fmt.Stringer]
// (gopadrt's wrappedkeys.go), outside the conversion to the interface
// that another pass writes around a literal's key (Order 2). An index's
// key of a cell's type is converted in a function of its own: yaegi's
// wrapper of a variable (counts[c]++) calls the methods on the variable,
// which a later assignment changes, and the wrapper is kept for the box.
func (tc *Types) wrappedKey(mt *types.Map, kt types.Type, key ast.Expr, lit bool) []source.Edit {
	iface := tc.keyIface(mt.Key())
	open, close := "gopadBuiltin."+wrappedKeys[iface]+"(", ")"
	if text, ok := tc.TypeText(kt); ok && !lit && !types.IsInterface(kt) {
		open += "func(gopadH " + text + ") " + iface + " { return gopadH }("
		close += ")"
	}
	return []source.Edit{
		{From: tc.Off(key.Pos()), To: tc.Off(key.Pos()), Text: open, Order: 2},
		{From: tc.Off(key.End()), To: tc.Off(key.End()), Text: close, Order: -2},
	}
}

// refusedKey wraps a key that no helper takes in gopadBuiltin.Refuse: a
// cell's type yaegi runs as a shared run-time type (sharedType) in a map
// keyed by a type parameter, a cell's value in a map keyed by a compiled
// interface other than error and fmt.Stringer.
func (tc *Types) refusedKey(mt *types.Map, kt types.Type, key ast.Expr) []source.Edit {
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
		// (map[io.Reader]int{r: 1} with a cell's value)
		kn, _ := tc.TypeText(mt.Key())
		msg = "gopad cannot use a " + typ + " as a key of a map[" + kn + "]...: inside " + kn + " yaegi keeps a cell's value in a wrapper " +
			"that holds functions, which cannot be hashed (Go would hash the value). " +
			"Workaround: key the map by a comparable field of it (its code or text), or give the map the key type " + typ
	default:
		return nil
	}
	pre, post := "gopadBuiltin.Refuse("+strconv.Quote(msg)+", ", ")"
	if kn, ok := tc.TypeText(mt.Key()); ok && !empty(mt.Key()) {
		// A key of the map's type: an index expression wants one.
		pre, post = "func() "+kn+" { gopadBuiltin.Refuse("+strconv.Quote(msg)+", nil); return ", " }()"
	}
	return source.Around(tc.Off(key.Pos()), tc.Off(key.End()), pre, post)
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
// type with methods, or an interface type while the cells declare one.
func (tc *Types) pairedKey(t types.Type) bool {
	if t == nil {
		return false
	}
	if types.IsInterface(t) {
		for _, n := range tc.cellStructTypes() {
			if pairedStruct(n) {
				return true
			}
		}
		return false
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

// anyKeyed reports whether a key of type t of a map whose keys are an
// empty interface goes through gopadBuiltin.AnyKey: t is an interface
// (that may hold a pair of a cell's value and its type, or yaegi's
// wrapper of one), a cell's type that yaegi keeps beside its values (a type
// over a basic type, an array, a struct without fields) or a struct type
// with fields and methods (pairedKey), or a struct or array type whose
// fields or elements are such (a Ref{Kind any; ID int}).
func (tc *Types) anyKeyed(t types.Type, depth int) bool {
	if t == nil || depth > 8 {
		return false
	}
	if types.IsInterface(t) {
		// (an error or a fmt.Stringer too: AnyKey refuses yaegi's
		// wrapper of a cell's value, which Go's map cannot hash)
		return !isTypeParam(t)
	}
	if tc.sharedType(t) || tc.autoKept(t) || tc.pairedKey(t) {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := range u.NumFields() {
			if tc.anyKeyed(u.Field(i).Type(), depth+1) {
				return true
			}
		}
	case *types.Array:
		return tc.anyKeyed(u.Elem(), depth+1)
	}
	return false
}

// wrappedKeys are the helpers that box a key of a map whose keys are a
// compiled interface with methods (keyIface), where yaegi holds a value
// of a cell's type in a wrapper of funcs that Go cannot hash.
var wrappedKeys = map[string]string{"error": "ErrorKey", "fmt.Stringer": "StringerKey"}

// keyIface is the name of t when it is error or fmt.Stringer, "" otherwise.
func (tc *Types) keyIface(t types.Type) string {
	if t == types.Universe.Lookup("error").Type() {
		return "error"
	}
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "fmt" && n.Obj().Name() == "Stringer" {
		return "fmt.Stringer"
	}
	return ""
}

// wrappedKeysBack gives the key variable of a range over a map whose keys
// go through wrappedKeys the key a cell sees (gopadBuiltin.ErrorKeyBack:
// the wrapper in place of its box) at the top of each iteration:
//
//	for err, n := range tally {  →  for err, n := range tally { err = gopadBuiltin.ErrorKeyBack(err);
func (tc *Types) wrappedKeysBack(r *ast.RangeStmt) []source.Edit {
	id, ok := r.Key.(*ast.Ident)
	if !ok || id.Name == "_" || tc.Off(r.Body.Lbrace) < 0 {
		return nil
	}
	t := tc.Info.Types[r.X].Type
	if t == nil {
		return nil
	}
	mt, ok := t.Underlying().(*types.Map)
	if !ok || wrappedKeys[tc.keyIface(mt.Key())] == "" {
		return nil
	}
	back := wrappedKeys[tc.keyIface(mt.Key())] + "Back"
	return []source.Edit{source.Insert(tc.Off(r.Body.Lbrace)+1, " "+id.Name+" = gopadBuiltin."+back+"("+id.Name+");")}
}

// keyedMapsOperand wraps a print operand that holds, inside a field, an
// element or a map's value, a map whose keys are an interface that may
// hold yaegi's pairs (anyKeyed) in gopadBuiltin.KeyedMaps, which takes the
// pairs out (fmt printed their fields as the keys) or stops the cell
// where the bare keys would print otherwise than Go's. (Such a map as the
// operand itself is printed by containerShown and elemsShown.)
func (tc *Types) keyedMapsOperand(a ast.Expr) ([]source.Edit, bool) {
	t := tc.Info.Types[a].Type
	if t == nil || !tc.dynamicNames || types.IsInterface(t) || !tc.nestsKeyedMap(t, 0) {
		return nil, false
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "gopadBuiltin.KeyedMaps(", ")"), true
}

// nestsKeyedMap reports whether t holds, below its top, a map whose keys
// are such an interface.
func (tc *Types) nestsKeyedMap(t types.Type, depth int) bool {
	if depth > 6 {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Map:
		if depth > 0 && types.IsInterface(u.Key()) && tc.anyKeyed(u.Key(), 0) && !tc.compiledInterface(u.Key()) {
			return true
		}
		return tc.nestsKeyedMap(u.Elem(), depth+1)
	case *types.Slice:
		return tc.nestsKeyedMap(u.Elem(), depth+1)
	case *types.Array:
		return tc.nestsKeyedMap(u.Elem(), depth+1)
	case *types.Pointer:
		return tc.nestsKeyedMap(u.Elem(), depth+1)
	case *types.Struct:
		for i := range u.NumFields() {
			if tc.nestsKeyedMap(u.Field(i).Type(), depth+1) {
				return true
			}
		}
	}
	return false
}
