package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// NearMisses decides the assertions and type switch cases to an interface
// for the cells' types that have methods of the interface's names with
// other signatures (a MultiError whose Unwrap returns []error, asserted to
// interface{ Unwrap() error }): yaegi matches an interpreted type's
// methods by name, so that the assertion held and the call of the method
// gave nonsense. An assertion's operand goes through a function that
// answers for those types, as Go does (a comma-ok assertion fails, a
// single-valued one panics with Go's message):
//
//	u, ok := err.(interface{ Unwrap() error })  →  u, ok := func(gopadX error) error { switch gopadX.(type) { case MultiError: var gopadZ error; return gopadZ }; return gopadX }(err).(interface{ Unwrap() error })
//
// and a type switch gets a first case of each such type, with the body of
// the case Go would choose (its variable converted to that case's type),
// written on the line of the switch's brace so that no line moves (a panic
// in the copied body is shown at the switch):
//
//	switch e := err.(type) { case interface{ Unwrap() error }: A; case interface{ Unwrap() []error }: B }
//	→ switch e := err.(type) { case MultiError: e := interface{ Unwrap() []error }(e); _ = e; B; case interface{ Unwrap() error }: A; ... }
//
// Its own typed phase, before the typed one, whose passes then see the
// assertions and cases it wrote.
var NearMisses = Phase{Name: "nearmisses", Typed: true, Passes: []Pass{nearMissPass}}

var nearMissPass = Pass{
	Name: "nearMisses",
	Wants: func(u *Unit) bool {
		s := u.sights()
		return strings.Contains(u.Src, ".(") && (s.asserts || s.typeSwitches)
	},
	Run: func(u *Unit) []source.Edit { return u.Types.nearMisses() },
}

func (tc *Types) nearMisses() []source.Edit {
	var edits []source.Edit
	commaOK := CommaOKAsserts(tc.File)
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeSwitchStmt:
			edits = append(edits, tc.nearMissCases(n)...)
		case *ast.TypeAssertExpr:
			if n.Type != nil {
				edits = append(edits, tc.nearMissAssert(n, commaOK[n])...)
			}
		}
		return true
	})
	return edits
}

// nearMissTypes are the cells' types and pointers to them that a value of
// type xt may hold and that have a method of each of target's names, but
// not target's method set; with, for each, the first method it lacks.
func (tc *Types) nearMissTypes(xt, target types.Type) (cands []types.Type, missing []string) {
	if target == nil || xt == nil || !types.IsInterface(xt) {
		return nil, nil
	}
	it, ok := target.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return nil, nil
	}
	for _, n := range tc.cellNamedTypes() {
		if types.IsInterface(n) {
			continue
		}
		for _, c := range []types.Type{n, types.NewPointer(n)} {
			if !types.AssignableTo(c, xt) || types.Implements(c, it) {
				continue
			}
			ms := types.NewMethodSet(c)
			lack := ""
			named := true
			for i := range it.NumMethods() {
				m := it.Method(i)
				sel := ms.Lookup(m.Pkg(), m.Name())
				if sel == nil {
					named = false
					break
				}
				if lack == "" && !types.Identical(sel.Obj().Type().(*types.Signature), m.Type()) {
					lack = m.Name()
				}
			}
			if named && lack != "" {
				cands, missing = append(cands, c), append(missing, lack)
			}
		}
	}
	return cands, missing
}

// runtimeIfaceName spells an interface type as Go's run-time errors do.
func (tc *Types) runtimeIfaceName(e ast.Expr, t types.Type) string {
	if name, ok := tc.goTypeName(t); ok {
		return name
	}
	s := types.TypeString(t, func(p *types.Package) string { return p.Name() })
	if inner, ok := strings.CutPrefix(s, "interface{"); ok {
		return "interface { " + strings.TrimSuffix(inner, "}") + " }"
	}
	return tc.code(e)
}

// nearMissAssert hands the operand of ta to a function that answers for
// the near-miss types (see NearMisses).
func (tc *Types) nearMissAssert(ta *ast.TypeAssertExpr, commaOK bool) []source.Edit {
	xt, target := tc.Info.Types[ta.X].Type, tc.Info.Types[ta.Type].Type
	cands, missing := tc.nearMissTypes(xt, target)
	if len(cands) == 0 {
		return nil
	}
	xs, ok := tc.TypeText(xt)
	if !ok {
		return nil
	}
	var cases strings.Builder
	for i, c := range cands {
		text, ok1 := tc.TypeText(c)
		name, ok2 := tc.goTypeName(c)
		if !ok1 || !ok2 {
			return nil
		}
		cases.WriteString("case " + text + ": ")
		if commaOK {
			cases.WriteString("var gopadZ " + xs + "; return gopadZ; ")
		} else {
			cases.WriteString("panic(gopadBuiltin.MissingMethod(" + strconv.Quote(name) + ", " +
				strconv.Quote(tc.runtimeIfaceName(ta.Type, target)) + ", " + strconv.Quote(missing[i]) + ")); ")
		}
	}
	return source.Around(tc.Off(ta.X.Pos()), tc.Off(ta.X.End()),
		"func(gopadX "+xs+") "+xs+" { switch gopadX.(type) { "+cases.String()+"}; return gopadX }(", ")")
}

