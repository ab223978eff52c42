package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

// yaegi gives a cell's type over a basic type without methods, or over a
// slice, map, array, channel or func type, no run-time type of its own: in
// an interface, a Celsius is a float64, and %T cannot name it at run time
// (keptnames.go stops the cell). Where go/types proves which type the
// interface holds, %T prints that type's name instead:
//
//	var x any = Celsius(2)          var x any = Celsius(2)
//	fmt.Printf("%T %v", x, x)   →   fmt.Printf("%s %v", func(any) string { return "main.Celsius" }(x), x)
//
// The proof: the operand converts a value of a non-interface type to an
// interface (any(c)), or it is a variable whose declaration gives it such
// a value and which nothing assigns again, takes the address of, or (for
// a variable of the session) any earlier chunk writes; a variable of the
// session is read only by the chunk's own statements, not in a function
// that could run after another chunk wrote it.

// provenTypeName returns the edits that print %T of interface operand a
// as the name of the type it is proven to hold, when that is a type of the
// cells yaegi cannot name at run time.
func (tc *Types) provenTypeName(a ast.Expr) ([]source.Edit, bool) {
	t := tc.Info.Types[a].Type
	if t == nil || !types.IsInterface(t) {
		return nil, false
	}
	held, ok := tc.heldType(a, 0)
	if !ok || types.IsInterface(held) || !mentionsPackage(held, tc.Pkg) {
		return nil, false
	}
	goName, ok := tc.goTypeName(held)
	if !ok {
		return nil, false
	}
	open := "func(any) string { return " + strconv.Quote(goName) + " }("
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, ")"), true
}

// heldType is the type of the value e holds at run time, when go/types
// can prove it; false otherwise.
func (tc *Types) heldType(e ast.Expr, depth int) (types.Type, bool) {
	e = ast.Unparen(e)
	tv := tc.Info.Types[e]
	if depth > 8 || tv.Type == nil || tv.IsNil() {
		return nil, false
	}
	if !types.IsInterface(tv.Type) {
		return tv.Type, true
	}
	switch e := e.(type) {
	case *ast.CallExpr: // a conversion any(x)
		if tc.Info.Types[e.Fun].IsType() && len(e.Args) == 1 {
			return tc.heldType(e.Args[0], depth+1)
		}
	case *ast.Ident:
		if init := tc.soleValue(e); init != nil {
			return tc.heldType(init, depth+1)
		}
	}
	return nil, false
}

// soleValue is the expression that gives the variable id reads its only
// value, or nil when the variable may hold another one where id reads it.
func (tc *Types) soleValue(id *ast.Ident) ast.Expr {
	v, ok := tc.Info.Uses[id].(*types.Var)
	if !ok || v.IsField() || tc.writes(v) {
		return nil
	}
	if v.Parent() == tc.Pkg.Scope() {
		// A session variable: read now, by the chunk's statements, and
		// written by no chunk so far.
		if tc.written[v.Name()] || tc.inFunction(id) {
			return nil
		}
	}
	return tc.initOf(v)
}

// inFunction reports whether id is in a function of the chunk (not the
// statements of a statement chunk, which run now).
func (tc *Types) inFunction(id *ast.Ident) bool {
	found := false
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if found || n == nil || n.Pos() > id.Pos() || n.End() <= id.Pos() {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			found = true
		case *ast.FuncDecl:
			found = tc.Off(n.Pos()) >= 0 // not the function a statement chunk is checked in
		case *ast.GoStmt, *ast.DeferStmt:
			found = true
		}
		return !found
	})
	return found
}

// initOf is the initial value of v in its declaration (in the chunk or
// in the session's declarations), or nil.
func (tc *Types) initOf(v *types.Var) ast.Expr {
	var init ast.Expr
	for _, f := range []*ast.File{tc.File, tc.session} {
		if f == nil || v.Pos() < f.Pos() || v.Pos() >= f.End() {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if name.Pos() == v.Pos() && len(n.Values) == len(n.Names) {
						init = n.Values[i]
					}
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if l.Pos() == v.Pos() && n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
						init = n.Rhs[i]
					}
				}
			}
			return init == nil
		})
	}
	return init
}

// writes reports whether the chunk may change v other than in its
// declaration: an assignment, an increment, a range or its address.
func (tc *Types) writes(v *types.Var) bool {
	found := false
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && tc.Info.Uses[id] == v
	}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				found = found || is(l)
			}
		case *ast.IncDecStmt:
			found = found || is(n.X)
		case *ast.RangeStmt:
			found = found || n.Tok == token.ASSIGN && (n.Key != nil && is(n.Key) || n.Value != nil && is(n.Value))
		case *ast.UnaryExpr:
			found = found || n.Op == token.AND && is(n.X)
		}
		return !found
	})
	return found
}

// WrittenNames lists the names that f may write other than by declaring
// them: assigned with = or op=, incremented, ranged over with =, or whose
// address is taken. The session keeps them for every chunk it runs, so
// that a later chunk does not take a session variable's declared value
// for its value (CheckEnv.Written). Names are read without types: a local
// variable of the same name counts too.
func WrittenNames(f *ast.File) []string {
	seen := map[string]bool{}
	note := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok && id.Name != "_" {
			seen[id.Name] = true
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE {
				for _, l := range n.Lhs {
					note(l)
				}
			}
		case *ast.IncDecStmt:
			note(n.X)
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				note(n.Key)
				note(n.Value)
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				note(n.X)
			}
		}
		return true
	})
	out := make([]string, 0, len(seen))
	for name := range seen {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}
