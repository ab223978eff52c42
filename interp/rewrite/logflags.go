package rewrite

import (
	"go/ast"
	"go/constant"
	"log"

	"github.com/gopad/gopad/interp/source"
)

var logFlagsPass = Pass{
	Name:  "logFlags",
	Wants: func(u *Unit) bool { return u.callsMethod("SetFlags", "New") },
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		for _, c := range u.Types.compiledCalls() {
			edits = append(edits, u.Types.logFlags(c)...)
		}
		return edits
	},
}

// logFlags has log.New, log.SetFlags and Logger.SetFlags check their
// flag set where it may hold log.Lshortfile or log.Llongfile: log would
// print gopad's file and line where go run prints the program's
// (main.go:12:), a silent difference, so gopadBuiltin.LogFlags refuses
// those flags with the limit. Constant flags without them are left alone.
//
//	log.SetFlags(log.Lshortfile)  →  log.SetFlags(gopadBuiltin.LogFlags(log.Lshortfile))
//	l.SetFlags(flags)             →  l.SetFlags(gopadBuiltin.LogFlags(flags))
func (tc *Types) logFlags(c compiledCall) []source.Edit {
	if c.fn.Pkg() == nil || c.fn.Pkg().Path() != "log" {
		return nil
	}
	var flags ast.Expr
	switch {
	case c.fn.Name() == "SetFlags" && len(c.call.Args) == 1:
		flags = c.call.Args[0]
	case c.fn.Name() == "New" && !c.method() && len(c.call.Args) == 3:
		flags = c.call.Args[2]
	default:
		return nil
	}
	if v := tc.Info.Types[flags].Value; v != nil && v.Kind() == constant.Int {
		if n, ok := constant.Int64Val(v); ok && n&(log.Lshortfile|log.Llongfile) == 0 {
			return nil
		}
	}
	return source.Around(tc.Off(flags.Pos()), tc.Off(flags.End()), "gopadBuiltin.LogFlags(", ")")
}
