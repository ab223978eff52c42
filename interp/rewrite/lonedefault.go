package rewrite

import (
	"go/ast"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// LoneDefaults writes a type switch whose only clause is the default, and
// which binds a name, as a switch on nothing that declares the name with
// the switched value:
//
//	switch t := x.(type) {    →   switch t := x; {
//	default:                      default:
//		fmt.Printf("%T", t)           fmt.Printf("%T", t)
//	}                             }
//
// In Go the name then has the value and the type of x; yaegi gave it nil
// (%T printed <nil> for every value). A break in the clause still ends the
// switch. The edit stays on the switch's line.
var LoneDefaults = Pass{
	Name:  "loneDefaults",
	Wants: func(u *Unit) bool { return strings.Contains(u.Src, "default") && strings.Contains(u.Src, ".(type)") },
	Run: func(u *Unit) []source.Edit {
		var es edits
		ast.Inspect(u.AST, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSwitchStmt)
			if !ok || ts.Init != nil || len(ts.Body.List) != 1 || ts.Body.List[0].(*ast.CaseClause).List != nil {
				return true
			}
			as, ok := ts.Assign.(*ast.AssignStmt)
			if !ok || len(as.Rhs) != 1 {
				return true
			}
			if ta, ok := as.Rhs[0].(*ast.TypeAssertExpr); ok && ta.Type == nil {
				es.add(source.Replace(u.Off(ta.X.End()), u.Off(ta.End()), ";"))
			}
			return true
		})
		return es
	},
}
