package rewrite

import (
	"go/ast"
	"go/token"

	"github.com/gopad/gopad/interp/source"
)

// TaggedCases turns an expression switch with a tag, one of whose cases
// lists an expression after the first that must be evaluated (a call, a
// field, an index, an operation), into a switch without a tag over the
// tag's value, each case one disjunction:
//
//	switch v { case 1, f(7): ... }   →   { gopadTag := v; switch { case (gopadTag == 1) || (gopadTag == f(7)): ... } }
//
// yaegi evaluates only the first expression of a case: the others are
// never run, so a case matched its later values only when they were
// constants or variables (case id(6), id(7) missed 7, s.f and a+0 too).
// Go evaluates the tag once and then the expressions left to right until
// one is equal, which is what the disjunction does. The tag's variable
// and an init statement go in front of the switch, into a block of its
// own, as SwitchInit moves an init (which leaves these switches to this
// pass). Every edit stays on its line.
var TaggedCases = Pass{Name: "taggedCases", Wants: holds(hasSwitch), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, c *cursor) bool {
		if sw, ok := n.(*ast.SwitchStmt); ok && laterCaseRuns(sw) {
			label, _ := c.parent().(*ast.LabeledStmt)
			es.add(taggedCases(u, sw, label)...)
		}
		return true
	})
	return es
}}

// laterCaseRuns reports whether sw has a tag and a case whose expressions
// after the first are not all names or literals.
func laterCaseRuns(sw *ast.SwitchStmt) bool {
	if sw.Tag == nil {
		return false
	}
	for _, s := range sw.Body.List {
		cc, ok := s.(*ast.CaseClause)
		if !ok || len(cc.List) < 2 {
			continue
		}
		for _, e := range cc.List[1:] {
			switch ast.Unparen(e).(type) {
			case *ast.Ident, *ast.BasicLit:
			default:
				return true
			}
		}
	}
	return false
}

func taggedCases(u *Unit, sw *ast.SwitchStmt, label *ast.LabeledStmt) []source.Edit {
	var es []source.Edit
	for _, s := range sw.Body.List {
		cc, ok := s.(*ast.CaseClause)
		if !ok {
			continue
		}
		for i, e := range cc.List {
			es = append(es, tagComparison(u, e)...)
			if i == len(cc.List)-1 {
				break
			}
			comma := commaBetween(u.Src, u.Off(e.End()), u.Off(cc.List[i+1].Pos()))
			if comma < 0 {
				return nil
			}
			es = append(es, source.Replace(comma, comma+1, " ||"))
		}
	}
	// The switch goes into a block after its init (if any) and the tag's
	// variable: yaegi took switch x := v; {...} for a switch on x.
	start, name := sw.Pos(), ""
	if label != nil && label.Stmt == sw {
		start, name = label.Pos(), u.Code(label.Label)+": "
	}
	kw := u.Off(sw.Pos()) + len("switch")
	tag, tagEnd, end := u.Off(sw.Tag.Pos()), u.Off(sw.Tag.End()), u.Off(sw.Body.Rbrace)+1
	open, bind := "{ gopadTag :=", "" // switch v {  →  { gopadTag := v; switch {
	if sw.Init != nil {
		open, bind = "{", "gopadTag := " // switch x := f(); x.v {  →  { x := f(); gopadTag := x.v; switch {
	}
	return append(es,
		source.Replace(u.Off(start), kw, open),
		source.Insert(tag, bind),
		source.Insert(tagEnd, "; "+name+"switch"),
		source.Edit{From: end, To: end, Text: " }", Order: -1})
}

// tagComparison makes the case expression e a comparison with the tag's
// value, (gopadTag == e). yaegi's comparison inside a disjunction failed
// on an operand that is a name in parentheses (reflect's Bool on an int),
// so such parentheses go; e gets parentheses of its own where == binds
// more tightly than its operator (a comparison, && or ||).
func tagComparison(u *Unit, e ast.Expr) []source.Edit {
	if p, ok := e.(*ast.ParenExpr); ok {
		switch p.X.(type) {
		case *ast.Ident, *ast.BasicLit:
			return []source.Edit{source.Replace(u.Off(e.Pos()), u.Off(e.End()), "(gopadTag == "+u.Code(p.X)+")")}
		}
	}
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op.Precedence() <= token.EQL.Precedence() {
		return source.Around(u.Off(e.Pos()), u.Off(e.End()), "(gopadTag == (", "))")
	}
	return source.Around(u.Off(e.Pos()), u.Off(e.End()), "(gopadTag == ", ")")
}
