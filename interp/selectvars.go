package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
)

// selectVars gives the variables a select case declares a fresh copy each
// time the case runs:
//
//	case r := <-c:      →   case gopadSV12_0 := <-c: r := gopadSV12_0;
//
// yaegi keeps one variable per case for the whole function, so closures
// and pointers made in a case that runs in a loop all see the last value
// received (goroutines started per job saw the last job). A variable
// declared in the case's body is fresh each time, as in Go. Edits stay on
// the case's line.
func selectVars(cc *ast.CommClause, off func(token.Pos) int) []edit {
	as, ok := cc.Comm.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE {
		return nil
	}
	var edits []edit
	var names, temps []string
	for i, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		temp := fmt.Sprintf("gopadSV%d_%d", off(cc.Pos()), i)
		edits = append(edits, edit{off(id.Pos()), off(id.End()), temp, 0})
		names = append(names, id.Name)
		temps = append(temps, temp)
	}
	if len(names) == 0 {
		return nil
	}
	at := off(cc.Colon) + 1
	return append(edits, edit{at, at, " " + strings.Join(names, ", ") + " := " + strings.Join(temps, ", ") + ";", 1})
}
