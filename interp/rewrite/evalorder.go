package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// EvalOrder makes a statement call its functions before it computes the
// operands that are not calls, as the compiler does. Go fixes the order of
// a statement's calls only; gc computes the others (m[k], x+1, s[i],
// string(b), -x) after every call that does not take them as arguments,
// and yaegi computes each where it stands, so that a call changing what
// an operand before it reads gave another answer:
//
//	fmt.Println(m["k"], bump(), m["k"])  →  gopadE13 := bump(); fmt.Println(m["k"], gopadE13, m["k"])
//
// The calls up to the last one such an operand precedes are evaluated
// into variables before the statement, in their order, each with the
// operands of its own arguments (which Go computes before the call); so
// are len and cap, which gc computes in place. A map literal is computed
// where it stands, its entries in order, as a call is: gc builds it
// before the statement, so an operand in it is not late, and one holding
// a call moves as a whole. The header of an if or switch without an init
// statement, and an init statement of an if, switch or for, move their
// calls before the if, switch or for. A statement is left as it is where
// a call is conditional (after && or ||), gives several results,
// receives, or spans lines (moved, it would move the lines after it), and
// where a goto could jump over the variables.
var EvalOrder = Phase{Name: "evalorder", Typed: true, Passes: []Pass{evalOrderPass}}

var evalOrderPass = Pass{
	Name:  "evalOrder",
	Wants: func(u *Unit) bool { return mayReorder(u.AST) },
	Run:   func(u *Unit) []source.Edit { return u.Types.evalOrder() },
}

// mayReorder reports whether a statement of f has an operand that is not
// a call before a call: the syntax of what evalOrder rewrites.
func mayReorder(f *ast.File) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if found {
			return false
		}
		if exprs := orderedExprs(n); exprs != nil {
			found = lateBeforeCall(exprs)
		}
		return true
	})
	return found
}

// orderedExprs are the expressions a statement evaluates first, whose
// calls may move before it: an expression statement's, an assignment's
// right side, a return's results; the init statement of an if, switch or
// for, or else the condition of an if and the tag of a switch.
func orderedExprs(n ast.Node) []ast.Expr {
	switch s := n.(type) {
	case *ast.ExprStmt:
		return []ast.Expr{s.X}
	case *ast.AssignStmt:
		return s.Rhs
	case *ast.ReturnStmt:
		return s.Results
	case *ast.ValueSpec:
		return s.Values // a variable of the top level
	case *ast.DeclStmt:
		if g, ok := s.Decl.(*ast.GenDecl); ok && g.Tok == token.VAR && len(g.Specs) == 1 {
			return g.Specs[0].(*ast.ValueSpec).Values
		}
	case *ast.IfStmt:
		if s.Init != nil {
			return orderedExprs(s.Init)
		}
		return []ast.Expr{s.Cond}
	case *ast.SwitchStmt:
		if s.Init != nil {
			return orderedExprs(s.Init)
		}
		if s.Tag != nil {
			return []ast.Expr{s.Tag}
		}
	case *ast.TypeSwitchStmt:
		return orderedExprs(s.Init)
	case *ast.ForStmt:
		return orderedExprs(s.Init)
	}
	return nil
}

// lateBeforeCall reports, from the syntax alone, whether an index,
// arithmetic or slice expression comes before a call in exprs.
func lateBeforeCall(exprs []ast.Expr) bool {
	lateEnd := token.NoPos
	found := false
	for _, e := range exprs {
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.IndexExpr, *ast.SliceExpr, *ast.BinaryExpr, *ast.UnaryExpr:
				lateEnd = earliest(lateEnd, n.End())
			case *ast.CallExpr:
				found = found || lateEnd != token.NoPos && n.Pos() >= lateEnd
				if basicConversion(n) {
					lateEnd = earliest(lateEnd, n.End())
				}
			}
			return !found
		})
	}
	return found
}

// earliest is the earlier of two positions, of which a may be NoPos.
func earliest(a, b token.Pos) token.Pos {
	if a == token.NoPos || b < a {
		return b
	}
	return a
}

// basicConversion reports whether call looks like a conversion to a
// predeclared type or a type literal (string(b), []rune(s)).
func basicConversion(call *ast.CallExpr) bool {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.ArrayType, *ast.MapType, *ast.StarExpr:
		return true
	case *ast.Ident:
		return isTypeName(f.Name)
	}
	return false
}

// isTypeName reports whether name is a predeclared type's.
func isTypeName(name string) bool {
	_, ok := types.Universe.Lookup(name).(*types.TypeName)
	return ok
}

