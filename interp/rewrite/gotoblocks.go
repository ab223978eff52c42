package rewrite

import (
	"go/ast"
	"go/token"

	"github.com/gopad/gopad/interp/source"
)

// GotoBlocks runs the compound statements of a chunk of several
// statements that declare names in their blocks as function literals called
// at once:
//
//	for _, t := range ts { r := f(t); use(r) }   →   func() { for _, t := range ts { r := f(t); use(r) } }()
//
// A chunk holds several statements when the cell has a goto (a goto and
// its label must be in one chunk; a var declaration between statements
// still cuts it, so a piece may hold no goto) or after a go statement
// (source.merge). Such statements run together at yaegi's global scope,
// which gets a := in a block wrong (the name is undefined, or the global of
// that name is assigned; see
// stmtfunc.go in interp, which runs a lone statement of this kind in a
// function of its own). A statement is moved only when nothing in it
// leaves it: no goto, return or defer, no break or continue to a label
// outside it, and no goto elsewhere targets its label.
var GotoBlocks = Pass{Name: "gotoBlocks", Wants: func(u *Unit) bool {
	return u.Stmt() && !u.InFunc && len(u.File.Body()) > 1
}, Run: func(u *Unit) []source.Edit {
	body := u.File.Body()
	targets := gotoTargets(body)
	var es edits
	for _, st := range body {
		if declaresInBlocks(st) && selfContained(st, targets) {
			es.add(source.Insert(u.Off(st.Pos()), "func() { "),
				source.Edit{From: u.Off(st.End()), To: u.Off(st.End()), Text: " }()", Order: -1})
		}
	}
	return es
}}

// gotoTargets are the labels the goto statements of body name.
func gotoTargets(body []ast.Stmt) map[string]bool {
	targets := map[string]bool{}
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			if b, ok := n.(*ast.BranchStmt); ok && b.Tok == token.GOTO && b.Label != nil {
				targets[b.Label.Name] = true
			}
			return true
		})
	}
	return targets
}

// declaresInBlocks reports whether st is a compound statement that
// declares names inside it (outside function literals).
func declaresInBlocks(st ast.Stmt) bool {
	if l, ok := st.(*ast.LabeledStmt); ok {
		st = l.Stmt
	}
	switch st.(type) {
	case *ast.IfStmt, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt,
		*ast.SelectStmt, *ast.BlockStmt:
	default:
		return false
	}
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			found = found || n.Tok == token.DEFINE
		case *ast.RangeStmt:
			found = found || n.Tok == token.DEFINE
		case *ast.TypeSwitchStmt, *ast.DeclStmt:
			found = true
		}
		return !found
	})
	return found
}

// selfContained reports whether control never leaves st but at its end:
// it holds no goto, return or defer, its labeled branches name its own
// labels, and no label in it is a goto's target.
func selfContained(st ast.Stmt, targets map[string]bool) bool {
	own := map[string]bool{}
	ok := true
	ast.Inspect(st, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.LabeledStmt:
			own[n.Label.Name] = true
			ok = ok && !targets[n.Label.Name]
		case *ast.ReturnStmt, *ast.DeferStmt:
			ok = false
		case *ast.BranchStmt:
			ok = ok && n.Tok != token.GOTO && (n.Label == nil || own[n.Label.Name])
		}
		return ok
	})
	return ok
}
