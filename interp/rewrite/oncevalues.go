package rewrite

import (
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// onceValuesPass runs sync.OnceValue and sync.OnceValues as interpreted
// code: the call's function becomes a function literal written as Go's
// own (one sync.Once, the result kept, a panic of f re-raised on every
// call), with the types go/types gives the call.
//
//	sync.OnceValue(func() Shape { ... })  →  func(gopadF func() Shape) func() Shape { var gopadOnce sync.Once; ...; return func() Shape { gopadOnce.Do(gopadG); ...; return gopadV0 } }(func() Shape { ... })
//
// The session's compiled stand-ins (stdlib/wrappers.go) call f through
// reflect and return its results as any: a result of a cell's interface
// came back as yaegi's own pair (interp.valueInterface), which the
// function Go returns could not hold ("reflect.Set: value of type
// interface {} is not assignable to type interp.valueInterface"), and one
// of any came back nil. The stand-ins stay for a call whose types cannot
// be written.
var onceValuesPass = Pass{
	Name: "onceValues",
	Wants: func(u *Unit) bool {
		return u.selects(func(s sel, path string) bool {
			return s.called && path == "sync" && (s.name == "OnceValue" || s.name == "OnceValues")
		})
	},
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		for _, c := range u.Types.compiledCalls() {
			if lit, ok := u.Types.onceLiteral(c); ok {
				edits = append(edits, source.Replace(u.Types.Off(c.call.Fun.Pos()), u.Types.Off(c.call.Fun.End()), lit))
			}
		}
		return edits
	},
}

// onceLiteral is the function literal that stands for c's function, a
// call of sync.OnceValue or sync.OnceValues; false when c is none, or its
// types cannot be written.
func (tc *Types) onceLiteral(c compiledCall) (string, bool) {
	if !c.in("sync", "OnceValue", "OnceValues") || len(c.call.Args) != 1 {
		return "", false
	}
	sig, ok := tc.Info.Types[c.call].Type.(*types.Signature)
	if !ok || sig.Results().Len() == 0 {
		return "", false
	}
	ft, ok := tc.TypeText(sig)
	if !ok {
		return "", false
	}
	var vars, names []string
	for i := 0; i < sig.Results().Len(); i++ {
		rt, ok := tc.TypeText(sig.Results().At(i).Type())
		if !ok {
			return "", false
		}
		name := "gopadV" + string(rune('0'+i))
		vars = append(vars, "var "+name+" "+rt+"; ")
		names = append(names, name)
	}
	pkg := tc.code(c.sel.X)
	results := strings.Join(names, ", ")
	return "func(gopadF " + ft + ") " + ft + " { var gopadOnce " + pkg + ".Once; var gopadOK bool; var gopadP any; " +
		strings.Join(vars, "") +
		"gopadG := func() { defer func() { gopadP = recover(); if !gopadOK { panic(gopadP) } }(); " +
		results + " = gopadF(); gopadF = nil; gopadOK = true }; " +
		"return " + ft + " { gopadOnce.Do(gopadG); if !gopadOK { panic(gopadP) }; return " + results + " } }", true
}