// orderCall is a call of a statement, or a map literal holding one, in
// the order Go makes it.
type orderCall struct {
	call     ast.Expr
	hoisting bool // it may move before the statement
}

func (tc *Types) evalOrder() []source.Edit {
	var edits []source.Edit
	stmtLists(tc.File, func(list []ast.Stmt, gotos bool) {
		for _, s := range list {
			exprs := orderedExprs(s)
			var moved []source.Edit
			if !gotos && exprs != nil {
				moved = tc.reorder(s, exprs)
			}
			if len(moved) == 0 {
				moved = tc.mapEntriesInOrder(exprs)
			}
			edits = append(edits, moved...)
		}
	})
	for _, d := range tc.File.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
			for _, sp := range g.Specs {
				edits = append(edits, tc.reorderVar(sp.(*ast.ValueSpec))...)
			}
		}
	}
	return edits
}

// stmtLists calls visit with each list of statements of f (blocks and the
// bodies of cases), and whether the function holding it has a goto.
func stmtLists(f *ast.File, visit func(list []ast.Stmt, gotos bool)) {
	ast.Inspect(f, func(n ast.Node) bool {
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.FuncDecl:
			body = n.Body
		case *ast.FuncLit:
			body = n.Body
		}
		if body == nil {
			return true
		}
		gotos := hasGotos(body)
		ast.Inspect(body, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				return m.Body == body
			case *ast.BlockStmt:
				visit(m.List, gotos)
			case *ast.CaseClause:
				visit(m.Body, gotos)
			case *ast.CommClause:
				visit(m.Body, gotos)
			}
			return true
		})
		return true
	})
}

// hasGotos reports whether body, outside its function literals, has a
// goto.
func hasGotos(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BranchStmt:
			found = found || n.Tok == token.GOTO
		}
		return !found
	})
	return found
}

// reorder is the edits that move the calls of statement s (whose values
// are exprs) before it, where an operand computed before one of them
// must wait for it.
func (tc *Types) reorder(s ast.Stmt, exprs []ast.Expr) []source.Edit {
	calls := tc.movingCalls(exprs)
	if calls == nil {
		return nil
	}
	pre, edits := tc.hoistCalls(calls)
	return append(edits, source.Insert(tc.Off(s.Pos()), pre))
}

// reorderVar is reorder for a variable of the chunk's top level, where no
// statement can come first: its value becomes the call of a function
// literal that makes the calls and then returns it.
func (tc *Types) reorderVar(vs *ast.ValueSpec) []source.Edit {
	if len(vs.Values) != 1 {
		return nil
	}
	v := vs.Values[0]
	calls := tc.movingCalls(vs.Values)
	if calls == nil {
		return nil
	}
	typ, ok := tc.TypeText(types.Default(tc.Info.TypeOf(v)))
	if vs.Type != nil {
		typ, ok = tc.rawCode(vs.Type), true
	}
	if !ok {
		return nil
	}
	pre, edits := tc.hoistCalls(calls)
	return append(edits, source.Around(tc.Off(v.Pos()), tc.Off(v.End()), "func() "+typ+" { "+pre+"return ", " }()")...)
}

// movingCalls is the calls of exprs, in Go's order, up to the last one an
// operand before it waits for; nil where none does or one cannot move.
func (tc *Types) movingCalls(exprs []ast.Expr) []orderCall {
	if !lateBeforeCall(exprs) {
		return nil
	}
	calls, ok := tc.orderCalls(exprs)
	if !ok {
		return nil
	}
	last := tc.lastWaited(exprs, calls)
	if last < 0 {
		return nil
	}
	for _, c := range calls[:last+1] {
		if strings.Contains(tc.rawCode(c.call), "\n") {
			return nil // moved, it would move the lines after it
		}
	}
	return calls[:last+1]
}

// orderCalls lists the calls of exprs in the order Go makes them (each
// after its arguments), with len and cap and the map literals holding a
// call; false where one cannot move (conditional, several results, a
// receive in the statement).
func (tc *Types) orderCalls(exprs []ast.Expr) ([]orderCall, bool) {
	var calls []orderCall
	ok := true
	for _, e := range exprs {
		tc.postOrder(e, false, func(n ast.Node, cond bool) {
			switch n := n.(type) {
			case *ast.UnaryExpr:
				ok = ok && n.Op != token.ARROW
			case *ast.CompositeLit:
				if tc.mapLit(n) && hasCall([]ast.Expr{n}) {
					calls = append(calls, orderCall{n, !cond && n.Type != nil})
				}
			case *ast.CallExpr:
				if tc.conversion(n) || tc.builtinOther(n) {
					return
				}
				tv := tc.Info.Types[n]
				_, tuple := tv.Type.(*types.Tuple)
				calls = append(calls, orderCall{n, !cond && !tuple && tv.Type != nil && tv.Value == nil})
			}
		})
	}
	return calls, ok
}

