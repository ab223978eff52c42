package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// SelectBranches makes break and continue inside a select do what Go
// does. yaegi takes a labeled break or continue inside a select for a
// plain break of the select (the loop around went on: a worker never
// stopped), and a break inside an if in a select case for a break of the
// loop around the select. A case's body that holds a branch runs in a
// loop of one turn, whose break leaves the case (and so the select); a
// labeled branch, or a continue, is carried out of the select before it is
// taken:
//
//	L: for {                        L: for {
//	    select {                         { gopadSB9 := 0; select {
//	    case v := <-c:            →      case v := <-c: for gopadOnce := true; gopadOnce; gopadOnce = false {
//	        if v == 0 { break L }            if v == 0 { { gopadSB9 = 1; break } }
//	    }                                } }; if gopadSB9 == 1 { break L } }
//	}                                }
//
// A branch inside another loop, switch or select inside the case is left
// as it is; so is a function literal's.
var SelectBranches = Pass{Name: "selectBranches", Wants: holds(hasChanOp), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, c *cursor) bool {
		if s, ok := n.(*ast.SelectStmt); ok {
			var outer ast.Stmt = s
			if l, ok := c.parent().(*ast.LabeledStmt); ok {
				outer = l
			}
			es.add(selectBranches(u, s, outer)...)
		}
		return true
	})
	return es
}}

func selectBranches(u *Unit, s *ast.SelectStmt, outer ast.Stmt) []source.Edit {
	own := ""
	if l, ok := outer.(*ast.LabeledStmt); ok {
		own = l.Label.Name
	}
	v := fmt.Sprintf("gopadSB%d", u.Off(s.Pos()))
	var es []source.Edit
	codes := map[string]int{}
	var after []string
	for _, st := range s.Body.List {
		cl := st.(*ast.CommClause)
		branches := caseBranches(cl.Body)
		if len(branches) == 0 {
			continue
		}
		es = append(es,
			source.Insert(u.Off(cl.Colon)+1, " for gopadOnce := true; gopadOnce; gopadOnce = false {"),
			source.Edit{From: u.Off(cl.End()), To: u.Off(cl.End()), Text: " }", Order: -1})
		for _, b := range branches {
			target := b.Tok.String()
			if b.Label != nil && b.Label.Name != own {
				target += " " + b.Label.Name
			}
			if target == "break" {
				if b.Label != nil {
					es = append(es, source.Replace(u.Off(b.Pos()), u.Off(b.End()), "break"))
				}
				continue
			}
			k, seen := codes[target]
			if !seen {
				k = len(codes) + 1
				codes[target] = k
				after = append(after, fmt.Sprintf("if %s == %d { %s }", v, k, target))
			}
			es = append(es, source.Replace(u.Off(b.Pos()), u.Off(b.End()), fmt.Sprintf("{ %s = %d; break }", v, k)))
		}
	}
	if len(after) == 0 {
		return es
	}
	return append(es,
		source.Edit{From: u.Off(outer.Pos()), To: u.Off(outer.Pos()), Text: "{ " + v + " := 0; ", Order: 1},
		source.Edit{From: u.Off(outer.End()), To: u.Off(outer.End()), Text: "; " + strings.Join(after, "; ") + " }", Order: -1})
}

// caseBranches lists the break and continue statements of a select
// case's body that are not inside another loop, switch, select or
// function literal.
func caseBranches(body []ast.Stmt) []*ast.BranchStmt {
	var out []*ast.BranchStmt
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BranchStmt:
				if n.Tok == token.BREAK || n.Tok == token.CONTINUE {
					out = append(out, n)
				}
			case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				return false
			}
			return true
		})
	}
	return out
}
