package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// RangeAssign rewrites a range statement that assigns to variables declared
// before it into one that declares variables of its own and assigns them at
// the top of each iteration:
//
//	for i = range xs {       →   for gopadRK := range xs { i = gopadRK;
//	for k, v = range m {     →   for gopadRK, gopadRV := range m { k, v = gopadRK, gopadRV;
//	for i = range n {        →   for gopadRK, gopadN := 0*(n), n; gopadRK < gopadN; gopadRK++ { i = gopadRK;
//
// yaegi's range with = leaves the outer variables as they were (a search
// loop then reports index 0), and Go's range over an integer with = leaves
// n-1 in the variable, not n. Edits stay on the statement's line.
var RangeAssign = Pass{Name: "rangeAssign", Wants: holds(hasLoop), Run: func(u *Unit) []source.Edit {
	var es edits
	rangeStmts(u, func(n *ast.RangeStmt, isInt bool) {
		if n.Tok == token.ASSIGN && n.Key != nil {
			es.add(rangeAssign(u, n, isInt)...)
		}
	})
	return es
}}

func rangeAssign(u *Unit, n *ast.RangeStmt, isInt bool) []source.Edit {
	var lhs, temps, assigned []string
	for i, e := range []ast.Expr{n.Key, n.Value} {
		if e == nil {
			continue
		}
		temp := []string{"gopadRK", "gopadRV"}[i]
		if id, ok := e.(*ast.Ident); ok && id.Name == "_" {
			temp = "_"
		} else {
			lhs = append(lhs, u.Code(e))
			assigned = append(assigned, temp)
		}
		temps = append(temps, temp)
	}
	var es []source.Edit
	if isInt {
		x := u.Code(n.X)
		head := fmt.Sprintf("for gopadRK, gopadN := 0*(%s), %s; gopadRK < gopadN; gopadRK++ ", x, x)
		es = append(es, source.Replace(u.Off(n.Pos()), u.Off(n.Body.Lbrace), head))
	} else if len(lhs) == 0 {
		// for _, _ = range m: nothing is assigned, and _, _ := is no Go.
		es = append(es, source.Replace(u.Off(n.Key.Pos()), u.Off(n.TokPos)+len(token.ASSIGN.String()), ""))
	} else {
		es = append(es, source.Replace(u.Off(n.Key.Pos()), u.Off(n.TokPos)+len(token.ASSIGN.String()), strings.Join(temps, ", ")+" :="))
	}
	if len(lhs) > 0 {
		at := u.Off(n.Body.Lbrace) + 1
		es = append(es, source.Edit{From: at, To: at, Text: " " + strings.Join(lhs, ", ") + " = " + strings.Join(assigned, ", ") + ";", Order: 1})
	}
	return es
}
