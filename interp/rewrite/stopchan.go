package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// stopCase is the select case that ends a goroutine waiting on a channel
// when an interrupt comes (see interrupt.go in interp).
const stopCase = "case <-gp_.Stopped(): gp_.Exit()"

// StopChan makes a channel statement interruptible: a receive statement
// becomes gp_.Recv(ch) and a send gp_.Send(ch, &v), compiled code that an
// interrupt wakes, and a select without a default gains stopCase. (A
// receive or a send in a select of its own would share yaegi's one set of
// cases per select statement with every goroutine running the same
// statement: two workers sending on one channel sent each other's values.)
// A receive whose value is used (v := <-ch, v = <-ch) is left as it is (an
// interrupt then falls back to yaegi's). A select's sent values are
// computed before it (see hoistSends).
var StopChan = Pass{Name: "stopChan", Wants: holds(hasChanOp), Run: func(u *Unit) []source.Edit {
	result := u.Last() // nil for declarations
	var es edits
	walk(u, func(n ast.Node, c *cursor) bool {
		switch n.(type) {
		case *ast.ExprStmt, *ast.SendStmt, *ast.SelectStmt:
			es.add(stoppableChan(u, n, c.parent(), n == result)...)
		}
		return true
	})
	return es
}}

// stoppableChan returns the edits of the channel statement n, held by
// parent.
func stoppableChan(u *Unit, n, parent ast.Node, result bool) []source.Edit {
	switch parent.(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause, *ast.LabeledStmt:
	default:
		return nil // an init or post statement, or a select's case
	}
	if cc, ok := parent.(*ast.CommClause); ok && cc.Comm == n {
		return nil
	}
	switch n := n.(type) {
	case *ast.ExprStmt:
		return stoppableRecv(u, n, result)
	case *ast.SendStmt:
		return stoppableSend(u, n)
	case *ast.SelectStmt:
		_, labeled := parent.(*ast.LabeledStmt)
		return stoppableSelect(u, n, labeled)
	}
	return nil
}

func stoppableRecv(u *Unit, n *ast.ExprStmt, result bool) []source.Edit {
	r, ok := ast.Unparen(n.X).(*ast.UnaryExpr)
	if !ok || r.Op != token.ARROW {
		return nil
	}
	// Received by compiled code, which the interrupt wakes too; the
	// cell's value when result.
	return []source.Edit{source.Replace(u.Off(r.Pos()), u.Off(r.X.Pos()), "gp_.Recv("), source.Insert(u.Off(r.End()), ")")}
}

// stoppableSend sends through gp_.Send, with the channel and the value
// taken first, in two statements (yaegi's "c, v := ch, T{...}" gives c a
// nil channel), and the value's address passed: the variable holds it as
// yaegi would send it. A value that only yaegi can convert to the
// channel's element type (a cell's interface type) is sent by the cell's
// code, with a plain send (yaegi's select does not convert it; an
// interrupt then falls back to yaegi's).
func stoppableSend(u *Unit, n *ast.SendStmt) []source.Edit {
	at := u.Off(n.Pos())
	if id, ok := ast.Unparen(n.Value).(*ast.Ident); ok && id.Name == "nil" {
		return []source.Edit{
			{From: at, To: at, Text: "gp_.Send(", Order: 1},
			source.Replace(u.Off(n.Chan.End()), u.Off(n.Value.Pos()), ", "),
			source.Replace(u.Off(n.Value.Pos()), u.Off(n.Value.End()), "nil)"),
		}
	}
	open, close := "", ""
	if r, ok := n.Value.(*ast.UnaryExpr); ok && r.Op == token.ARROW {
		open, close = "(", ")" // a variable set by a bare receive has no address (see RecvAssigns)
	}
	return []source.Edit{
		{From: at, To: at, Text: fmt.Sprintf("{ gopadC%d := ", at), Order: 1},
		source.Replace(u.Off(n.Chan.End()), u.Off(n.Value.Pos()), fmt.Sprintf("; gopadV%d := %s", at, open)),
		{From: u.Off(n.End()), To: u.Off(n.End()), Text: fmt.Sprintf("%s; if !gp_.Send(gopadC%d, &gopadV%d) { gopadC%d <- gopadV%d } }",
			close, at, at, at, at), Order: -1},
	}
}

func stoppableSelect(u *Unit, n *ast.SelectStmt, labeled bool) []source.Edit {
	var es []source.Edit
	if !labeled {
		es = hoistSends(u, n)
	}
	for _, c := range n.Body.List {
		if c.(*ast.CommClause).Comm == nil {
			return es // a default: the select does not wait
		}
	}
	text := "; " + stopCase + " "
	if len(n.Body.List) == 0 {
		text = stopCase
	}
	return append(es, source.Insert(u.Off(n.Body.Rbrace), text))
}

// hoistSends takes the values that a select's cases send before the
// select, in order, as Go evaluates them on entering it: yaegi evaluates a
// send case's value wrongly when it has parts of its own to compute (a
// composite literal's computed fields, a call or an index inside an
// operation), and sends zero values in their place; and it computes an
// operation on names in the frame of the first goroutine that ran the
// select (workers all sent the first one's values).
func hoistSends(u *Unit, sel *ast.SelectStmt) []source.Edit {
	var es []source.Edit
	var pre strings.Builder
	for _, c := range sel.Body.List {
		send, ok := c.(*ast.CommClause).Comm.(*ast.SendStmt)
		if !ok || !needsHoist(send.Value) && (plainValue(send.Value) || !mentionsName(send.Value)) {
			continue
		}
		name := fmt.Sprintf("gopadS%d", u.Off(send.Value.Pos()))
		fmt.Fprintf(&pre, "%s := %s; ", name, u.Code(send.Value))
		es = append(es, source.Replace(u.Off(send.Value.Pos()), u.Off(send.Value.End()), name))
	}
	if len(es) == 0 {
		return nil
	}
	return append(es, source.Around(u.Off(sel.Pos()), u.Off(sel.End()), "{ "+pre.String(), " }")...)
}

// mentionsName reports whether e uses a name: an operation on literals
// alone is an untyped constant, which stays in place to take the
// channel's type.
func mentionsName(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		_, isName := n.(*ast.Ident)
		found = found || isName
		return !found
	})
	return found
}

// plainValue reports whether a sent value is a name or a literal, which a
// select's send case reads right in every goroutine.
func plainValue(e ast.Expr) bool {
	switch ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	}
	return false
}

// needsHoist reports whether a sent value has parts that yaegi computes
// wrongly in a select's send case. Such values are typed (a literal of a
// type, a call's result, an element), so a variable holds them as the
// channel takes them; plain operands and operations on them, which may be
// untyped constants, stay in place (yaegi computes them right).
func needsHoist(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit, *ast.CallExpr, *ast.IndexExpr, *ast.IndexListExpr, *ast.SliceExpr,
			*ast.TypeAssertExpr, *ast.FuncLit:
			found = true
		case *ast.UnaryExpr:
			found = n.Op == token.ARROW // a receive in a send case never ends
		}
		return !found
	})
	return found
}
