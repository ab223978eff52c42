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
			edits = append(edits, u.Types.errorsAsInterface(c)...)
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
	if c.in("errors", "Is") && len(c.call.Args) == 2 && tc.lostInWrapper(tc.Info.Types[c.call.Args[1]].Type) &&
		tc.mayLoseStruct(tc.Info.Types[c.call.Args[1]].Type) {
		return tc.errorsIsStruct(c)
	}
	if !c.in("errors", "As") || len(c.call.Args) != 2 {
		return nil
	}
	pt, ok := tc.Info.Types[c.call.Args[1]].Type.(*types.Pointer)
	if !ok || types.IsInterface(pt.Elem()) || !mentionsPackage(pt.Elem(), tc.Pkg) {
		return nil
	}
	name, ok := tc.basicNamed(pt.Elem())
	if args, empty := tc.emptyArgs(pt.Elem(), ""); empty {
		name, _, _ = strings.Cut(args, ",")
		ok = true
	}
	if ok {
		// A struct type without fields, or a type over a basic type:
		// told by its name (errasempty.go).
		return []source.Edit{
			{From: tc.Off(c.sel.Pos()), To: tc.Off(c.sel.End()), Text: "gopadBuiltin.ErrorsAsNamed"},
			source.Insert(tc.Off(c.call.Lparen)+1, name+", "),
		}
	}
	walk := "gopadBuiltin.ErrorsAs"
	if tc.mayLoseStruct(pt.Elem()) {
		walk = "gopadBuiltin.ErrorsAsLost" // a generic struct type, without GopadSelf
	}
	return []source.Edit{{From: tc.Off(c.sel.Pos()), To: tc.Off(c.sel.End()), Text: walk}}
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

// basicNamed is the quoted Go name ("main.Code") of t when t is a
// non-generic type the cells declared at the package level over a basic
// type. Inside an error or a fmt.Stringer yaegi's wrapper holds such a
// value as the bare basic value, the same for type Code string and type
// Reason string; the name its GopadSelf method gives (selfmethods.go)
// tells them apart.
func (tc *Types) basicNamed(t types.Type) (string, bool) {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.Obj().Parent() != tc.Pkg.Scope() || n.TypeParams().Len() > 0 {
		return "", false
	}
	if _, ok := n.Underlying().(*types.Basic); !ok {
		return "", false
	}
	return strconv.Quote("main." + n.Obj().Name()), true
}
