package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// errors.As with a target of a cell's interface type (var t temporary;
// errors.As(err, &t)), or of an interface literal, panics in yaegi: the target's run-time type is the
// interpreter's own struct for interface values, which is neither an
// interface nor an error. The call becomes a walk of err's chain
// (gopadBuiltin.ErrorChain, in errors.As's order) in interpreted code,
// which asserts each error to the interface; the cells' types that
// implement it are asserted first, as ifaceAssert does, because yaegi's
// error wrappers keep only error's methods:
//
//	errors.As(err, &t)  →  func() bool { gopadR := func(gopadE0 error) temporary { for _, gopadE := range gopadBuiltin.ErrorChain(gopadE0) { if r, ok := gopadE.(*TempErr); ok { return r }; ... }; return nil }(err); if gopadR == nil { return false }; t = gopadR; return true }()

// errorsAsInterface returns the edits of c, a call of errors.As whose
// target points to a cell's interface type.
func (tc *Types) errorsAsInterface(c compiledCall) []source.Edit {
	if !c.in("errors", "As") || len(c.call.Args) != 2 {
		return nil
	}
	pt, ok := tc.Info.Types[c.call.Args[1]].Type.(*types.Pointer)
	if !ok {
		return nil
	}
	// A cell's interface type, or an interface literal (interface{ Timeout() bool }).
	n := pt.Elem()
	if named, ok := n.(*types.Named); ok && named.Obj().Pkg() != tc.Pkg {
		return nil
	}
	it, ok := n.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return nil
	}
	tt, ok := tc.TypeText(n)
	if !ok {
		return nil
	}
	errIface := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	var b strings.Builder
	if types.Implements(types.Universe.Lookup("error").Type(), it) {
		// Every error has the methods (interface{ Error() string }): the
		// first error of the chain is the answer.
		b.WriteString("if gopadE != nil { return gopadE }; ")
	}
	values := false // a struct value implements it: lost in a wrapper
	tries := append(tc.implementers(errIface, it, false), tt)
	if twin, ok := tc.literalTwin(n); ok {
		// The compiled errors of the chain (*fs.PathError, *net.DNSError):
		// yaegi's assertion to tt misses them (ifaceliteral.go).
		tries = append(tries, twin)
	}
	for _, ct := range tries {
		if args, ok := tc.emptyHolder(ct); ok {
			// Inside an error any field-less struct passes yaegi's
			// assertion to ct: its name decides (fieldless.go in gopadrt).
			b.WriteString("if gopadBuiltin.EmptyIs(" + args + ", gopadE, " + tc.switchTest("gopadE", ct) + ") { return *new(" + ct + ") }; ")
			continue
		}
		b.WriteString("if r, ok := gopadE.(" + ct + "); ok" + tc.twinGuardText("gopadE", ct) + " { return r }; ")
		values = values || ct != tt && !strings.HasPrefix(ct, "*") && !strings.HasPrefix(ct, "gopadBuiltin.")
	}
	if values {
		// The value the wrapper stands for, when its GopadSelf method
		// gives it back (selfmethods.go).
		again := strings.ReplaceAll(b.String(), "gopadE.(", "gopadS.(")
		b.WriteString("if gopadS, ok := gopadBuiltin.Self(gopadE); ok { " + again + "}; ")
	}
	if values && tc.mayLoseStruct(nil) {
		b.WriteString("if gopadBuiltin.Opaque(gopadE) { panic(" + strconv.Quote("gopad cannot decide "+tc.code(c.call)+
			": an error in the chain is a cell type's struct value, which loses its type inside an error (yaegi keeps only error's methods). "+
			"Workaround: give the type pointer receivers and return a pointer (&T{...})") + ") }; ")
	}
	b.WriteString(tc.compiledMiss("gopadE", n, tc.code(c.call)))
	find := "func(gopadE0 error) " + tt + " { for _, gopadE := range gopadBuiltin.ErrorChain(gopadE0) { " + b.String() + "}; return nil }("
	// The target is assigned in interpreted code: yaegi stores a value
	// through a pointer to an interface variable without its type.
	target := "*(" + tc.code(c.call.Args[1]) + ")"
	if u, ok := ast.Unparen(c.call.Args[1]).(*ast.UnaryExpr); ok && u.Op == token.AND {
		target = tc.code(u.X)
	}
	return []source.Edit{
		source.Replace(tc.Off(c.call.Pos()), tc.Off(c.call.Args[0].Pos()), "func() bool { gopadR := "+find),
		source.Replace(tc.Off(c.call.Args[0].End()), tc.Off(c.call.End()), "); if gopadR == nil { return false }; "+target+" = gopadR; return true }()"),
	}
}