// nearMissCases writes a first case for each near-miss type of sw's
// interface cases that yaegi would take in a case before the one Go
// chooses: the body of Go's case, in a block that declares the switch's
// variable with that case's type.
func (tc *Types) nearMissCases(sw *ast.TypeSwitchStmt) []source.Edit {
	x, bound := typeSwitchOperand(sw)
	xt := tc.Info.Types[x].Type
	if x == nil || xt == nil {
		return nil
	}
	xs, ok := tc.TypeText(xt)
	if !ok {
		return nil
	}
	var clauses []*ast.CaseClause
	for _, s := range sw.Body.List {
		clauses = append(clauses, s.(*ast.CaseClause))
	}
	first := map[string]int{} // a near-miss type's first case it would be taken in
	var cands []types.Type
	for i, cl := range clauses {
		for _, e := range cl.List {
			cs, _ := tc.nearMissTypes(xt, tc.Info.Types[e].Type)
			for _, c := range cs {
				if _, ok := first[c.String()]; !ok {
					first[c.String()] = i
					cands = append(cands, c)
				}
			}
		}
	}
	var b strings.Builder
	for _, c := range cands {
		k := goCase(clauses, c, tc.Info)
		if k >= 0 && k < first[c.String()] {
			continue // yaegi takes Go's case before
		}
		ct, ok := tc.TypeText(c)
		if !ok {
			return nil
		}
		b.WriteString(" case " + ct + ":")
		if k >= 0 {
			body, ok := tc.caseBody(clauses[k], bound, xs)
			if !ok {
				return nil
			}
			b.WriteString(" { " + body + " };")
		}
	}
	if b.Len() == 0 {
		return nil
	}
	return []source.Edit{source.Insert(tc.Off(sw.Body.Lbrace)+1, b.String())}
}

// typeSwitchOperand is the operand of a type switch's guard, and the
// name of its variable ("" without one).
func typeSwitchOperand(sw *ast.TypeSwitchStmt) (x ast.Expr, bound string) {
	switch a := sw.Assign.(type) {
	case *ast.ExprStmt:
		if ta, ok := a.X.(*ast.TypeAssertExpr); ok {
			return ta.X, ""
		}
	case *ast.AssignStmt:
		ta, ok1 := a.Rhs[0].(*ast.TypeAssertExpr)
		id, ok2 := a.Lhs[0].(*ast.Ident)
		if ok1 && ok2 {
			return ta.X, id.Name
		}
	}
	return nil, ""
}

// goCase is the index of the clause Go chooses for a value of type c: the
// first with a type c is or implements, else the default; -1 for none.
func goCase(clauses []*ast.CaseClause, c types.Type, info *types.Info) int {
	def := -1
	for i, cl := range clauses {
		if cl.List == nil {
			def = i
		}
		for _, e := range cl.List {
			t := info.Types[e].Type
			if t == nil || info.Types[e].IsNil() {
				continue
			}
			if it, ok := t.Underlying().(*types.Interface); ok && types.Implements(c, it) || types.Identical(c, t) {
				return i
			}
		}
	}
	return def
}

// caseBody is the text of cl's statements, after the declaration of the
// switch's variable bound (if any) with the type it has in cl (xs, the
// operand's type, in a default or a case of several types), on one line
// (tokenLine: the case is written on the switch's line, so that the lines
// after it keep their numbers); false if a token spans lines.
func (tc *Types) caseBody(cl *ast.CaseClause, bound, xs string) (string, bool) {
	var b strings.Builder
	if bound != "" {
		vt := xs
		if len(cl.List) == 1 {
			vt = tc.code(cl.List[0])
		}
		b.WriteString(bound + " := (" + vt + ")(" + bound + "); _ = " + bound + "; ")
	}
	if len(cl.Body) > 0 {
		from, to := tc.Fset.Position(cl.Body[0].Pos()).Offset, tc.Fset.Position(cl.Body[len(cl.Body)-1].End()).Offset
		line, ok := tokenLine(tc.Text[from:to])
		if !ok {
			return "", false
		}
		b.WriteString(line)
	}
	return b.String(), true
}
