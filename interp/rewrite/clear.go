package rewrite

import (
	"go/ast"

	"github.com/gopad/gopad/interp/source"
)

// Clear makes clear(x), which yaegi lacks, a call of a compiled helper
// (gopadBuiltin.Clear, reflect.Value.Clear).
var Clear = Pass{Name: "clear", Wants: holds(hasBuiltinCall), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, _ *cursor) bool {
		if call, ok := builtinCall(u, n, "clear"); ok && len(call.Args) == 1 {
			es.add(source.Replace(u.Off(call.Fun.Pos()), u.Off(call.Fun.End()), "gopadBuiltin.Clear"))
		}
		return true
	})
	return es
}}
