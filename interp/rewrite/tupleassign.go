package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var tupleAssignsPass = Pass{
	Name:  "tupleAssigns",
	Wants: func(u *Unit) bool { return u.sights().tupleAssigns },
	Run:   func(u *Unit) []source.Edit { return u.Types.tupleAssigns() },
}

// Two failures of yaegi with assignments of several values, both passed
// around:
//
// An empty-interface destination given a value that is not a constant
// fails ("reflect.Set: value of type interface {} is not assignable to
// type interp.valueInterface"): the swap p[i], p[j] = p[j], p[i] of a
// []any, a heap of any's Swap, a, b = b, a of two any variables. yaegi
// assigns the results of a call right, so the values pass through one:
//
//	p[i], p[j] = p[j], p[i]   →   p[i], p[j] = func() (any, any) { return p[j], p[i] }()
//
// A map element given a result of a call is silently not stored
// (m[k], err = strconv.Atoi(s) leaves m as it was). The result goes to a
// variable, stored in the element after the call:
//
//	m[k], err = strconv.Atoi(s)   →   { var gopadT0 int; gopadT0, err = strconv.Atoi(s); m[k] = gopadT0 }
//
// Go evaluates the operands of the destinations before the call; the
// rewrite evaluates a map element's operands after it, so it is made only
// when they have no effects (names, constants, selectors, indexes).

// tupleAssigns returns the edits for the chunk's assignments of several
// values to destinations of which one is an empty interface or a map
// element.
func (tc *Types) tupleAssigns() []source.Edit {
	var edits []source.Edit
	blockStmts := map[ast.Stmt]bool{}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BlockStmt:
			addStmts(blockStmts, n.List)
		case *ast.CaseClause:
			addStmts(blockStmts, n.Body)
		case *ast.CommClause:
			addStmts(blockStmts, n.Body)
		case *ast.AssignStmt:
			edits = append(edits, tc.tupleAssign(n, blockStmts[n])...)
		}
		return true
	})
	return edits
}

func addStmts(set map[ast.Stmt]bool, list []ast.Stmt) {
	for _, s := range list {
		set[s] = true
	}
}

// tupleAssign returns the edits for as; inBlock says whether a block may
// replace it.
func (tc *Types) tupleAssign(as *ast.AssignStmt, inBlock bool) []source.Edit {
	if as.Tok != token.ASSIGN || len(as.Lhs) < 2 || tc.Off(as.Pos()) < 0 {
		return nil
	}
	var edits []source.Edit
	called := len(as.Rhs) == 1
	if len(as.Lhs) == len(as.Rhs) {
		results, ok := tc.tupleResults(as)
		if !ok {
			return nil
		}
		first, last := as.Rhs[0], as.Rhs[len(as.Rhs)-1]
		edits = append(edits,
			source.Insert(tc.Off(first.Pos()), "func() ("+strings.Join(results, ", ")+") { return "),
			source.Insert(tc.Off(last.End()), " }()"))
		called = true
	}
	if !called || !inBlock {
		return edits
	}
	return append(edits, tc.mapDests(as)...)
}

// mapDests returns the edits that assign as's map elements through
// variables, or none when one cannot be.
func (tc *Types) mapDests(as *ast.AssignStmt) []source.Edit {
	var decls, stores []string
	var edits []source.Edit
	for _, l := range as.Lhs {
		ix, ok := ast.Unparen(l).(*ast.IndexExpr)
		if !ok {
			continue
		}
		if _, isMap := types.Unalias(tc.Info.TypeOf(ix.X)).Underlying().(*types.Map); !isMap {
			continue
		}
		t, ok := tc.TypeText(tc.Info.TypeOf(l))
		if !ok || !pure(ix) {
			return nil
		}
		v := "gopadT" + strconv.Itoa(len(decls))
		decls = append(decls, "var "+v+" "+t+"; ")
		stores = append(stores, "; "+tc.code(l)+" = "+v)
		edits = append(edits, source.Replace(tc.Off(l.Pos()), tc.Off(l.End()), v))
	}
	if len(decls) == 0 {
		return nil
	}
	// The block encloses the other edits at the statement's edges.
	return append(edits,
		source.Edit{From: tc.Off(as.Pos()), To: tc.Off(as.Pos()), Text: "{ " + strings.Join(decls, ""), Order: 2},
		source.Edit{From: tc.Off(as.End()), To: tc.Off(as.End()), Text: strings.Join(stores, "") + " }", Order: -2})
}

// pure reports whether evaluating e has no effects and does not depend on
// when it happens beyond the variables it reads.
func pure(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr, *ast.FuncLit:
			ok = false
		case *ast.UnaryExpr:
			ok = ok && n.Op != token.ARROW
		}
		return ok
	})
	return ok
}

// tupleResults spells the types of as's destinations, when one of them is
// an empty interface given a value that is not a constant.
func (tc *Types) tupleResults(as *ast.AssignStmt) ([]string, bool) {
	var results []string
	needed := false
	for i, l := range as.Lhs {
		t := tc.Info.TypeOf(l)
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			t = tc.Info.TypeOf(as.Rhs[i])
			if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
				t = types.Default(t)
			}
		}
		if t == nil || mentionsTypeParam(t) {
			return nil, false
		}
		if rv, ok := tc.Info.Types[as.Rhs[i]]; ok && rv.Value == nil && !rv.IsNil() && empty(t) {
			needed = true
		}
		text, ok := tc.TypeText(t)
		if !ok {
			return nil, false
		}
		results = append(results, text)
	}
	return results, needed
}
