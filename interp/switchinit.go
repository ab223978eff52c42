package interp

import (
	"go/ast"
	"go/token"
)

// switchInit moves the init statement of an expression switch with a tag
// out in front of it, into a block of its own:
//
//	L: switch v := x; v.f { ... }   →   { v := x; L: switch v.f { ... } }
//
// yaegi compares the cases against a wrong tag when the tag reads a
// variable declared by the switch's own init (switch in := code[pc];
// in.op always took the default case). The block keeps the variable's
// scope; every edit stays on its line.
func switchInit(sw *ast.SwitchStmt, label *ast.LabeledStmt, off func(token.Pos) int, code func(ast.Node) string) []edit {
	if sw.Init == nil || sw.Tag == nil {
		return nil
	}
	start, name := sw.Pos(), ""
	if label != nil && label.Stmt == sw {
		start, name = label.Pos(), code(label.Label)+": "
	}
	kw := off(sw.Pos()) + len("switch")
	tag, end := off(sw.Tag.Pos()), off(sw.Body.Rbrace)+1
	return []edit{
		{from: off(start), to: kw, text: "{"},
		{from: tag, to: tag, text: name + "switch "},
		{from: end, to: end, text: " }", order: -1},
	}
}
