package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var promotedAssertPass = Pass{
	Name:  "promotedAssert",
	Wants: func(u *Unit) bool { return u.sights().asserts },
	Run:   func(u *Unit) []source.Edit { return u.Types.promotedAsserts() },
}

// promotedAsserts asserts through an empty interface where a value of an
// interface with methods is asserted to a struct type that has one of
// them through an embedded pointer (type Dog struct{ *Base } with
// func (*Base) Name()). Go's method set of Dog holds Name; yaegi's check
// of the assertion sees the pointer receiver and refuses the program
// ("impossible type assertion: main.Dog does not implement main.Animal as
// "Name" method has a pointer receiver"). From an empty interface yaegi
// decides at run time, by the dynamic type, as Go does:
//
//	d, ok := a.(Dog)  →  d, ok := any(a).(Dog)
//
// The same holds for a method promoted from an embedded interface field
// (promotedIfaceMethod), for the struct type and the pointer to it.
//
// A failed single-valued assertion's panic then names interface {} as the
// source type where Go names the interface.
func (tc *Types) promotedAsserts() []source.Edit {
	var edits []source.Edit
	commaOK := CommaOKAsserts(tc.File)
	ast.Inspect(tc.File, func(n ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil || tc.Off(ta.X.Pos()) < 0 {
			return true
		}
		if _, wrapped := tc.wrappedAssert(ta, commaOK[ta]); wrapped {
			// ifaceAssert's literal takes the value as its interface
			// (any(...) around it would leave the literal's result
			// unasserted); a method promoted from a compiled embedded
			// field is declared on the type itself (promoted.go), so
			// yaegi accepts the assertion inside the literal.
			return true
		}
		if tc.refusedAssert(tc.Info.Types[ta.X].Type, tc.Info.Types[ta.Type].Type) {
			edits = append(edits, source.Around(tc.Off(ta.X.Pos()), tc.Off(ta.X.End()), "any(", ")")...)
		}
		return true
	})
	return edits
}

// refusedAssert reports whether yaegi's check refuses the assertion of a
// value of the interface src to the concrete type t that Go allows: t has
// one of src's methods through an embedded pointer (promotedPointerMethod)
// or an embedded interface (promotedIfaceMethod).
func (tc *Types) refusedAssert(src, t types.Type) bool {
	return tc.promotedPointerMethod(src, t) || promotedIfaceMethod(src, t)
}

// promotedIfaceMethod reports whether src is an interface with methods and
// t a concrete type, or a pointer to one, whose method set holds one of
// them promoted from an embedded interface field (type logged struct{ Repo
// }). yaegi's check of the assertion does not count such methods and
// refuses the program ("impossible type assertion: *main.logged does not
// implement main.Reader (missing Get method)"); the conversion of the
// value to the interface works.
func promotedIfaceMethod(src, t types.Type) bool {
	if src == nil || t == nil || types.IsInterface(t) {
		return false
	}
	it, ok := src.Underlying().(*types.Interface)
	if !ok || it.Empty() {
		return false
	}
	ms := types.NewMethodSet(t)
	for i := 0; i < it.NumMethods(); i++ {
		m := it.Method(i)
		sel := ms.Lookup(m.Pkg(), m.Name())
		if sel == nil || len(sel.Index()) < 2 {
			continue // not promoted
		}
		if recv := sel.Obj().Type().(*types.Signature).Recv(); recv != nil && types.IsInterface(recv.Type()) {
			return true
		}
	}
	return false
}

// promotedPointerMethod reports whether src is an interface with methods
// and t a type that is not a pointer whose method set holds one of them
// with a pointer receiver, promoted from an embedded pointer: the
// assertion yaegi refuses.
func (tc *Types) promotedPointerMethod(src, t types.Type) bool {
	if src == nil || t == nil || types.IsInterface(t) {
		return false
	}
	if _, ok := t.Underlying().(*types.Pointer); ok {
		return false
	}
	it, ok := src.Underlying().(*types.Interface)
	if !ok || it.Empty() {
		return false
	}
	ms := types.NewMethodSet(t)
	for i := 0; i < it.NumMethods(); i++ {
		m := it.Method(i)
		sel := ms.Lookup(m.Pkg(), m.Name())
		if sel == nil {
			continue
		}
		recv := sel.Obj().Type().(*types.Signature).Recv()
		if recv == nil {
			continue
		}
		if _, ptr := recv.Type().Underlying().(*types.Pointer); ptr {
			return true
		}
	}
	return false
}

// promotedOperand is v, the value of the type switch guard x, as case e
// asserts it: through an empty interface when yaegi would refuse the
// assertion (refusedAssert).
func (tc *Types) promotedOperand(v string, x, e ast.Expr) string {
	if tc.refusedAssert(tc.Info.Types[x].Type, tc.Info.Types[e].Type) {
		return "any(" + v + ")"
	}
	return v
}

// promotedTries is the set of the cells' types, as the chunk writes them,
// whose assertion from a value of the interface src must go through any
// (refusedAssert): the tries of the assertions to an interface
// (ifaceassert.go, globalassert.go) assert to them.
func (tc *Types) promotedTries(src types.Type) map[string]bool {
	need := map[string]bool{}
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !tc.refusedAssert(src, t) {
				continue
			}
			if text, ok := tc.TypeText(t); ok {
				need[text] = true
			}
		}
	}
	return need
}

// tryOperand is v as an assertion to the type written c asserts it.
func tryOperand(v, c string, need map[string]bool) string {
	if need[c] {
		return "any(" + v + ")"
	}
	return v
}

// assertOperand is v, a value of the interface src, as an assertion to t
// asserts it (refusedAssert).
func (tc *Types) assertOperand(v string, src, t types.Type) string {
	if tc.refusedAssert(src, t) {
		return "any(" + v + ")"
	}
	return v
}
