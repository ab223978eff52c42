package rewrite

import (
	"go/ast"
	"go/constant"
	"go/types"
	"log"
	"strconv"

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

// logFlagsLimit is the refusal of log's file and line flags.
const logFlagsLimit = "gopad cannot print a cell's file and line in log output (log.Lshortfile, log.Llongfile): " +
	"a cell has no file, and Go's runtime would name gopad's own source. Workaround: leave the flag out, " +
	"or put the place in the message (log.Printf(\"step 2: ...\"))"

// logFlags refuses log.New, log.SetFlags and Logger.SetFlags with a
// constant flag set that holds log.Lshortfile or log.Llongfile: log would
// print gopad's file and line where go run prints the program's (main.go:12:),
// a silent difference. Flags computed at run time are left alone.
//
//	log.SetFlags(log.Lshortfile)  →  log.SetFlags(func() int { gopadBuiltin.Refuse("...", nil); return log.Lshortfile }())
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
	v := tc.Info.Types[flags].Value
	if v == nil || v.Kind() != constant.Int {
		return nil
	}
	n, ok := constant.Int64Val(v)
	if !ok || n&(log.Lshortfile|log.Llongfile) == 0 {
		return nil
	}
	if _, ok := tc.Info.Types[flags].Type.Underlying().(*types.Basic); !ok {
		return nil
	}
	return source.Around(tc.Off(flags.Pos()), tc.Off(flags.End()),
		"func() int { gopadBuiltin.Refuse("+strconv.Quote(logFlagsLimit)+", nil); return ", " }()")
}
