package rewrite

import (
	"go/ast"

	"github.com/gopad/gopad/interp/source"
)

// SwitchInit moves the init statement of an expression switch with a tag
// out in front of it, into a block of its own:
//
//	L: switch v := x; v.f { ... }   →   { v := x; L: switch v.f { ... } }
//
// yaegi compares the cases against a wrong tag when the tag reads a
// variable declared by the switch's own init (switch in := code[pc];
// in.op always took the default case). The block keeps the variable's
// scope; every edit stays on its line.
var SwitchInit = Pass{Name: "switchInit", Wants: holds(hasSwitch), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, c *cursor) bool {
		if sw, ok := n.(*ast.SwitchStmt); ok {
			label, _ := c.parent().(*ast.LabeledStmt)
			es.add(switchInit(u, sw, label)...)
		}
		return true
	})
	return es
}}

func switchInit(u *Unit, sw *ast.SwitchStmt, label *ast.LabeledStmt) []source.Edit {
	if sw.Init == nil || sw.Tag == nil || laterCaseRuns(sw) {
		return nil // (TaggedCases moves the init of the switches it rewrites)
	}
	start, name := sw.Pos(), ""
	if label != nil && label.Stmt == sw {
		start, name = label.Pos(), u.Code(label.Label)+": "
	}
	kw := u.Off(sw.Pos()) + len("switch")
	tag, end := u.Off(sw.Tag.Pos()), u.Off(sw.Body.Rbrace)+1
	return []source.Edit{
		source.Replace(u.Off(start), kw, "{"),
		source.Insert(tag, name+"switch "),
		{From: end, To: end, Text: " }", Order: -1},
	}
}
