package rewrite

import (
	"go/ast"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// EmptyDefaults gives the empty default clause of a type switch an empty
// block to run:
//
//	switch v := x.(type) {        switch v := x.(type) {
//	case int:                 →   case int:
//		use(v)                        use(v)
//	default:                      default: {}
//	}                             }
//
// yaegi's compiler failed on such a clause ("index out of range [-1]" when
// the switch binds a name, "CFG post-order panic" when it does not), for
// every value switched on; an empty block is the same no-op in Go. The
// edit stays on the clause's line.
var EmptyDefaults = Pass{
	Name:  "emptyDefaults",
	Wants: func(u *Unit) bool { return strings.Contains(u.Src, "default") && strings.Contains(u.Src, ".(type)") },
	Run: func(u *Unit) []source.Edit {
		var es edits
		ast.Inspect(u.AST, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSwitchStmt)
			if !ok {
				return true
			}
			for _, c := range ts.Body.List {
				if cc := c.(*ast.CaseClause); cc.List == nil && len(cc.Body) == 0 {
					es.add(source.Insert(u.Off(cc.Colon)+1, " {}"))
				}
			}
			return true
		})
		return es
	},
}
