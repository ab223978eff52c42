package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// EntryResults takes the values of an assignment of one call or comma-ok
// expression to several operands, one of them an index expression, into
// new variables first, and assigns those:
//
//	cache[k], err = load(k)   →   { gopadE0, gopadE1 := load(k); cache[k], err = gopadE0, gopadE1 }
//	seen[k], ok = m[j]        →   { gopadE0, gopadE1 := m[j]; seen[k], ok = gopadE0, gopadE1 }
//
// yaegi sets a map entry on the left of such an assignment on a copy of
// the entry's value, so the map was left without it and no error said
// so. An assignment of several operands to map entries works. In an if
// statement's init the variables are the init's, and a function literal
// in the condition assigns them:
//
//	if m[k], err = f(); err != nil   →   if gopadE0, gopadE1 := f(); func() bool { m[k], err = gopadE0, gopadE1; return true }() && (err != nil)
//
// The init of a switch or a for is left as it is.
var EntryResults = Pass{Name: "entryResults", Wants: holds(hasIndexTuple), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, c *cursor) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if isIndexTuple(n) && inStmtList(n, c.parent()) {
				es.add(entryResults(u, n)...)
			}
		case *ast.IfStmt:
			if as, ok := n.Init.(*ast.AssignStmt); ok && isIndexTuple(as) {
				es.add(entryResultsInIf(u, n, as)...)
			}
		}
		return true
	})
	return es
}}

// isIndexTuple reports whether n assigns (=) the values of one operand
// to several, one of them an index expression.
func isIndexTuple(n *ast.AssignStmt) bool {
	if n.Tok != token.ASSIGN || len(n.Lhs) < 2 || len(n.Rhs) != 1 {
		return false
	}
	for _, l := range n.Lhs {
		if _, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
			return true
		}
	}
	return false
}

// inStmtList reports whether s is one of the statements of parent's list
// (a block, a case's or a select case's body, a labeled statement), where
// a block may take its place.
func inStmtList(s ast.Stmt, parent ast.Node) bool {
	switch p := parent.(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.LabeledStmt:
		return true
	case *ast.CommClause:
		return p.Comm != s
	}
	return false
}

// entryResults is EntryResults' edits of an assignment among statements.
func entryResults(u *Unit, n *ast.AssignStmt) []source.Edit {
	temps, assign, ok := entryTemps(u, n)
	if !ok {
		return nil
	}
	r := n.Rhs[0]
	return []source.Edit{
		source.Replace(u.Off(n.Pos()), u.Off(r.Pos()), "{ "+temps+" := "),
		source.Insert(u.Off(r.End()), "; "+assign+" }"),
	}
}

// entryResultsInIf is EntryResults' edits of an if statement whose init
// is n.
func entryResultsInIf(u *Unit, ifs *ast.IfStmt, n *ast.AssignStmt) []source.Edit {
	temps, assign, ok := entryTemps(u, n)
	if !ok {
		return nil
	}
	es := []source.Edit{source.Replace(u.Off(n.Pos()), u.Off(n.Rhs[0].Pos()), temps+" := ")}
	return append(es, source.Around(u.Off(ifs.Cond.Pos()), u.Off(ifs.Cond.End()),
		"func() bool { "+assign+"; return true }() && (", ")")...)
}

// entryTemps names the new variables that take n's values (blank where n
// has a blank operand) and writes the assignment of them to n's operands;
// false when every operand is blank.
func entryTemps(u *Unit, n *ast.AssignStmt) (temps, assign string, ok bool) {
	names := make([]string, len(n.Lhs))
	var lhs, rhs []string
	for i, l := range n.Lhs {
		names[i] = "_"
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			continue
		}
		names[i] = fmt.Sprintf("gopadE%d", i)
		lhs = append(lhs, u.Code(l))
		rhs = append(rhs, names[i])
	}
	if len(lhs) == 0 {
		return "", "", false
	}
	return strings.Join(names, ", "), strings.Join(lhs, ", ") + " = " + strings.Join(rhs, ", "), true
}
