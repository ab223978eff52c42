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
// i := i, hangs yaegi.)
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
	if len(names) == 0 {
		return nil
	}
	lr := &loopRefs{names: names}
	lr.block(body.List)
	var uses []*ast.Ident
	used := map[string]bool{}
	captured := false
	for _, r := range lr.refs {
		if r.assigned {
			return nil // a body that writes the variable keeps sharing it
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
	es := []source.Edit{source.Insert(u.Off(body.Lbrace)+1, " "+strings.Join(copies, ", ")+" := "+strings.Join(list, ", ")+";")}
	for _, id := range uses {
		es = append(es, source.Replace(u.Off(id.Pos()), u.Off(id.End()), "gopadV_"+id.Name))
	}
	return es
}
