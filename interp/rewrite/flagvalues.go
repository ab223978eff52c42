package rewrite

import (
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

var flagValuesPass = Pass{
	Name:  "flagValues",
	Wants: func(u *Unit) bool { return u.callsMethod("Var", "PrintDefaults") },
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		for _, c := range u.Types.compiledCalls() {
			edits = append(edits, u.Types.flagValues(c)...)
		}
		return edits
	},
}

// flagValues points the definition of a flag whose flag.Value is of a
// cell's type, and the prints of defaults, at gopad's helpers (gopadrt's
// flags.go). flag's PrintDefaults (and the usage a failed Parse prints)
// omits a default that equals the String of a zero value of the value's
// type, which it makes by reflect; yaegi's wrapper of a cell's value has no
// such zero, so every default was printed. The definition hands over the
// zero value's String, which only the interpreted code can compute:
//
//	fs.Var(&retries, "retry", "backoffs")  →  gopadBuiltin.FlagVar(fs, &retries, func() (gopadS string, gopadP any) { defer func() { gopadP = gopadBuiltin.Recovered(recover()) }(); return new(durations).String(), nil }, "main.durations", "retry", "backoffs")
//	fs.PrintDefaults()                     →  gopadBuiltin.PrintDefaults(fs)
func (tc *Types) flagValues(c compiledCall) []source.Edit {
	if c.fn.Pkg() == nil || c.fn.Pkg().Path() != "flag" || c.call.Ellipsis.IsValid() {
		return nil
	}
	switch {
	case c.fn.Name() == "PrintDefaults" && len(c.call.Args) == 0:
		return tc.flagCall(c, "gopadBuiltin.PrintDefaults", "")
	case c.fn.Name() == "Var" && len(c.call.Args) == 3:
		zero, ok := tc.flagZero(tc.Info.Types[c.call.Args[0]].Type)
		if !ok {
			return nil
		}
		edits := tc.flagCall(c, "gopadBuiltin.FlagVar", ", ")
		return append(edits, source.Insert(tc.Off(c.call.Args[0].End()), zero))
	}
	return nil
}

// flagCall calls helper with c's receiver (nil for the command line's
// function) before c's arguments, separated from them by sep.
func (tc *Types) flagCall(c compiledCall, helper, sep string) []source.Edit {
	if !c.method() {
		return []source.Edit{
			{From: tc.Off(c.call.Fun.Pos()), To: tc.Off(c.call.Fun.End()), Text: helper},
			source.Insert(tc.Off(c.call.Lparen)+1, "nil"+sep),
		}
	}
	if c.sel == nil || tc.Off(c.sel.X.Pos()) < 0 {
		return nil
	}
	return []source.Edit{
		{From: tc.Off(c.sel.X.Pos()), To: tc.Off(c.sel.X.Pos()), Text: helper + "(", Order: 1},
		{From: tc.Off(c.sel.X.End()), To: tc.Off(c.call.Lparen) + 1, Text: sep},
	}
}

// flagZero is the text FlagVar takes after the value, of type t: a func
// that returns the String of a zero value of t or, when it panics, what
// recover() gives, and t's Go name as flag's message for a panic names it. ok is false unless t is a cell's
// named type or a pointer to one.
func (tc *Types) flagZero(t types.Type) (string, bool) {
	ptr, isPtr := t.(*types.Pointer)
	elem := t
	if isPtr {
		elem = ptr.Elem()
	}
	n, ok := elem.(*types.Named)
	if !ok || types.IsInterface(n) || n.Obj().Pkg() != tc.Pkg {
		return "", false
	}
	text, ok := tc.TypeText(n)
	name, nameOK := tc.goTypeName(n)
	if !ok || !nameOK {
		return "", false
	}
	zero := "(*new(" + text + "))"
	if isPtr {
		zero = "new(" + text + ")"
	}
	return ", func() (gopadS string, gopadP any) { defer func() { gopadP = gopadBuiltin.Recovered(recover()) }(); return " + zero +
		".String(), nil }, " + strconv.Quote(name), true
}
