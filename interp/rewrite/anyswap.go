package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var anySwapPass = Pass{
	Name:  "anySwap",
	Wants: holds(hasTupleAssign),
	Run:   func(u *Unit) []source.Edit { return u.Types.anySwaps() },
}

// anySwaps rewrites an assignment of several values that copies an empty
// interface into an empty interface, as a swap of two any does:
//
//	xs[i], xs[j] = xs[j], xs[i]  →  { gopadW0, gopadW1 := xs[j], xs[i]; xs[i] = gopadW0; xs[j] = gopadW1 }
//
// yaegi's assignment of several values makes its temporaries of an
// interface operand with its own interface type and then cannot store a
// plain interface{} in them (reflect.Set panics). New variables and one
// assignment each work. Go evaluates the left operands before it
// assigns, so the rewrite is left out where an earlier assignment could
// change a later left operand (i, xs[i] = ...), and where an operand is an
// untyped constant, whose := would change its type. Only statements of a
// statement list are rewritten: the block needs a statement's place.
func (tc *Types) anySwaps() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		for _, st := range stmtList(n) {
			if as, ok := st.(*ast.AssignStmt); ok && isTupleAssign(as) && tc.copiesAny(as) && tc.sequentialSafe(as) {
				edits = append(edits, tc.anySwap(as)...)
			}
		}
		return true
	})
	return edits
}

// copiesAny reports whether n assigns an operand of an empty interface
// type to an empty interface.
func (tc *Types) copiesAny(n *ast.AssignStmt) bool {
	for i, r := range n.Rhs {
		tv := tc.Info.Types[r]
		if lt := tc.Info.Types[n.Lhs[i]].Type; lt != nil && tv.Type != nil && !tc.untyped(r) && empty(lt) && empty(tv.Type) {
			return true
		}
	}
	return false
}

// untyped reports whether e is a constant or nil, which is assigned as
// written: it cannot change, and := would give it a type of its own.
func (tc *Types) untyped(e ast.Expr) bool {
	tv := tc.Info.Types[e]
	if tv.Value != nil || tv.IsNil() {
		return true
	}
	b, ok := tv.Type.(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
}

// sequentialSafe reports whether assigning n's operands one by one gives
// what n gives: no left operand after the first mentions a variable that
// an earlier one assigns, and none calls or receives.
func (tc *Types) sequentialSafe(n *ast.AssignStmt) bool {
	assigned := map[types.Object]bool{}
	for _, l := range n.Lhs {
		safe := true
		ast.Inspect(l, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.CallExpr, *ast.FuncLit:
				safe = false
			case *ast.UnaryExpr:
				safe = safe && x.Op != token.ARROW
			case *ast.Ident:
				if _, plain := l.(*ast.Ident); !plain && assigned[tc.Info.Uses[x]] {
					safe = false
				}
			}
			return safe
		})
		if !safe {
			return false
		}
		if id, ok := l.(*ast.Ident); ok {
			if obj := tc.Info.Uses[id]; obj != nil {
				assigned[obj] = true
			}
		}
	}
	return true
}

// anySwap is anySwaps' edits of one assignment: the operands go to new
// variables, in order, and are assigned from there; a constant is
// assigned as written (its new variable is the blank one, as := would
// give it a type of its own). The operands stay where they are.
func (tc *Types) anySwap(n *ast.AssignStmt) []source.Edit {
	temps := make([]string, len(n.Lhs))
	var assigns []string
	for i, l := range n.Lhs {
		r := n.Rhs[i]
		temps[i] = "_"
		if tc.Info.Types[r].IsNil() {
			return nil // nil cannot go to a new variable
		}
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			continue
		}
		if tc.untyped(r) {
			assigns = append(assigns, tc.code(l)+" = "+tc.code(r))
			continue
		}
		temps[i] = fmt.Sprintf("gopadW%d", i)
		assigns = append(assigns, tc.code(l)+" = "+temps[i])
	}
	if len(assigns) == 0 {
		return nil
	}
	return []source.Edit{
		source.Replace(tc.Off(n.Pos()), tc.Off(n.Rhs[0].Pos()), "{ "+strings.Join(temps, ", ")+" := "),
		source.Insert(tc.Off(n.End()), "; "+strings.Join(assigns, "; ")+" }"),
	}
}
