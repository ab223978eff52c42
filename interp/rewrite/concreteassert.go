package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

// concreteAssert rewrites ta, a single-valued assertion of a value of an
// interface type with methods to a concrete type (s.(*Circle) of a Shape,
// r.(*bytes.Reader) of an io.Reader), so that its failure panics with Go's
// message, which names the interface: yaegi's names interface {} ("interface
// conversion: interface {} is main.Square, not *main.Circle"), and for a
// compiled value asserted to another compiled type says that one "is not"
// the other with a missing method left empty. The assertion is made with
// comma-ok, and the panic is gopadBuiltin.EmptyAssert's:
//
//	c := s.(*Circle)  →  c := func(gopadX Shape) *Circle { if r, ok := gopadX.(*Circle); ok { return r }; panic(gopadBuiltin.EmptyAssert(gopadBuiltin.Bare(gopadX), "main.Shape", "*main.Circle")) }(s)
//
// Assertions other rewrites take (promotedAsserts' any(...), those of
// wrappedAssert, identityAsserts' of field-less struct types and of types
// over basic types in an error or a fmt.Stringer) are left to them.
//
// An empty interface's is rewritten too where it may hold a cell's value
// over a basic type (emptyLosesName) and the operand is a function's own
// variable (localNonParam):
// yaegi's message named its basic type ("interface {} is int, not string"
// for a MyInt). (A value from compiled code, heap.Pop(h).(int) or a Push
// method's parameter, handed to the literal broke yaegi's reflect.Set.)
func (tc *Types) concreteAssert(ta *ast.TypeAssertExpr, commaOK bool) ([]source.Edit, bool) {
	if commaOK || ta.Type == nil || tc.Off(ta.Pos()) < 0 {
		return nil, false
	}
	src, target := tc.Info.Types[ta.X].Type, tc.Info.Types[ta.Type].Type
	if src == nil || target == nil || types.IsInterface(target) || tc.refusedAssert(src, target) {
		return nil, false
	}
	if _, fieldless := tc.emptyArgs(target, tc.code(ta.Type)); fieldless {
		return nil, false // identityAsserts decides it, with Go's message
	}
	if _, ok := tc.emptyPtrArgs(target, src); ok || tc.identityGuard(target, tc.code(ta.Type)) != "" {
		return nil, false // identityAsserts guards the operand
	}
	if _, ok := tc.basicNamed(target); ok && tc.compiledInterface(src) {
		return nil, false // identityAsserts decides it by name (selfAssert), with Go's message
	}
	for _, t := range []types.Type{src, target} {
		if _, ok := t.(*types.TypeParam); ok {
			return nil, false
		}
	}
	it, ok := src.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 && (!tc.localNonParam(ta.X) || !tc.emptyLosesName(target, tc.code(ta.Type), it)) {
		return nil, false // an empty interface: yaegi's message names it as Go does
	}
	st, ok1 := tc.TypeText(src)
	tt, ok2 := tc.TypeText(target)
	sn, ok3 := tc.goTypeName(src)
	tn, ok4 := tc.goTypeName(target)
	if it.NumMethods() == 0 {
		sn, ok3 = tc.ifaceName(src), true
	}
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return nil, false
	}
	test := "if r, ok := gopadX.(" + tt + "); ok { return r }"
	fail := "gopadBuiltin.EmptyAssert(gopadBuiltin.Bare(gopadX), " + strconv.Quote(sn) + ", " + strconv.Quote(tn) + ")"
	_, basic := tc.basicNamed(target)
	if basic {
		// yaegi's comma-ok assertion took another cell type over the same
		// basic type for target; its type switch (on a copy: see
		// dynamicTypeName) tells them apart, and names the value's type,
		// which reaches compiled code as the basic type.
		test = "gopadV := gopadX; switch r := gopadV.(type) { case " + tt + ": return r }"
	}
	// A cell's type over a basic type reaches gopadBuiltin.Bare as its
	// basic value: it is named in interpreted code first (a Temp in a
	// Shape read "main.Shape is float64, not main.Circle").
	if name, ok := tc.dynamicNameFunc(st, it); ok {
		fail = "gopadBuiltin.NamedAssert(" + name + "(gopadX), " + strconv.Quote(sn) + ", " + strconv.Quote(tn) + ")"
	}
	if it.NumMethods() == 0 {
		test = "if gopadX == nil { panic(gopadBuiltin.EmptyAssert(nil, " + strconv.Quote(sn) + ", " + strconv.Quote(tn) + ")) }; " + test
	}
	open := "func(gopadX " + st + ") " + tt + " { " + test + "; panic(" + fail + ") }("
	return []source.Edit{
		// As assertLiteral's: inside the wrappers later passes put around
		// an expression that starts or ends with the assertion.
		{From: tc.Off(ta.Pos()), To: tc.Off(ta.X.Pos()), Text: open, Order: 1},
		{From: tc.Off(ta.X.End()), To: tc.Off(ta.End()), Text: ")", Order: -1},
	}, true
}

// emptyLosesName reports whether a single-valued assertion of a value of
// the empty interface it to target needs concreteAssert for Go's message:
// target is a basic type or a type over one, the cells declare types over
// basic types, which yaegi's message names by their basic types, and
// identityAsserts leaves the assertion alone.
func (tc *Types) emptyLosesName(target types.Type, typ string, it *types.Interface) bool {
	if _, basic := target.Underlying().(*types.Basic); !basic {
		return false // (a literal's result of a slice type from compiled code broke yaegi's reflect.Set)
	}
	if _, kept := tc.keptFamily(target, typ); kept || tc.basicTwinArgs(target, typ, false) != "" {
		return false
	}
	return len(tc.basicTypeCases(it)) > 0
}

// localNonParam reports whether e names a variable declared in a
// function's body (not a parameter or result, not a package-level
// variable).
func (tc *Types) localNonParam(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := tc.Info.Uses[id].(*types.Var)
	if !ok || v.Parent() == nil || v.Parent() == tc.Pkg.Scope() {
		return false
	}
	param := false
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if ft, ok := n.(*ast.FuncType); ok {
			for _, fl := range []*ast.FieldList{ft.Params, ft.Results} {
				for _, f := range fieldsOf(fl) {
					for _, name := range f.Names {
						param = param || tc.Info.Defs[name] == v
					}
				}
			}
		}
		return !param
	})
	return !param
}

func fieldsOf(fl *ast.FieldList) []*ast.Field {
	if fl == nil {
		return nil
	}
	return fl.List
}
