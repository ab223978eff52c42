package rewrite

import (
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var errorsAsPass = Pass{
	Name:  "errorsAs",
	Wants: func(u *Unit) bool { return u.dynamicNames() && u.usesPackage("errors") },
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		for _, c := range u.Types.compiledCalls() {
			edits = append(edits, u.Types.errorsAs(c)...)
		}
		return edits
	},
}

// errorsAs points errors.As with a target of a cell's type (a *MyErr
// variable) at a walk that accepts it (stdlib.ErrorsAs): yaegi gives such a
// target a run-time type without methods, which errors.As rejects. The
// error wrappers of package stdlib do the rest (errors.Is, Unwrap and the
// other targets need no rewrite).
func (tc *Types) errorsAs(c compiledCall) []source.Edit {
	if c.in("errors", "Is") && len(c.call.Args) == 2 && tc.lostInWrapper(tc.Info.Types[c.call.Args[1]].Type) {
		return tc.errorsIsStruct(c)
	}
	if !c.in("errors", "As") || len(c.call.Args) != 2 {
		return nil
	}
	pt, ok := tc.Info.Types[c.call.Args[1]].Type.(*types.Pointer)
	if ok && tc.cellInterface(pt.Elem()) {
		return tc.errorsAsInterface(c, pt.Elem())
	}
	if !ok || types.IsInterface(pt.Elem()) || !mentionsPackage(pt.Elem(), tc.Pkg) {
		return nil
	}
	return []source.Edit{{From: tc.Off(c.sel.Pos()), To: tc.Off(c.sel.End()), Text: "gopadBuiltin.ErrorsAs"}}
}

// errorsAsInterface runs errors.As with a target of a cell's interface
// type (var t temporary) in interpreted code: errors.As panics on it ("*target
// must be interface or implement error"), as yaegi gives the variable a
// run-time type of its own. Each error of the chain
// (gopadBuiltin.ErrorChain: err and what it wraps, depth first) is
// asserted to the interface, and to the cells' types that implement it,
// which yaegi finds in an error's wrapper:
//
//	errors.As(err, &t)  →  func(gopadE error, gopadT *temporary) bool { for _, gopadX := range gopadBuiltin.ErrorChain(gopadE) { if r, ok := gopadX.(temporary); ok { *gopadT = r; return true }; ... }; return false }(err, &t)
//
// A struct value of a cell's type, whose type the wrapper loses, is
// refused rather than skipped. The errors' own As methods are not called.
func (tc *Types) errorsAsInterface(c compiledCall, target types.Type) []source.Edit {
	tt, ok := tc.TypeText(target)
	if !ok {
		return nil
	}
	errIface := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	var b strings.Builder
	b.WriteString("func(gopadE error, gopadT *" + tt + ") bool { for _, gopadX := range gopadBuiltin.ErrorChain(gopadE) { ")
	for _, try := range append([]string{tt}, tc.implementers(errIface, target.Underlying().(*types.Interface), false)...) {
		b.WriteString("if r, ok := gopadX.(" + try + "); ok { *gopadT = r; return true }; ")
	}
	limit := strconv.Quote("gopad cannot decide " + tc.code(c.call) + " here: an error in the chain is a cell type's struct value, " +
		"which loses its type inside an error (yaegi keeps only error's methods). Workaround: give the type pointer receivers and return a pointer (&T{...})")
	b.WriteString("if gopadBuiltin.Opaque(gopadX) { panic(" + limit + ") } }; return false }")
	return []source.Edit{{From: tc.Off(c.call.Fun.Pos()), To: tc.Off(c.call.Fun.End()), Text: b.String()}}
}

// cellInterface reports whether t is an interface with methods declared
// in the cells (not error, not a compiled package's).
func (tc *Types) cellInterface(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg {
		return false
	}
	it, ok := n.Underlying().(*types.Interface)
	return ok && it.NumMethods() > 0
}

// errorsIsStruct guards errors.Is with a target that is a cell's struct
// value (var ErrA = CodeErr{1, "x"}): Go compares it with == to each
// error of the chain, but inside an error yaegi keeps one of its fields
// only, so that CodeErr{1, "x"} and CodeErr{2, "x"} look equal. An
// error of the chain in that state is refused; without one the answer
// is errors.Is's:
//
//	errors.Is(err, ErrA)  →  func(gopadE, gopadT error) bool { for _, gopadX := range gopadBuiltin.ErrorChain(gopadE) { if gopadBuiltin.Opaque(gopadX) { panic(...) } }; return errors.Is(gopadE, gopadT) }(err, ErrA)
func (tc *Types) errorsIsStruct(c compiledCall) []source.Edit {
	fn := tc.code(c.call.Fun)
	open := "func(gopadE, gopadT error) bool { for _, gopadX := range gopadBuiltin.ErrorChain(gopadE) { if gopadBuiltin.Opaque(gopadX) { panic(" +
		strconv.Quote(lostCompareLimit(tc.code(c.call))) + ") } }; return " + fn + "(gopadE, gopadT) }"
	return []source.Edit{{From: tc.Off(c.call.Fun.Pos()), To: tc.Off(c.call.Fun.End()), Text: open}}
}
