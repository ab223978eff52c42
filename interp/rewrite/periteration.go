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
// variable use the copy — unless the body assigns to the variable. Uses
// are told by Go's scopes (see loopRefs): a closure's own i or a copy
// idiom (v := v) is not the loop's variable. (A copy with the same name,
// i := i, hangs yaegi.) A body that writes the variable writes its copy;
// a three-clause loop then takes the copy's value back (i = gopadV_i) at
// the end of the body and before each continue of the loop, where Go
// starts the next iteration's variable from it.
var PerIteration = Pass{Name: "perIteration", Wants: holds(hasLoop), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, _ *cursor) bool {
		switch n := n.(type) {
		case *ast.ForStmt:
			if as, ok := n.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
				es.add(perIteration(u, n.Body, as.Lhs, !countedRange(as.Lhs))...)
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				es.add(perIteration(u, n.Body, []ast.Expr{n.Key, n.Value}, false)...)
			}
		}
		return true
	})
	return es
}}

// loopVars are the names of a loop's variables.
type loopVars map[string]bool

// countedRange reports whether a three-clause loop's variables are those
// of a range over an integer that rangeInt wrote (i, gopadN := ...), whose
// body's writes do not carry over to the next iteration.
func countedRange(vars []ast.Expr) bool {
	for _, v := range vars {
		if id, ok := v.(*ast.Ident); ok && strings.HasPrefix(id.Name, "gopad") {
			return true
		}
	}
	return false
}

func perIteration(u *Unit, body *ast.BlockStmt, vars []ast.Expr, writeBack bool) []source.Edit {
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
	if len(names) == 0 {
		return nil
	}
	lr := &loopRefs{names: names}
	lr.block(body.List)
	var uses []*ast.Ident
	used := map[string]bool{}
	captured := false
	assigned := map[string]bool{}
	for _, r := range lr.refs {
		if r.assigned {
			assigned[r.id.Name] = true
		}
		captured = captured || r.captured
		uses = append(uses, r.id)
		used[r.id.Name] = true
	}
	if !captured {
		return nil
	}
	list := make([]string, 0, len(used))
	for n := range used {
		list = append(list, n)
	}
	sort.Strings(list)
	var copies []string
	for _, n := range list {
		copies = append(copies, "gopadV_"+n)
	}
	top := " " + strings.Join(copies, ", ") + " := " + strings.Join(list, ", ") + ";"
	var es []source.Edit
	for _, id := range uses {
		es = append(es, source.Replace(u.Off(id.Pos()), u.Off(id.End()), "gopadV_"+id.Name))
	}
	if writeBack && len(assigned) > 0 {
		back, ptrs := writeBackTargets(assigned, lr.shadowed)
		top += ptrs
		es = append(es, writeBacks(u, body, back)...)
	}
	return append(es, source.Insert(u.Off(body.Lbrace)+1, top))
}

// writeBackTargets are the assignment that writes the body's copies of the
// assigned variables back, and the declarations it needs at the body's
// top. Where the body declares a variable of the same name again (x := x
// - 70), the assignment at the body's end or before a continue would name
// that one: the variable is then written through a pointer taken at the
// body's top (gopadP_x := &x; ...; *gopadP_x = gopadV_x).
func writeBackTargets(assigned, shadowed map[string]bool) (back, ptrs string) {
	names := make([]string, 0, len(assigned))
	for n := range assigned {
		names = append(names, n)
	}
	sort.Strings(names)
	targets := make([]string, len(names))
	copies := make([]string, len(names))
	for i, n := range names {
		targets[i], copies[i] = n, "gopadV_"+n
		if shadowed[n] {
			targets[i] = "*gopadP_" + n
			ptrs += " gopadP_" + n + " := &" + n + ";"
		}
	}
	return strings.Join(targets, ", ") + " = " + strings.Join(copies, ", "), ptrs
}

// writeBacks are the assignment back (i = gopadV_i) of the variables a
// three-clause loop's body writes: at the end of the body and before each
// continue that may go to the loop's post statement (a labeled one whose
// label the body does not declare may go to an outer loop, where the
// assignment does no harm).
func writeBacks(u *Unit, body *ast.BlockStmt, back string) []source.Edit {
	es := []source.Edit{source.Insert(u.Off(body.Rbrace), "; "+back+" ")}
	inner := map[string]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		if ls, ok := n.(*ast.LabeledStmt); ok {
			inner[ls.Label.Name] = true
		}
		return true
	})
	var visit func(n ast.Node, nested bool)
	visit = func(n ast.Node, nested bool) {
		ast.Inspect(n, func(c ast.Node) bool {
			switch c := c.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt, *ast.RangeStmt:
				if c != n {
					visit(c, true)
					return false
				}
			case *ast.BranchStmt:
				if c.Tok == token.CONTINUE && (c.Label == nil && !nested || c.Label != nil && !inner[c.Label.Name]) {
					es = append(es, source.Insert(u.Off(c.Pos()), back+"; "))
				}
			}
			return true
		})
	}
	visit(body, false)
	return es
}
