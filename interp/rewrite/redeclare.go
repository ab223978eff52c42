package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// A top-level p, err := g() whose err is already a variable of the session
// with the same type assigns that variable, as it would in main. yaegi it only when its own idea of the two types is the same (a
// compiled function's error result and a cell's var err error differ), and
// otherwise makes a second global err: functions declared earlier keep
// reading the first one, with its stale value. The typed pass writes such
// a statement as declarations of the new names and an assignment:
//
//	p, err := g()  →  var p string; p, err = g()

var redeclarePass = Pass{
	Name: "redeclare",
	Wants: func(u *Unit) bool {
		for _, ids := range u.sights().defines {
			for _, id := range ids {
				if u.Scope.Variable(id.Name) {
					return true
				}
			}
		}
		return false
	},
	Run: func(u *Unit) []source.Edit { return u.Types.reusedDefines(u.Stmt()) },
}

// reusedDefines returns the edits for a statement chunk's top-level :=
// statements that redeclare session variables of the same type.
func (tc *Types) reusedDefines(stmt bool) []source.Edit {
	if !stmt {
		return nil
	}
	var edits []source.Edit
	for _, d := range tc.File.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		for _, st := range fd.Body.List {
			if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && len(as.Lhs) >= 2 {
				edits = append(edits, tc.reusedDefine(as)...)
			}
		}
	}
	return edits
}

func (tc *Types) reusedDefine(as *ast.AssignStmt) []source.Edit {
	var edits []source.Edit
	var assigns []string
	for _, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		obj := tc.Info.Defs[id]
		if obj == nil {
			continue // already declared in this chunk: := assigns it
		}
		if g, ok := tc.Pkg.Scope().Lookup(id.Name).(*types.Var); ok && types.Identical(g.Type(), obj.Type()) {
			tmp := fmt.Sprintf("gopadR%d_%d", tc.Off(as.Pos()), len(assigns))
			edits = append(edits, source.Edit{From: tc.Off(id.Pos()), To: tc.Off(id.End()), Text: tmp})
			assigns = append(assigns, fmt.Sprintf("; %s = %s", id.Name, tmp))
		}
	}
	if len(assigns) == 0 {
		return nil
	}
	end := tc.Off(as.End())
	return append(edits, source.Edit{From: end, To: end, Text: strings.Join(assigns, "")})
}
