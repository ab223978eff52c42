package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// SelectOrder evaluates a select's operands in Go's order, before the
// select, each into a variable of its own:
//
//	select {                      →   { gopadSO9_0 := getChan(0); gopadSO9_1 := getNumber(0); select {
//	case getChan(0) <- getNumber(0):  case gopadSO9_0 <- gopadSO9_1:
//
// Go evaluates the channel of every case and the value of every send once,
// in source order, on entering the select; yaegi evaluated all the sent
// values first and the channels after, so calls with effects (a print, a
// counter) ran in another order. Its own typed phase, before the typed
// one, whose passes then see the sends of plain variables.
var SelectOrder = Phase{Name: "selectorder", Typed: true, Passes: []Pass{selectOrderPass}}

var selectOrderPass = Pass{
	Name: "selectOrder",
	Wants: func(u *Unit) bool {
		return strings.Contains(u.Src, "select") && u.has(hasChanOp) && hasEffectfulSelect(u.AST)
	},
	Run: func(u *Unit) []source.Edit { return u.Types.selectOrders() },
}

// hasEffectfulSelect reports whether f holds a select with a send case
// whose operands could be evaluated out of order: a call or a receive among
// its operands.
func hasEffectfulSelect(f ast.Node) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if s, ok := n.(*ast.SelectStmt); ok && !found {
			ops, send := selectOperands(s)
			found = send && anyEffect(ops, nil)
		}
		return !found
	})
	return found
}

// selectOperands lists the channels and sent values of s's cases in source
// order, and whether a case sends.
func selectOperands(s *ast.SelectStmt) (ops []ast.Expr, send bool) {
	for _, c := range s.Body.List {
		switch comm := c.(*ast.CommClause).Comm.(type) {
		case *ast.SendStmt:
			ops, send = append(ops, comm.Chan, comm.Value), true
		case *ast.ExprStmt:
			ops = appendRecv(ops, comm.X)
		case *ast.AssignStmt:
			if len(comm.Rhs) == 1 {
				ops = appendRecv(ops, comm.Rhs[0])
			}
		}
	}
	return ops, send
}

func appendRecv(ops []ast.Expr, e ast.Expr) []ast.Expr {
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
		return append(ops, u.X)
	}
	return ops
}

// anyEffect reports whether one of ops holds a call (not a conversion,
// when info knows the types) or a receive.
func anyEffect(ops []ast.Expr, info *types.Info) bool {
	found := false
	for _, op := range ops {
		ast.Inspect(op, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				found = found || info == nil || !info.Types[n.Fun].IsType()
			case *ast.UnaryExpr:
				found = found || n.Op == token.ARROW
			}
			return !found
		})
	}
	return found
}

func (tc *Types) selectOrders() []source.Edit {
	var es edits
	labels := map[*ast.SelectStmt]*ast.LabeledStmt{}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.LabeledStmt:
			if s, ok := n.Stmt.(*ast.SelectStmt); ok {
				labels[s] = n
			}
		case *ast.SelectStmt:
			var start ast.Node = n
			if l := labels[n]; l != nil {
				start = l
			}
			es.add(tc.selectOrder(n, start)...)
		}
		return true
	})
	return es
}

// selectOrder hoists s's operands that are not constants into variables
// declared in a block around start (s, or the label on s). An operand whose
// operator gives an untyped value (a comparison, a shift of a constant)
// takes the type it has in the send, written out; := would give it its
// default type (bool for a chan of a named bool type). It leaves s as it is
// when an operand spans lines (the edits keep every line where it was).
func (tc *Types) selectOrder(s *ast.SelectStmt, start ast.Node) []source.Edit {
	ops, send := selectOperands(s)
	if !send || !anyEffect(ops, tc.Info) {
		return nil
	}
	var es []source.Edit
	var decls strings.Builder
	for i, op := range ops {
		tv, ok := tc.Info.Types[op]
		if !ok || tv.Value != nil || tv.IsNil() {
			continue // constants and nil are the same whenever evaluated
		}
		from, to := tc.Off(op.Pos()), tc.Off(op.End())
		text := tc.Text[from+tc.Prefix : to+tc.Prefix]
		if strings.Contains(text, "\n") {
			return nil
		}
		name := fmt.Sprintf("gopadSO%d_%d", tc.Off(s.Pos()), i)
		if !untypedOperator(op) {
			fmt.Fprintf(&decls, "%s := %s; ", name, text)
		} else if typ, ok := tc.TypeText(tv.Type); ok {
			fmt.Fprintf(&decls, "var %s %s = %s; ", name, typ, text)
		} else {
			return nil
		}
		es = append(es, source.Replace(from, to, name))
	}
	if len(es) == 0 {
		return nil
	}
	return append(es, source.Insert(tc.Off(start.Pos()), "{ "+decls.String()), source.Insert(tc.Off(s.End()), " }"))
}

// untypedOperator reports whether e's value may be untyped before the
// send gives it a type: a comparison, a logical operator, a shift or !.
func untypedOperator(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		return isComparison(e.Op) || e.Op == token.LAND || e.Op == token.LOR || e.Op == token.SHL || e.Op == token.SHR ||
			untypedOperator(e.X) && untypedOperator(e.Y)
	case *ast.UnaryExpr:
		return e.Op == token.NOT || e.Op != token.ARROW && untypedOperator(e.X)
	}
	return false
}
