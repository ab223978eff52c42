package rewrite

import (
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// Past heldDepth, the printers of fmtdynamic.go stop writing printers for
// the struct values held in a cell's interface inside a printed value (a
// tree's nodes): written one inside another, they grow as the number of
// implementers to the power of the depth. A value deeper down would reach
// fmt as yaegi holds it, its fields printed without their String, Error
// and Format methods ({2 {4} {5}} for {* {4} {5}}: silently wrong).
//
// So the printer of such an interface written where no other printer of
// it is being written (the outermost) is a function literal that can call
// itself through a variable (selfCalling), and past heldDepth a node that
// reaches a print method is handed to that variable, which prints it as
// the outermost level did: the text stays bounded and the depth is not.
// Where no such variable is in scope (an interface without a name), such a
// node stops the cell with a refusal naming it (gopadBuiltin.HeldTooDeep).

// pushHeldSelf makes t's printer call itself through a variable when t is
// a cell's named interface with methods whose printer is not being
// written already: the variable's name, and the function that ends it.
func (tc *Types) pushHeldSelf(t types.Type) (string, func()) {
	n, ok := t.(*types.Named)
	it, isIface := t.Underlying().(*types.Interface)
	if !ok || !isIface || it.NumMethods() == 0 || n.Obj().Pkg() != tc.Pkg || n.TypeArgs().Len() > 0 || tc.heldSelf[t] != "" {
		return "", func() {}
	}
	if tc.heldSelf == nil {
		tc.heldSelf = map[types.Type]string{}
	}
	name := "gopadHeld_" + n.Obj().Name()
	tc.heldSelf[t] = name
	return name, func() { delete(tc.heldSelf, t) }
}

// heldSelfKey names the printers' variables in scope, for the memo of
// printers (a printer that calls one is right only inside it).
func (tc *Types) heldSelfKey() string {
	var names []string
	for _, n := range tc.heldSelf {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ",")
}

// selfCalling is text, the printer of t, as a literal that declares the
// variable self for it when text calls it.
func selfCalling(self string, t types.Type, tc *Types, text string) string {
	st, ok := tc.TypeText(t)
	if !ok || !strings.Contains(text, self+"(") {
		return text
	}
	ft := "func(" + st + ") any"
	return "func() " + ft + " { var " + self + " " + ft + "; " + self + " = " + text + "; return " + self + " }()"
}

// heldLimitTry is heldStructTry's try past heldDepth for a value of n held
// in t: handed to t's printer again where its variable is in scope, else
// refused, where n's fields reach a print method.
func (tc *Types) heldLimitTry(t, n types.Type, it *types.Interface) []string {
	if tc.bareFields {
		return nil // inside an unexported field fmt calls no method: the value as it is
	}
	if !types.Implements(n, it) || viaEmbeddedInterface(n, it) || !tc.reachesPrintMethod(n, map[types.Type]bool{}) {
		return nil
	}
	text, ok := tc.TypeText(n)
	if !ok {
		return nil
	}
	shown := tc.heldSelf[t] + "(gopadX)"
	if tc.heldSelf[t] == "" {
		if shown = tc.heldTooDeep(n, t, tc.heldNest); shown == "" {
			return nil
		}
	}
	return []string{"if _, ok := " + tc.assertOperand("gopadX", t, n) + ".(" + text + "); ok" + tc.identityTry(n, text, false) + " { return " + shown + " }; "}
}

// heldTooDeep is the text that stands for v, a value of n held in the
// interface t past the depth gopad writes printers for (depth levels):
// the refusal where n's fields reach a print method, else "" (yaegi's
// value prints as Go's).
func (tc *Types) heldTooDeep(n, t types.Type, depth int) string {
	if tc.bareFields || !tc.reachesPrintMethod(n, map[types.Type]bool{}) {
		return ""
	}
	node, ok1 := tc.goTypeName(n)
	iface, ok2 := tc.goTypeName(t)
	if !ok1 || !ok2 {
		return ""
	}
	return "gopadBuiltin.HeldTooDeep(" + strconv.Quote(node) + ", " + strconv.Quote(iface) + ", " + strconv.Itoa(depth) + ")"
}

// reachesPrintMethod reports whether fmt, printing a value of t, may call
// a String, Error or Format method of a value inside it: through its
// exported fields, the elements of slices, arrays and maps, and the cells'
// types that implement an interface it holds. It errs on the side of yes
// (a method of a pointer receiver, an interface field that may be nil).
func (tc *Types) reachesPrintMethod(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	if printMethod(t) != "" || hasFormat(t) {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if f := u.Field(i); f.Exported() && tc.reachesPrintMethod(f.Type(), seen) {
				return true
			}
		}
	case *types.Slice:
		return tc.reachesPrintMethod(u.Elem(), seen)
	case *types.Array:
		return tc.reachesPrintMethod(u.Elem(), seen)
	case *types.Map:
		return tc.reachesPrintMethod(u.Key(), seen) || tc.reachesPrintMethod(u.Elem(), seen)
	case *types.Interface:
		return tc.implementerPrints(u, seen)
	}
	return false
}

// implementerPrints reports whether a cell's type that implements it (not
// a pointer: fmt prints a nested pointer as its address) reaches a print
// method.
func (tc *Types) implementerPrints(it *types.Interface, seen map[types.Type]bool) bool {
	if it.NumMethods() == 0 {
		return false
	}
	for _, n := range tc.cellNamedTypes() {
		if !types.IsInterface(n) && types.Implements(n, it) && tc.reachesPrintMethod(n, seen) {
			return true
		}
	}
	return false
}
