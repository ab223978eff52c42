package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var commaOkZeroPass = Pass{
	Name:  "commaOkZero",
	Wants: func(u *Unit) bool { return u.sights().indexes || u.has(hasTypeAssert) || u.has(hasChanOp) },
	Run:   func(u *Unit) []source.Edit { return u.Types.commaOkZeros(u.Stmt()) },
}

// yaegi's comma-ok map index and type assertion, v, ok := m[k] or
// v, ok := x.(T) (or =), leave v as it was when the key is missing or the
// assertion fails, where Go sets it to the zero value: in a loop v keeps
// the previous iteration's value, c, _ := counts[w]; counts[w] = c+1
// counts wrong, and name, _ := rec["name"].(string) shows the previous
// record's name. The index or assertion runs in a function literal, whose
// own variables start at zero on each call; a statement of its own in a
// block gets its value zeroed after it on a miss instead, which costs far
// less in a loop:
//
//	v, ok := d[n]           →   v, ok := d[n]; if !ok { v = *new(int) }
//	c, _ := counts[w]       →   c, gopadOK7 := counts[w]; if !gopadOK7 { c = *new(int) }
//	if v, ok := d[n]; !ok   →   if v, ok := func() (int, bool) { gopadV, gopadOK := d[n]; return gopadV, gopadOK }(); !ok
//
// Left alone: a blank value (_, ok := m[k]); if v, ok := m[k]; ok { ... }
// with v unused outside the then branch (v is only read when found); and
// a definition among a statement chunk's top-level statements, which
// mapIndexOK and CommaOk rewrite the same way.
func (tc *Types) commaOkZeros(stmt bool) []source.Edit {
	var edits []source.Edit
	listed := map[ast.Stmt]bool{} // statements of a block or a case
	comms := map[*ast.AssignStmt]bool{}
	var visit func(n ast.Node, inFunc bool)
	visit = func(n ast.Node, inFunc bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				if m != n {
					visit(m.Body, true)
					return false
				}
			case *ast.FuncDecl:
				if m.Body != nil && !stmt {
					visit(m.Body, true)
				}
				return stmt // a statement chunk's statements are top-level
			case *ast.IfStmt:
				if tc.foundOnly(m) {
					visit(m.Body, inFunc)
					if m.Else != nil {
						visit(m.Else, inFunc)
					}
					return false
				}
			case *ast.BlockStmt:
				markListed(listed, m.List)
			case *ast.CaseClause:
				markListed(listed, m.Body)
			case *ast.CommClause:
				markListed(listed, m.Body)
				if as, ok := m.Comm.(*ast.AssignStmt); ok {
					comms[as] = true // a select case's receive stays one
				}
			case *ast.AssignStmt:
				if comms[m] {
					return true
				}
				if len(m.Lhs) == 2 && len(m.Rhs) == 1 && !isBlank(m.Lhs[0]) && (inFunc || m.Tok == token.ASSIGN) {
					edits = append(edits, tc.commaOkZeroStmt(m, listed[m])...)
				}
			case *ast.ValueSpec:
				if len(m.Names) == 2 && len(m.Values) == 1 && m.Names[0].Name != "_" && inFunc {
					edits = append(edits, tc.commaOkZero(m.Values[0])...)
				}
			}
			return true
		})
	}
	visit(tc.File, false)
	return edits
}

func markListed(listed map[ast.Stmt]bool, stmts []ast.Stmt) {
	for _, st := range stmts {
		listed[st] = true
	}
}

// commaOkZeroStmt returns the edits for the comma-ok assignment as: its
// value zeroed after it when the key was missing, when it is a statement
// of its own; else its value taken in a function literal.
func (tc *Types) commaOkZeroStmt(as *ast.AssignStmt, listed bool) []source.Edit {
	if es, ok := tc.commaOkIntoIface(as); ok {
		return es
	}
	if tc.commaOkValue(as.Rhs[0]) == nil {
		return nil
	}
	if listed {
		if es, ok := tc.zeroOnMiss(as); ok {
			return es
		}
	}
	return tc.commaOkZero(as.Rhs[0])
}

// zeroOnMiss sets the value variable to its zero value after as when ok is
// false, naming a blank ok of a := (v, _ := m[k]) for the test. It gives
// up (false) when the value is not a variable's name or its type has type
// parameters, or for a blank ok in an assignment with =.
func (tc *Types) zeroOnMiss(as *ast.AssignStmt) ([]source.Edit, bool) {
	v, okV := as.Lhs[0].(*ast.Ident)
	flag, okF := as.Lhs[1].(*ast.Ident)
	if !okV || !okF {
		return nil, false
	}
	obj := tc.Info.Defs[v]
	if obj == nil {
		obj = tc.Info.Uses[v]
	}
	if obj == nil || mentionsTypeParam(obj.Type()) {
		return nil, false // gopad's copies of generic code are made from the literal form
	}
	zero, ok := tc.zeroText(obj.Type())
	if !ok {
		return nil, false
	}
	var es []source.Edit
	name := flag.Name
	if name == "_" {
		if as.Tok != token.DEFINE {
			return nil, false
		}
		name = fmt.Sprintf("gopadOK%d", tc.Off(as.Pos()))
		es = append(es, source.Replace(tc.Off(flag.Pos()), tc.Off(flag.End()), name))
	}
	end := tc.Off(as.End())
	return append(es, source.Insert(end, "; if !"+name+" { "+v.Name+" = "+zero+" }")), true
}