// postOrder calls visit with the nodes of e after their children, outside
// function literals, telling whether the node is evaluated only on a
// condition (the right operand of && or ||).
func (tc *Types) postOrder(e ast.Node, cond bool, visit func(ast.Node, bool)) {
	if e == nil {
		return
	}
	if b, ok := e.(*ast.BinaryExpr); ok && (b.Op == token.LAND || b.Op == token.LOR) {
		tc.postOrder(b.X, cond, visit)
		tc.postOrder(b.Y, true, visit)
		visit(b, cond)
		return
	}
	if _, ok := e.(*ast.FuncLit); ok {
		return
	}
	if lit, ok := e.(*ast.CompositeLit); ok && tc.mapLit(lit) {
		visit(e, cond) // computed whole, where it stands
		return
	}
	var children []ast.Node
	ast.Inspect(e, func(n ast.Node) bool {
		if n == e {
			return true
		}
		if n != nil {
			children = append(children, n)
		}
		return false
	})
	for _, c := range children {
		tc.postOrder(c, cond, visit)
	}
	visit(e, cond)
}

// mapLit reports whether lit builds a map.
func (tc *Types) mapLit(lit *ast.CompositeLit) bool {
	tv, ok := tc.Info.Types[lit]
	if !ok {
		return false
	}
	_, isMap := tv.Type.Underlying().(*types.Map)
	return isMap
}

// conversion reports whether call converts to a type.
func (tc *Types) conversion(call *ast.CallExpr) bool {
	tv, ok := tc.Info.Types[call.Fun]
	return ok && tv.IsType()
}

// builtinOther reports whether call is of a builtin other than len and
// cap (which gc computes in place, as calls).
func (tc *Types) builtinOther(call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := tc.Info.Uses[id].(*types.Builtin)
	return ok && b.Name() != "len" && b.Name() != "cap"
}

// lastWaited is the index in calls of the last call that an operand
// computed before it waits for (gc computes the operand later), or -1;
// also -1 when a call up to it cannot move.
func (tc *Types) lastWaited(exprs []ast.Expr, calls []orderCall) int {
	last := -1
	tc.waiting(exprs, calls, func(_ ast.Expr, i int) { last = max(last, i) })
	for _, c := range calls[:last+1] {
		if !c.hoisting {
			return -1
		}
	}
	return last
}

// waiting calls wait with each operand of exprs that gc computes after a
// call it precedes, and the index of that call in calls.
func (tc *Types) waiting(exprs []ast.Expr, calls []orderCall, wait func(x ast.Expr, call int)) {
	for _, e := range exprs {
		tc.postOrder(e, false, func(n ast.Node, _ bool) {
			x, ok := n.(ast.Expr)
			if !ok || !tc.computedLate(x) {
				return
			}
			consumer := consumerCall(x, calls)
			for i, c := range calls {
				if c.call.Pos() >= x.End() && (consumer == nil || c.call.End() <= consumer.End()) && tc.realCall(c.call) {
					wait(x, i)
				}
			}
		})
	}
}

// mapEntriesInOrder is the edits that make the map literals of exprs
// compute their entries in order, as gc does (it builds the map entry by
// entry; yaegi computed an index or arithmetic operand after the calls of
// the later entries): such an operand before a call becomes the call of
// a function literal returning it.
func (tc *Types) mapEntriesInOrder(exprs []ast.Expr) []source.Edit {
	var edits []source.Edit
	for _, e := range exprs {
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CompositeLit:
				if tc.mapLit(n) {
					edits = append(edits, tc.entriesInOrder(n)...)
				}
			}
			return true
		})
	}
	return edits
}

// entriesInOrder is mapEntriesInOrder for one map literal (the maps
// inside it are computed whole, as calls are).
func (tc *Types) entriesInOrder(lit *ast.CompositeLit) []source.Edit {
	var entries []ast.Expr
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			entries = append(entries, kv.Key, kv.Value)
		}
	}
	calls, _ := tc.orderCalls(entries)
	var early []ast.Expr
	tc.waiting(entries, calls, func(x ast.Expr, _ int) {
		if !slices.Contains(early, x) {
			early = append(early, x)
		}
	})
	var edits []source.Edit
	for _, x := range outermostOf(early) {
		typ, ok := tc.TypeText(tc.Info.Types[x].Type)
		if !ok || strings.Contains(tc.rawCode(x), "\n") {
			continue
		}
		edits = append(edits, source.Insert(tc.Off(x.Pos()), "func() "+typ+" { return "),
			source.Insert(tc.Off(x.End()), " }()"))
	}
	return edits
}

