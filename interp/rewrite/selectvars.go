package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// SelectVars gives the variables a select case declares a fresh copy each
// time the case runs:
//
//	case r := <-c:      →   case gopadSV12_0 := <-c: r := gopadSV12_0;
//
// yaegi keeps one variable per case for the whole function, so closures
// and pointers made in a case that runs in a loop all see the last value
// received (goroutines started per job saw the last job). A variable
// declared in the case's body is fresh each time, as in Go. Edits stay on
// the case's line.
var SelectVars = Pass{Name: "selectVars", Wants: holds(hasChanOp), Run: func(u *Unit) []source.Edit {
	var es edits
	ast.Inspect(u.AST, func(n ast.Node) bool {
		if cc, ok := n.(*ast.CommClause); ok {
			es.add(selectVars(u, cc)...)
		}
		return true
	})
	return es
}}

func selectVars(u *Unit, cc *ast.CommClause) []source.Edit {
	as, ok := cc.Comm.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE {
		return nil
	}
	var es []source.Edit
	var names, temps []string
	for i, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		temp := fmt.Sprintf("gopadSV%d_%d", u.Off(cc.Pos()), i)
		es = append(es, source.Replace(u.Off(id.Pos()), u.Off(id.End()), temp))
		names = append(names, id.Name)
		temps = append(temps, temp)
	}
	if len(names) == 0 {
		return nil
	}
	at := u.Off(cc.Colon) + 1
	return append(es, source.Edit{From: at, To: at, Text: " " + strings.Join(names, ", ") + " := " + strings.Join(temps, ", ") + ";", Order: 1})
}
