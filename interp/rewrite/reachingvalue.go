package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A variable assigned more than once (`v := reflect.ValueOf(x1)`, later
// `v = reflect.ValueOf(x3)`) has no one value for the whole chunk, so
// namelessVars leaves it out. Where the variable is read, the assignment
// that reaches the read can still be known: the last one before it in the
// same statement list, or in an enclosing one, with no write of the
// variable between them on any path. reachingValue finds it, and gives up
// (false) on anything else:
//
//   - the variable's address is taken, a function literal writes it, or
//     the function holds a goto (another path could write it);
//   - a loop encloses the read and writes the variable anywhere (the
//     next iteration reads the write after the read);
//   - a write before the read that is not a plain assignment of one value
//     to the variable (op=, ++, a call's several results, a range clause,
//     a branch's header or an earlier branch of the same statement);
//   - for a package-level variable, or a statement chunk's own (a session
//     variable), which the cells' functions may write: a function, method
//     or func value of the cells used between the assignment and the read.

// reachingValue is the expression the last assignment before id gives
// the variable id reads, when that assignment reaches id on every path.
func (tc *Types) reachingValue(id *ast.Ident) (ast.Expr, bool) {
	v, ok := tc.Info.Uses[id].(*types.Var)
	if !ok || v.IsField() {
		return nil, false
	}
	path := pathTo(tc.File, id)
	fn := len(path) - 1
	for fn >= 0 && nodeBody(path[fn]) == nil {
		fn--
	}
	if fn < 0 || tc.escapesIn(v, nodeBody(path[fn])) {
		return nil, false
	}
	for k := len(path) - 2; k > fn; k-- {
		switch path[k].(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if tc.writesIn(v, path[k]) {
				return nil, false
			}
		}
		list := stmtList(path[k])
		j := stmtIndex(list, path[k+1])
		if j < 0 {
			continue
		}
		if tc.writesBefore(v, list[j], id.Pos()) {
			return nil, false
		}
		for i := j - 1; i >= 0; i-- {
			if !tc.writesIn(v, list[i]) {
				continue
			}
			rhs, ok := tc.assignedValue(v, list[i])
			shared := isChunkWrapper(path[fn]) || v.Parent() == tc.Pkg.Scope()
			if !ok || shared && tc.cellCodeBetween(list[i].End(), id.Pos()) {
				return nil, false
			}
			return rhs, true
		}
	}
	return nil, false
}

// pathTo is the chain of nodes of f from f down to n.
func pathTo(f *ast.File, n ast.Node) []ast.Node {
	var path []ast.Node
	ast.Inspect(f, func(m ast.Node) bool {
		if m == nil || len(path) > 0 && path[len(path)-1] == n {
			return false
		}
		if m.Pos() <= n.Pos() && n.End() <= m.End() {
			path = append(path, m)
			return true
		}
		return false
	})
	return path
}

// nodeBody is the body of a function declaration or literal, else nil.
func nodeBody(n ast.Node) *ast.BlockStmt {
	switch n := n.(type) {
	case *ast.FuncDecl:
		return n.Body
	case *ast.FuncLit:
		return n.Body
	}
	return nil
}

// isChunkWrapper reports whether n is the function Check wraps a
// statement chunk in: its variables are the session's.
func isChunkWrapper(n ast.Node) bool {
	fd, ok := n.(*ast.FuncDecl)
	return ok && fd.Name.Name == "_" && fd.Recv == nil
}

// stmtIndex is the index of n in list, or -1.
func stmtIndex(list []ast.Stmt, n ast.Node) int {
	for i, s := range list {
		if ast.Node(s) == n {
			return i
		}
	}
	return -1
}

// objOf is the object id declares or uses.
func (tc *Types) objOf(id *ast.Ident) types.Object {
	if o := tc.Info.Defs[id]; o != nil {
		return o
	}
	return tc.Info.Uses[id]
}

// writtenIdents calls note for each identifier n writes: assigned,
// declared, incremented, a range clause's, or whose address is taken.
func writtenIdents(n ast.Node, note func(e ast.Expr)) {
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.AssignStmt:
			for _, l := range m.Lhs {
				note(l)
			}
		case *ast.ValueSpec:
			for _, name := range m.Names {
				note(name)
			}
		case *ast.IncDecStmt:
			note(m.X)
		case *ast.RangeStmt:
			note(m.Key)
			note(m.Value)
		case *ast.UnaryExpr:
			if m.Op == token.AND {
				note(m.X)
			}
		}
		return true
	})
}

