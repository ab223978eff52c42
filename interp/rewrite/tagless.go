package rewrite

import (
	"go/ast"
	"go/scanner"
	"go/token"

	"github.com/gopad/gopad/interp/source"
)

// TaglessCases joins the expressions of a case of a switch without a tag
// into one disjunction:
//
//	switch { case n == 1, n == 2: ... }   →   switch { case (n == 1) || (n == 2): ... }
//
// yaegi's switch without a tag (an if-else chain) tests only the first
// expression of a case, so the others never matched. Go evaluates a case's
// expressions left to right and stops at the first true one, which is what
// || does. Each comma becomes " ||" in place, so no line moves.
var TaglessCases = Pass{Name: "taglessCases", Wants: holds(hasSwitch), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, _ *cursor) bool {
		if sw, ok := n.(*ast.SwitchStmt); ok {
			es.add(taglessCases(sw, u.Off, u.Src)...)
		}
		return true
	})
	return es
}}

func taglessCases(sw *ast.SwitchStmt, off func(token.Pos) int, src string) []source.Edit {
	if sw.Tag != nil {
		return nil
	}
	var edits []source.Edit
	for _, s := range sw.Body.List {
		cc, ok := s.(*ast.CaseClause)
		if !ok || len(cc.List) < 2 {
			continue
		}
		for i, e := range cc.List {
			edits = append(edits, source.Around(off(e.Pos()), off(e.End()), "(", ")")...)
			if i == len(cc.List)-1 {
				break
			}
			comma := commaBetween(src, off(e.End()), off(cc.List[i+1].Pos()))
			if comma < 0 {
				return nil
			}
			edits = append(edits, source.Replace(comma, comma+1, " ||"))
		}
	}
	return edits
}

// commaBetween is the offset of the comma token in src[from:to] (which
// holds only a comma, spaces and comments), or -1.
func commaBetween(src string, from, to int) int {
	if from < 0 || to > len(src) || from > to {
		return -1
	}
	fset := token.NewFileSet()
	part := src[from:to]
	file := fset.AddFile("", -1, len(part))
	var sc scanner.Scanner
	sc.Init(file, []byte(part), nil, 0)
	for {
		pos, tok, _ := sc.Scan()
		switch tok {
		case token.COMMA:
			return from + file.Offset(pos)
		case token.EOF:
			return -1
		}
	}
}
