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
	if args, ok := tc.emptyArgs(pt.Elem(), ""); ok {
		// A struct type without fields: told by its name (errasempty.go).
		name, _, _ := strings.Cut(args, ",")
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