// writesIn reports whether n writes v.
func (tc *Types) writesIn(v *types.Var, n ast.Node) bool {
	return tc.writesBefore(v, n, n.End())
}

// writesBefore reports whether n writes v before pos.
func (tc *Types) writesBefore(v *types.Var, n ast.Node, pos token.Pos) bool {
	found := false
	writtenIdents(n, func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok && id.Pos() < pos && tc.objOf(id) == v {
			found = true
		}
	})
	return found
}

// escapesIn reports whether body takes v's address, writes it in a
// function literal or holds a goto.
func (tc *Types) escapesIn(v *types.Var, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BranchStmt:
			found = found || n.Tok == token.GOTO
		case *ast.FuncLit:
			found = found || tc.writesIn(v, n)
		case *ast.UnaryExpr:
			id, ok := ast.Unparen(n.X).(*ast.Ident)
			found = found || n.Op == token.AND && ok && tc.objOf(id) == v
		}
		return !found
	})
	return found
}

// assignedValue is the value s, a plain assignment or declaration of one
// value a name, gives v.
func (tc *Types) assignedValue(v *types.Var, s ast.Stmt) (ast.Expr, bool) {
	var lhs []ast.Expr
	var rhs []ast.Expr
	switch s := s.(type) {
	case *ast.AssignStmt:
		if s.Tok != token.ASSIGN && s.Tok != token.DEFINE {
			return nil, false
		}
		lhs, rhs = s.Lhs, s.Rhs
	case *ast.DeclStmt:
		gd, ok := s.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR || len(gd.Specs) != 1 {
			return nil, false
		}
		spec := gd.Specs[0].(*ast.ValueSpec)
		for _, name := range spec.Names {
			lhs = append(lhs, name)
		}
		rhs = spec.Values
	default:
		return nil, false
	}
	if len(lhs) != len(rhs) {
		return nil, false
	}
	for i, l := range lhs {
		if id, ok := l.(*ast.Ident); ok && tc.objOf(id) == v {
			return rhs[i], true
		}
	}
	return nil, false
}

// cellCodeBetween reports whether the chunk uses, between from and to, a
// function or method the cells declared, a func value, or a value of a
// cell's type with methods (which fmt may call): code that may write a
// session variable.
func (tc *Types) cellCodeBetween(from, to token.Pos) bool {
	found := false
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if found || n == nil || n.End() <= from || n.Pos() >= to {
			return false
		}
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		switch o := tc.Info.Uses[id].(type) {
		case *types.Func:
			found = o.Pkg() == tc.Pkg
		case *types.Var:
			_, isFunc := o.Type().Underlying().(*types.Signature)
			found = isFunc || hasCellMethods(o.Type(), tc.Pkg)
		}
		return true
	})
	return found
}

// hasCellMethods reports whether t, or the type t points to, is a type of
// pkg with methods.
func hasCellMethods(t types.Type, pkg *types.Package) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == pkg && n.NumMethods() > 0
}

// declaresBetween reports whether the chunk declares name between from
// and to (a read of name at to might not be the one at from).
func (tc *Types) declaresBetween(name string, from, to token.Pos) bool {
	for id := range tc.Info.Defs {
		if id.Name == name && id.Pos() > from && id.Pos() < to {
			return true
		}
	}
	return false
}