// zeroText writes the zero value of t: nil where it is one (an interface
// literal's type may be written as its compiled twin by other passes),
// else *new(T).
func (tc *Types) zeroText(t types.Type) (string, bool) {
	switch t.Underlying().(type) {
	case *types.Interface, *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature:
		return "nil", true
	}
	text, ok := tc.TypeText(t)
	return zeroOf(tc.File, text), ok
}

// foundOnly reports whether n is if v, ok := m[k]; ok { ... } (or
// x.(T)) with v not read in its else branch.
func (tc *Types) foundOnly(n *ast.IfStmt) bool {
	as, ok := n.Init.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return false
	}
	v, okV := as.Lhs[0].(*ast.Ident)
	cond, okC := ast.Unparen(n.Cond).(*ast.Ident)
	if !okV || !okC || !isIdentNamed(as.Lhs[1], cond.Name) {
		return false
	}
	obj := tc.Info.Defs[v]
	if obj == nil || n.Else == nil {
		return obj != nil
	}
	used := false
	ast.Inspect(n.Else, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok && tc.Info.Uses[id] == obj {
			used = true
		}
		return !used
	})
	return !used
}

// commaOkValue returns the type of the value of rhs, a map index or a
// type assertion to a concrete type; nil for anything else.
func (tc *Types) commaOkValue(rhs ast.Expr) types.Type {
	switch e := ast.Unparen(rhs).(type) {
	case *ast.IndexExpr:
		if t := tc.Info.Types[e.X].Type; t != nil {
			if m, ok := t.Underlying().(*types.Map); ok {
				return m.Elem()
			}
		}
	case *ast.TypeAssertExpr:
		// An assertion to an interface is nilAssert's or ifaceAssert's,
		// whose function literals give a fresh zero value already.
		if t := tc.Info.Types[e.Type].Type; e.Type != nil && t != nil && !types.IsInterface(t) {
			return t
		}
	}
	return nil
}

// commaOkIntoIface takes a comma-ok map index, type assertion or receive
// whose value goes into an interface variable of another type in a
// function literal that converts it: yaegi's comma-ok assignment drops
// the value's type there (a Level became an int), and a miss left a nil
// interface where Go stores the zero Level.
//
//	s, ok = levels[k]  →  s, ok = func() (fmt.Stringer, bool) { gopadV, gopadOK := levels[k]; var gopadI fmt.Stringer = gopadV; return gopadI, gopadOK }()
func (tc *Types) commaOkIntoIface(as *ast.AssignStmt) ([]source.Edit, bool) {
	rhs := as.Rhs[0]
	vt := tc.commaOkValue(rhs)
	if u, ok := ast.Unparen(rhs).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
		if ch, ok := tc.Info.TypeOf(u.X).Underlying().(*types.Chan); ok {
			vt = ch.Elem()
		}
	}
	lt := tc.Info.TypeOf(as.Lhs[0])
	if vt == nil || lt == nil || !types.IsInterface(lt) || types.IsInterface(vt) {
		return nil, false
	}
	return tc.commaOkLiteral(rhs, vt, lt), true
}

// commaOkZero returns the edit that runs rhs, if it is a map index or a
// type assertion, in a function literal.
func (tc *Types) commaOkZero(rhs ast.Expr) []source.Edit {
	vt := tc.commaOkValue(rhs)
	return tc.commaOkLiteral(rhs, vt, vt)
}

// commaOkLiteral is the edit that runs rhs, whose value is of type vt, in
// a function literal whose value is of type result (vt, or the interface
// the value is assigned to).
func (tc *Types) commaOkLiteral(rhs ast.Expr, vt, result types.Type) []source.Edit {
	if vt == nil || tc.Off(rhs.Pos()) < 0 {
		return nil
	}
	text, ok := tc.TypeText(result)
	if !ok {
		return nil
	}
	ret := "; return gopadV, gopadOK }()"
	if !types.Identical(result, vt) {
		// (returned as is, a value of a type over a basic type would
		// lose its type in the interface)
		ret = "; var gopadI " + text + " = gopadV; return gopadI, gopadOK }()"
	}
	// Outside any other pass's wrapping of the same expression (anyAssert's).
	return []source.Edit{
		{From: tc.Off(rhs.Pos()), To: tc.Off(rhs.Pos()), Text: "func() (" + text + ", bool) { gopadV, gopadOK := ", Order: 2},
		{From: tc.Off(rhs.End()), To: tc.Off(rhs.End()), Text: ret, Order: -2},
	}
}

func isIdentNamed(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}
