package rewrite

import (
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var anyToIfacePass = Pass{
	Name:  "anyToIface",
	Wants: func(u *Unit) bool { return u.dynamicNames() && u.sights().asserts },
	Run:   func(u *Unit) []source.Edit { return u.Types.anyToIfaces() },
}

// anyToIfaces rewrites the assertions of a value of an empty interface to
// an interface the cells declared (or an interface literal): yaegi answers
// whether it holds, but when the value is kept it panics (reflect.Set: an
// interface {} is not an interp.valueInterface), so sh, ok := v.(Shape) and
// v.(Shape).Area() failed; its type switch misses a pointer to a cell's
// struct whose methods have value receivers and takes a T for an interface
// only *T implements. So the cells' types that implement the interface are
// asserted one by one (see anyToIfaceTries), and yaegi's one-case type
// switch, which keeps the value right, decides only for other values:
//
//	sh, ok := v.(Shape)  →  sh, ok := func(gopadX any) (Shape, bool) { if r, ok := gopadX.(Sq); ok { return r, true }; if r, ok := gopadX.(*Sq); ok { return r, true }; if _, ok := gopadX.(Shape); ok { switch r := gopadX.(type) { case Shape: return r, true } }; var z Shape; return z, false }(v)
//
// The single-valued form panics with Go's run-time error when the
// assertion fails.
func (tc *Types) anyToIfaces() []source.Edit {
	var edits []source.Edit
	commaOK := CommaOKAsserts(tc.File)
	ast.Inspect(tc.File, func(n ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil {
			return true
		}
		to, ok := tc.cellIfaceFromAny(ta)
		if !ok {
			return true
		}
		typ := tc.code(ta.Type)
		b := tc.anyToIfaceTries(ta, to, typ)
		open := "func(gopadX any) (" + typ + ", bool) { " + b + " }("
		if !commaOK[ta] {
			open = "func(gopadX any) " + typ + " { if r, ok := func() (" + typ + ", bool) { " + b + " }(); ok { return r }; " +
				tc.failedAssertCall("gopadX", tc.Info.Types[ta.X].Type, tc.runtimeTypeName(ta.Type), to) + " }("
		}
		edits = append(edits,
			source.Edit{From: tc.Off(ta.Pos()), To: tc.Off(ta.X.Pos()), Text: open, Order: -1}, // inside wrappers of the whole assertion
			source.Edit{From: tc.Off(ta.X.End()), To: tc.Off(ta.End()), Text: ")", Order: -1})
		return true
	})
	return edits
}

// anyToIfaceTries is the body that decides x.(typ) for x of an empty
// interface: a bare field-less struct value refused; the cells' struct
// types and pointers one by one; a switch over the cells' types over basic
// types (Meters and Celsius over float64, which an assertion does not tell
// apart); then, for other values (a compiled type's), yaegi's switch on
// the interface, and the refusal of a compiled value it misses
// (compiledMiss).
func (tc *Types) anyToIfaceTries(ta *ast.TypeAssertExpr, to *types.Interface, typ string) string {
	var b strings.Builder
	if tc.fieldlessImplementer(to) {
		// A struct value without fields that came back from compiled code
		// has lost which of the cells' such types it was.
		b.WriteString("if gopadBuiltin.BareFieldless(gopadX) { panic(" + strconv.Quote(fieldlessLimit(tc.code(ta))) + ") }; ")
	}
	impls := tc.implementers(to, to, true)
	for _, c := range impls {
		b.WriteString("if r, ok := gopadX.(" + c + "); ok { return r, true }; ")
	}
	if cases := tc.basicImplementers(to, "gopadX"); len(cases) > 0 {
		b.WriteString("switch v := gopadX.(type) { " + strings.Join(cases, "") + "}; ")
	}
	b.WriteString(pointerOnly("gopadX", impls, "var z "+typ+"; return z, false"))
	b.WriteString(tc.pointerOnlyBasic(to, "gopadX", "var z "+typ+"; return z, false"))
	b.WriteString("if _, ok := gopadX.(" + typ + "); ok { switch r := gopadX.(type) { case " + typ + ": return r, true } }; ")
	b.WriteString(tc.compiledMiss("gopadX", tc.Info.Types[ta.Type].Type, tc.code(ta)))
	b.WriteString("var z " + typ + "; return z, false")
	return b.String()
}

// pointerOnly runs no (the statement that answers false) for a value v of
// a cell's type T whose *T is among the implementers impls and T is not:
// yaegi's own assertion and switch take a T for an interface only *T
// implements.
func pointerOnly(v string, impls []string, no string) string {
	var b strings.Builder
	for _, c := range impls {
		if elem, ok := strings.CutPrefix(c, "*"); ok && !slices.Contains(impls, elem) {
			b.WriteString("if _, ok := " + v + ".(" + elem + "); ok { " + no + " }; ")
		}
	}
	return b.String()
}

// cellIfaceFromAny reports whether ta asserts a value of an empty
// interface to an interface with methods that is no compiled package's
// (and has no compiled twin, ifaceliteral.go), and returns it.
func (tc *Types) cellIfaceFromAny(ta *ast.TypeAssertExpr) (*types.Interface, bool) {
	src := tc.Info.Types[ta.X].Type
	if src == nil || !empty(src) {
		return nil, false
	}
	if _, ok := src.(*types.TypeParam); ok {
		return nil, false
	}
	return tc.cellIface(tc.Info.Types[ta.Type].Type)
}

// cellIface reports whether t is an interface with methods that is no
// compiled package's and has no compiled twin (ifaceliteral.go), and
// returns it.
func (tc *Types) cellIface(t types.Type) (*types.Interface, bool) {
	if t == nil || empty(t) || tc.compiledInterface(t) {
		return nil, false
	}
	if _, ok := t.(*types.TypeParam); ok {
		return nil, false
	}
	if _, twin := tc.literalTwin(t); twin {
		return nil, false
	}
	it, ok := t.Underlying().(*types.Interface)
	return it, ok
}

// cellIfaceTest is a type switch case's test of whether v, of an empty
// interface, holds a value that implements the cell interface it (typ):
// yaegi's own assertion misses pointers to the cells' structs whose
// methods have value receivers.
func (tc *Types) cellIfaceTest(v, typ string, it *types.Interface) string {
	var b strings.Builder
	b.WriteString("func() bool { if _, ok := " + v + ".(" + typ + "); ok { return true }; ")
	for _, c := range tc.implementers(it, it, true) {
		if strings.HasPrefix(c, "*") {
			b.WriteString("if _, ok := " + v + ".(" + c + "); ok { return true }; ")
		}
	}
	b.WriteString("return false }()")
	return b.String()
}

// methodNames lists the names of the methods of it, as "A,B", in Go's order.
func methodNames(it *types.Interface) string {
	names := make([]string, it.NumMethods())
	for i := range names {
		names[i] = it.Method(i).Name()
	}
	return strings.Join(names, ",")
}

// missingMethods lists, for the cells' types (and pointers to them) that
// do not implement it, the method Go names as missing, as
// "main.N=Area;*main.N=Area": the message of a failed assertion names it,
// and a cell's type shows no methods at run time.
func (tc *Types) missingMethods(it *types.Interface) string {
	var out []string
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() > 0 {
			continue
		}
		for _, ct := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			m, _ := types.MissingMethod(ct, it, true)
			if name, ok := tc.goTypeName(ct); ok && m != nil {
				out = append(out, name+"="+m.Name())
			}
		}
	}
	return strings.Join(out, ";")
}
