package interp

import (
	"go/ast"
	"go/token"
	"strings"
)

// convMethodCalls rewrites, in a statement chunk, a method called on a
// conversion to a cell's function type, which yaegi does not compile at a
// cell's top level ("undefined selector Then"), although it does inside a
// function and on the result of a call:
//
//	Transform(strings.TrimSpace).Then(up)  →  func() Transform { return Transform(strings.TrimSpace) }().Then(up)
//
// Edits are insertions around the conversion, on its lines.
func (s *Session) convMethodCalls(src string, stmt bool) string {
	if !stmt || !strings.Contains(src, ").") {
		return src
	}
	funcTypes := map[string]bool{}
	for name, d := range s.names {
		if d.kind == "type" && strings.HasPrefix(strings.TrimSpace(strings.TrimPrefix(d.sig, "type "+name)), "func") {
			funcTypes[name] = true
		}
	}
	if len(funcTypes) == 0 {
		return src
	}
	sts, fset, prefix := parseStmts(src)
	off := func(p token.Pos) int { return fset.Position(p).Offset - prefix }
	var edits []edit
	for _, st := range sts {
		ast.Inspect(st, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			x := ast.Unparen(sel.X)
			call, ok := x.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			if id, ok := call.Fun.(*ast.Ident); ok && funcTypes[id.Name] {
				edits = append(edits, around(off(x.Pos()), off(x.End()), "func() "+id.Name+" { return ", " }()")...)
			}
			return true
		})
	}
	if out, ok := applyEdits(src, edits); ok {
		return out
	}
	return src
}
