package rewrite

import (
	"go/ast"
	"go/token"
	"sort"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// PerIteration gives loop variables Go 1.22's per-iteration semantics
// where it matters: when the body captures them in a closure or a go or
// defer statement (yaegi shares one variable across iterations). The body
// gets a copy made at its top (gopadV_i := i), and its uses of the
// variable use the copy — unless the body assigns to the variable. (A copy
// with the same name, i := i, hangs yaegi.)
var PerIteration = Pass{Name: "perIteration", Wants: holds(hasLoop), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, _ *cursor) bool {
		switch n := n.(type) {
		case *ast.ForStmt:
			if as, ok := n.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
				es.add(perIteration(u, n.Body, as.Lhs)...)
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				es.add(perIteration(u, n.Body, []ast.Expr{n.Key, n.Value})...)
			}
		}
		return true
	})
	return es
}}

// loopVars are the names of a loop's variables.
type loopVars map[string]bool

func (lv loopVars) is(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && lv[id.Name]
}

func perIteration(u *Unit, body *ast.BlockStmt, vars []ast.Expr) []source.Edit {
	names := loopVars{}
	for _, v := range vars {
		// gopad's own loop variables (the bound gopadN of a range over an
		// integer) are never assigned in the body: they need no copy, and
		// a nested range's bound of the same name must not count as
		// shadowing the loop's own variables.
		if id, ok := v.(*ast.Ident); ok && id.Name != "_" && !strings.HasPrefix(id.Name, "gopad") {
			names[id.Name] = true
		}
	}
	if len(names) == 0 || names.shadowed(body) {
		return nil
	}
	uses, captured, assigned := names.uses(body)
	if !captured || assigned {
		return nil
	}
	list := make([]string, 0, len(names))
	for n := range names {
		list = append(list, n)
	}
	sort.Strings(list)
	var copies []string
	for _, n := range list {
		copies = append(copies, "gopadV_"+n)
	}
	es := []source.Edit{source.Insert(u.Off(body.Lbrace)+1, " "+strings.Join(copies, ", ")+" := "+strings.Join(list, ", ")+";")}
	for _, id := range uses {
		es = append(es, source.Replace(u.Off(id.Pos()), u.Off(id.End()), "gopadV_"+id.Name))
	}
	return es
}

// shadowed reports whether body declares one of the names again (a
// variable or a parameter): names are matched by spelling, so the pass
// gives up then.
func (lv loopVars) shadowed(body *ast.BlockStmt) bool {
	shadowed := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					shadowed = shadowed || lv.is(l)
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				shadowed = shadowed || lv[id.Name]
			}
		case *ast.Field:
			for _, id := range n.Names {
				shadowed = shadowed || lv[id.Name]
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				shadowed = shadowed || n.Tok == token.DEFINE && lv.is(e)
			}
		}
		return true
	})
	return shadowed
}

// uses returns the uses of the names in body (not field names: x.i,
// T{i: 1}), whether a closure, a go or defer statement or an & captures
// one, and whether the body assigns one.
func (lv loopVars) uses(body *ast.BlockStmt) (uses []*ast.Ident, captured, assigned bool) {
	notUses := map[*ast.Ident]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			notUses[n.Sel] = true
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok {
				notUses[id] = true
			}
		case *ast.Ident:
			if lv.is(n) && !notUses[n] {
				uses = append(uses, n)
			}
		case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt:
			ast.Inspect(n, func(m ast.Node) bool {
				if e, ok := m.(ast.Expr); ok && lv.is(e) {
					captured = true
				}
				return true
			})

		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				assigned = assigned || lv.is(l) && n.Tok != token.DEFINE
			}
		case *ast.IncDecStmt:
			assigned = assigned || lv.is(n.X)
		case *ast.UnaryExpr:
			captured = captured || n.Op == token.AND && lv.is(n.X)
		}
		return true
	})
	return uses, captured, assigned
}