// realCall reports whether call calls a function (not len or cap) or is
// a map literal holding a call.
func (tc *Types) realCall(e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return true
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return true
	}
	_, builtin := tc.Info.Uses[id].(*types.Builtin)
	return !builtin
}

// computedLate reports whether gc computes x after the calls that do not
// take it: an index, a slice, arithmetic, a negation or a conversion of a
// value that is not constant.
func (tc *Types) computedLate(x ast.Expr) bool {
	tv, ok := tc.Info.Types[x]
	if !ok || tv.Value != nil || !tv.IsValue() {
		return false
	}
	if _, fn := tv.Type.(*types.Signature); fn {
		return false // F[int], an instantiation
	}
	switch x := x.(type) {
	case *ast.IndexExpr, *ast.SliceExpr:
		return true
	case *ast.BinaryExpr:
		switch x.Op {
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.AND, token.OR, token.XOR, token.SHL, token.SHR, token.AND_NOT:
			return true
		}
	case *ast.UnaryExpr:
		return x.Op == token.SUB || x.Op == token.XOR
	case *ast.CallExpr:
		return tc.conversion(x) && len(x.Args) == 1
	}
	return false
}

// consumerCall is the innermost of calls that takes x in its arguments,
// or nil.
func consumerCall(x ast.Expr, calls []orderCall) *ast.CallExpr {
	var in *ast.CallExpr
	for _, c := range calls {
		call, ok := c.call.(*ast.CallExpr)
		if ok && call.Lparen < x.Pos() && x.End() <= call.Rparen && (in == nil || call.Pos() >= in.Pos()) {
			in = call
		}
	}
	return in
}

// hoistCalls is the statements that evaluate calls (a prefix of a
// statement's calls in Go's order) into variables, each written with the
// variables of the calls it takes, and the edits that put the variables
// in their places.
func (tc *Types) hoistCalls(calls []orderCall) (string, []source.Edit) {
	names := map[ast.Expr]string{}
	var pre strings.Builder
	for _, c := range calls {
		name := fmt.Sprintf("gopadE%d", tc.Off(c.call.End())) // End: a call and the call of its result begin together
		fmt.Fprintf(&pre, "%s := %s; ", name, tc.withNames(c.call, names))
		names[c.call] = name
	}
	var edits []source.Edit
	for _, c := range outermost(calls) {
		edits = append(edits, source.Replace(tc.Off(c.Pos()), tc.Off(c.End()), names[c]))
	}
	return pre.String(), edits
}

// withNames is call's text with the calls inside it that names has
// replaced by their variables.
func (tc *Types) withNames(call ast.Expr, names map[ast.Expr]string) string {
	text := tc.rawCode(call)
	base := tc.Off(call.Pos())
	var inner []ast.Expr
	for c := range names {
		if c != call && call.Pos() <= c.Pos() && c.End() <= call.End() {
			inner = append(inner, c)
		}
	}
	inner = outermostOf(inner)
	slices.SortFunc(inner, func(a, b ast.Expr) int { return int(b.Pos() - a.Pos()) })
	for _, c := range inner {
		from, to := tc.Off(c.Pos())-base, tc.Off(c.End())-base
		text = text[:from] + names[c] + text[to:]
	}
	return text
}

// rawCode is the chunk's text of n, as it stands.
func (tc *Types) rawCode(n ast.Node) string {
	return tc.Text[tc.Fset.Position(n.Pos()).Offset:tc.Fset.Position(n.End()).Offset]
}

// outermost is the calls of cs that no other of cs holds.
func outermost(cs []orderCall) []ast.Expr {
	calls := make([]ast.Expr, len(cs))
	for i, c := range cs {
		calls[i] = c.call
	}
	return outermostOf(calls)
}

func outermostOf(calls []ast.Expr) []ast.Expr {
	var out []ast.Expr
	for _, c := range calls {
		held := false
		for _, o := range calls {
			held = held || o != c && o.Pos() <= c.Pos() && c.End() <= o.End()
		}
		if !held {
			out = append(out, c)
		}
	}
	return out
}
