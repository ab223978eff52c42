package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var loopCapturesPass = Pass{
	Name:  "loopCaptures",
	Wants: func(u *Unit) bool { return u.has(hasLoop) && u.has(hasFuncLit) },
	Run:   func(u *Unit) []source.Edit { return u.Types.loopCaptures() },
}

// loopCaptures hands a function literal the loop variables it captures as
// parameters of the same names, when the loop's body never writes them:
// Go 1.22 gives each iteration its own variable, and a closure made in it
// sees that iteration's value. perIteration's copy (gopadV_i := i) gives
// that in yaegi too, but a closure that a goroutine runs while the loop
// goes on now and then read a later iteration's copy (a sum over 100
// goroutines came out 4916 for 4950, one run in five). A parameter is
// the closure's own:
//
//	go func() { total += i }()    →  go func(i int) { total += i }(i)
//	g.Go(func() error { f(i) })   →  g.Go(func(i int) func() error { return func() error { f(i) } }(i))
//
// A loop whose body writes a variable keeps perIteration's copy, which
// shares the writes between the body and its closures as Go does.
func (tc *Types) loopCaptures() []source.Edit {
	var edits []source.Edit
	var visit func(n ast.Node, vars map[types.Object]string)
	visit = func(n ast.Node, vars map[types.Object]string) {
		ast.Inspect(n, func(c ast.Node) bool {
			switch c := c.(type) {
			case *ast.ForStmt:
				if c != n {
					visit(c, tc.withLoopVars(vars, c, c.Body, c.Init))
					return false
				}
			case *ast.RangeStmt:
				if c != n {
					visit(c, tc.withLoopVars(vars, c, c.Body, c))
					return false
				}
			case *ast.GoStmt:
				if lit, ok := c.Call.Fun.(*ast.FuncLit); ok && len(vars) > 0 {
					if es, ok := tc.captureParams(lit, c.Call, vars); ok {
						edits = append(edits, es...)
						return false
					}
				}
			case *ast.DeferStmt:
				return false // run when the function returns, not while the loop goes on
			case *ast.FuncLit:
				if len(vars) > 0 {
					if es, ok := tc.captureCall(c, vars); ok {
						edits = append(edits, es...)
						return false
					}
				}
			}
			return true
		})
	}
	visit(tc.File, nil)
	return edits
}

// withLoopVars is vars and the variables a loop declares (in init, a
// three-clause loop's init statement, or a range statement), when its
// body never writes them and gopad can name their types.
func (tc *Types) withLoopVars(vars map[types.Object]string, loop ast.Node, body *ast.BlockStmt, init ast.Node) map[types.Object]string {
	var ids []ast.Expr
	switch s := init.(type) {
	case *ast.AssignStmt:
		if s.Tok == token.DEFINE {
			ids = s.Lhs
		}
	case *ast.RangeStmt:
		if s.Tok == token.DEFINE {
			ids = []ast.Expr{s.Key, s.Value}
		}
	}
	out := map[types.Object]string{}
	for o, t := range vars {
		out[o] = t
	}
	for _, e := range ids {
		id, ok := e.(*ast.Ident)
		if !ok || id.Name == "_" || strings.HasPrefix(id.Name, "gopad") {
			continue
		}
		obj := tc.Info.Defs[id]
		if obj == nil || tc.loopWrites(body, obj) {
			continue
		}
		if text, ok := tc.TypeText(obj.Type()); ok {
			out[obj] = text
		}
	}
	return out
}

// loopWrites reports whether body assigns to obj, increments it, takes its
// address or ranges into it with =.
func (tc *Types) loopWrites(body *ast.BlockStmt, obj types.Object) bool {
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && tc.Info.Uses[id] == obj
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				found = found || is(l)
			}
		case *ast.IncDecStmt:
			found = found || is(n.X)
		case *ast.UnaryExpr:
			found = found || n.Op == token.AND && is(n.X)
		case *ast.RangeStmt:
			found = found || n.Tok == token.ASSIGN && (n.Key != nil && is(n.Key) || n.Value != nil && is(n.Value))
		}
		return !found
	})
	return found
}

// captured lists the variables of vars that lit reads, in the order of
// their first use, with their types; none when lit declares a name of
// them itself (a parameter of that name would clash with it).
func (tc *Types) captured(lit *ast.FuncLit, vars map[types.Object]string) (names, typs []string) {
	seen := map[types.Object]bool{}
	declared := map[string]bool{}
	ast.Inspect(lit, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && tc.Info.Defs[id] != nil {
			declared[id.Name] = true
		}
		return true
	})
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		obj := tc.Info.Uses[id]
		if t, ok := vars[obj]; ok && !seen[obj] {
			seen[obj] = true
			names, typs = append(names, id.Name), append(typs, t)
		}
		return true
	})
	for _, n := range names {
		if declared[n] {
			return nil, nil
		}
	}
	return names, typs
}

// params is the parameter list "i int, v T" of names and typs.
func params(names, typs []string) string {
	ps := make([]string, len(names))
	for i := range names {
		ps[i] = names[i] + " " + typs[i]
	}
	return strings.Join(ps, ", ")
}

// captureParams adds the loop variables lit captures to the parameters of
// lit, started by a go statement, and to call's arguments.
func (tc *Types) captureParams(lit *ast.FuncLit, call *ast.CallExpr, vars map[types.Object]string) ([]source.Edit, bool) {
	names, typs := tc.captured(lit, vars)
	if len(names) == 0 || lit.Type.Params == nil || call.Ellipsis.IsValid() {
		return nil, false
	}
	ps, args := params(names, typs), strings.Join(names, ", ")
	if lit.Type.Params.NumFields() > 0 {
		ps, args = ps+", ", args+", "
	}
	return []source.Edit{
		source.Insert(tc.Off(lit.Type.Params.Opening)+1, ps),
		source.Insert(tc.Off(call.Lparen)+1, args),
	}, true
}

// captureCall hands lit the loop variables it captures through a call of
// a literal that returns it.
func (tc *Types) captureCall(lit *ast.FuncLit, vars map[types.Object]string) ([]source.Edit, bool) {
	names, typs := tc.captured(lit, vars)
	if len(names) == 0 {
		return nil, false
	}
	ft, ok := tc.TypeText(tc.Info.Types[lit].Type)
	if !ok {
		return nil, false
	}
	return source.Around(tc.Off(lit.Pos()), tc.Off(lit.End()),
		"func("+params(names, typs)+") "+ft+" { return ", " }("+strings.Join(names, ", ")+")"), true
}
