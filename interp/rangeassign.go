package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
)

// rangeAssign rewrites a range statement that assigns to variables declared
// before it into one that declares variables of its own and assigns them at
// the top of each iteration:
//
//	for i = range xs {       →   for gopadRK := range xs { i = gopadRK;
//	for k, v = range m {     →   for gopadRK, gopadRV := range m { k, v = gopadRK, gopadRV;
//	for i = range n {        →   for gopadRK, gopadN := 0*(n), n; gopadRK < gopadN; gopadRK++ { i = gopadRK;
//
// yaegi's range with = leaves the outer variables as they were (a search
// loop then reports index 0), and Go's range over an integer with = leaves
// n-1 in the variable, not n. isInt says that the range is over an integer.
// Edits stay on the statement's line.
func rangeAssign(n *ast.RangeStmt, isInt bool, off func(token.Pos) int, code func(ast.Node) string) []edit {
	if n.Tok != token.ASSIGN || n.Key == nil {
		return nil
	}
	var lhs, temps, assigned []string
	for i, e := range []ast.Expr{n.Key, n.Value} {
		if e == nil {
			continue
		}
		temp := []string{"gopadRK", "gopadRV"}[i]
		if id, ok := e.(*ast.Ident); ok && id.Name == "_" {
			temp = "_"
		} else {
			lhs = append(lhs, code(e))
			assigned = append(assigned, temp)
		}
		temps = append(temps, temp)
	}
	var edits []edit
	if isInt {
		x := code(n.X)
		head := fmt.Sprintf("for gopadRK, gopadN := 0*(%s), %s; gopadRK < gopadN; gopadRK++ ", x, x)
		edits = append(edits, edit{off(n.Pos()), off(n.Body.Lbrace), head, 0})
	} else {
		edits = append(edits, edit{off(n.Key.Pos()), off(n.TokPos) + len(token.ASSIGN.String()), strings.Join(temps, ", ") + " :=", 0})
	}
	if len(lhs) > 0 {
		at := off(n.Body.Lbrace) + 1
		edits = append(edits, edit{at, at, " " + strings.Join(lhs, ", ") + " = " + strings.Join(assigned, ", ") + ";", 1})
	}
	return edits
}
