package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// SelectAssigns rewrites the select cases that receive into existing
// variables, or any other assignable operand, into cases that declare
// their own and assign them first thing in the case:
//
//	case x, ok = <-c:   →   case gopadSA12_0, gopadSA12_1 := <-c: x, ok = gopadSA12_0, gopadSA12_1;
//
// yaegi's select panics on them (reflect.Select: invalid Dir). As in Go,
// the operands on the left are evaluated only when the case runs. The
// parentheses of a case's receive, case v := (<-c), go too: yaegi does
// not compile them. Edits stay on the case's line.
var SelectAssigns = Pass{Name: "selectAssigns", Wants: holds(hasChanOp), Run: func(u *Unit) []source.Edit {
	var es edits
	ast.Inspect(u.AST, func(n ast.Node) bool {
		if cc, ok := n.(*ast.CommClause); ok {
			es.add(selectAssign(u, cc)...)
			es.add(recvParens(u, cc)...)
		}
		return true
	})
	return es
}}

func selectAssign(u *Unit, cc *ast.CommClause) []source.Edit {
	as, ok := cc.Comm.(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN {
		return nil
	}
	var lhs, temps, used []string
	for i, l := range as.Lhs {
		temp := fmt.Sprintf("gopadSA%d_%d", u.Off(cc.Pos()), i)
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			temp = "_"
		} else {
			lhs = append(lhs, u.Code(l))
			used = append(used, temp)
		}
		temps = append(temps, temp)
	}
	head := source.Replace(u.Off(as.Pos()), u.Off(as.Rhs[0].Pos()), strings.Join(temps, ", ")+" := ")
	if len(lhs) == 0 {
		return []source.Edit{source.Replace(u.Off(as.Pos()), u.Off(as.Rhs[0].Pos()), "")} // case _ = <-c
	}
	at := u.Off(cc.Colon) + 1
	return []source.Edit{head, {From: at, To: at, Text: " " + strings.Join(lhs, ", ") + " = " + strings.Join(used, ", ") + ";", Order: 1}}
}

// recvParens drops the parentheses around a select case's receive.
func recvParens(u *Unit, cc *ast.CommClause) []source.Edit {
	var x ast.Expr
	switch c := cc.Comm.(type) {
	case *ast.AssignStmt:
		if len(c.Rhs) == 1 {
			x = c.Rhs[0]
		}
	case *ast.ExprStmt:
		x = c.X
	}
	var es []source.Edit
	for {
		p, ok := x.(*ast.ParenExpr)
		if !ok {
			return es
		}
		es = append(es, source.Replace(u.Off(p.Lparen), u.Off(p.Lparen)+1, ""), source.Replace(u.Off(p.Rparen), u.Off(p.Rparen)+1, ""))
		x = p.X
	}
}
