package interp

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/rewrite"
	"github.com/gopad/gopad/interp/source"
)

// Repairs of concrete copies. Go compiles generic code once, for every
// type argument, and some of its constructs become invalid in a concrete
// copy although the generic code is valid and runs: a type switch case or
// an assertion that the type arguments make impossible, two switch cases
// or two map keys that become the same constant. go/types rejects the
// copy, which would leave the whole chunk to yaegi's generics. monoRepair
// rewrites them, in the checked copies, into what they do at run time:
//
//	case A:  (A = string, never a dynamic type of x)  →  (dropped)
//	x.(A)                                             →  func(gopadX any) string { return gopadX.(string) }(x)
//	case int(0), T(0):  (T = int)                     →  case int(0):
//	map[any]int{int(0): 1, T(0): 2}                   →  map[any]int{int(0): 1, func() any { return int(0) }(): 2}
//
// A later case equal to an earlier one is never taken (the first that
// matches wins); a later key equal to an earlier one overwrites it, as
// the generic code's map literal does at run time.

// monoRepair returns the editable text of mc with the edits above, and
// false when there is nothing to repair.
func (mc *monoCheck) monoRepair() (string, bool) {
	var edits []source.Edit
	commaOK := rewrite.CommaOKAsserts(mc.file)
	ast.Inspect(mc.file, func(n ast.Node) bool {
		if n == nil || mc.off(n.Pos()) < mc.from {
			return true
		}
		switch n := n.(type) {
		case *ast.TypeSwitchStmt:
			edits = append(edits, mc.impossibleCases(n)...)
		case *ast.SwitchStmt:
			edits = append(edits, mc.repeatedCases(n)...)
		case *ast.CompositeLit:
			edits = append(edits, mc.repeatedKeys(n)...)
		case *ast.TypeAssertExpr:
			if e, ok := mc.impossibleAssert(n, commaOK[n]); ok {
				edits = append(edits, e)
			}
		}
		return true
	})
	if len(edits) == 0 {
		return "", false
	}
	for i := range edits {
		edits[i].From -= mc.from
		edits[i].To -= mc.from
	}
	out, err := source.Apply(mc.text[mc.from:], outermost(edits))
	return out, err == nil
}

// impossibleAssert replaces x.(T) of an interface x that no value of the
// concrete type T can be in (a method is missing) by what it does at run
// time: a panic with Go's message, or T's zero value and false.
func (mc *monoCheck) impossibleAssert(ta *ast.TypeAssertExpr, commaOK bool) (source.Edit, bool) {
	if ta.Type == nil {
		return source.Edit{}, false
	}
	it, ok := mc.info.TypeOf(ta.X).Underlying().(*types.Interface)
	tt := mc.info.TypeOf(ta.Type)
	if !ok || tt == nil || types.IsInterface(tt) || types.AssertableTo(it, tt) {
		return source.Edit{}, false
	}
	target, ok := rewrite.TypeText(tt, mc.pkg, mc.names)
	if !ok {
		return source.Edit{}, false
	}
	x := nodeText(mc.fset, mc.text, ta.X.Pos(), ta.X.End())
	text := "func(gopadX any) " + target + " { return gopadX.(" + target + ") }(" + x + ")"
	if commaOK {
		text = "func() (" + target + ", bool) { _ = " + x + "; var z " + target + "; return z, false }()"
	}
	return source.Replace(mc.off(ta.Pos()), mc.off(ta.End()), text), true
}

// impossibleCases drops the cases of a type switch that name a concrete
// type no value of the switched interface can have, or a type an
// earlier case names; a clause left with no case goes whole. When the
// clauses left never use the switch's variable, its declaration goes too
// (Go would report it unused).
func (mc *monoCheck) impossibleCases(ts *ast.TypeSwitchStmt) []source.Edit {
	x, bound := typeSwitchOperand(ts)
	it, ok := mc.info.TypeOf(x).Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var edits []source.Edit
	var seen []types.Type
	used := false
	for _, st := range ts.Body.List {
		cc := st.(*ast.CaseClause)
		var kept []string
		for _, e := range cc.List {
			t := mc.info.TypeOf(e)
			if t != nil && !types.IsInterface(t) && t != types.Typ[types.UntypedNil] && !types.AssertableTo(it, t) || repeatsType(seen, t) {
				continue
			}
			seen = append(seen, t)
			kept = append(kept, nodeText(mc.fset, mc.text, e.Pos(), e.End()))
		}
		switch {
		case len(kept) == 0 && cc.List != nil:
			edits = append(edits, source.Replace(mc.off(cc.Pos()), mc.off(cc.End()), ""))
			continue
		case len(kept) < len(cc.List):
			from, to := mc.off(cc.List[0].Pos()), mc.off(cc.List[len(cc.List)-1].End())
			edits = append(edits, source.Replace(from, to, joinCases(kept)))
		}
		used = used || bound != nil && mc.usesImplicit(cc)
	}
	if len(edits) > 0 && bound != nil && !used {
		edits = append(edits, source.Replace(mc.off(bound.Pos()), mc.off(x.Pos()), ""))
	}
	return edits
}

// typeSwitchOperand returns x of switch x.(type) or switch v := x.(type),
// and the assignment in the second form.
func typeSwitchOperand(ts *ast.TypeSwitchStmt) (ast.Expr, *ast.AssignStmt) {
	switch a := ts.Assign.(type) {
	case *ast.ExprStmt:
		if ta, ok := a.X.(*ast.TypeAssertExpr); ok {
			return ta.X, nil
		}
	case *ast.AssignStmt:
		if ta, ok := a.Rhs[0].(*ast.TypeAssertExpr); ok && len(a.Lhs) == 1 {
			return ta.X, a
		}
	}
	return nil, nil
}

// usesImplicit reports whether a type switch clause's body uses the
// variable the switch declares for it.
func (mc *monoCheck) usesImplicit(cc *ast.CaseClause) bool {
	obj := mc.info.Implicits[cc]
	used := false
	ast.Inspect(cc, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && obj != nil && mc.info.Uses[id] == obj {
			used = true
		}
		return !used
	})
	return used
}

func repeatsType(seen []types.Type, t types.Type) bool {
	for _, o := range seen {
		if t != nil && types.Identical(o, t) {
			return true
		}
	}
	return false
}

func joinCases(cases []string) string {
	out := ""
	for i, c := range cases {
		if i > 0 {
			out += ", "
		}
		out += c
	}
	return out
}

// repeatedCases drops the constant cases of an expression switch that an
// earlier case of the same type and value makes unreachable.
func (mc *monoCheck) repeatedCases(sw *ast.SwitchStmt) []source.Edit {
	var edits []source.Edit
	var seen []types.TypeAndValue
	for _, st := range sw.Body.List {
		cc := st.(*ast.CaseClause)
		var kept []string
		for _, e := range cc.List {
			tv := mc.info.Types[e]
			if tv.Value != nil && repeatsConstant(seen, tv) {
				continue
			}
			if tv.Value != nil {
				seen = append(seen, tv)
			}
			kept = append(kept, nodeText(mc.fset, mc.text, e.Pos(), e.End()))
		}
		switch {
		case len(kept) == 0 && cc.List != nil:
			edits = append(edits, source.Replace(mc.off(cc.Pos()), mc.off(cc.End()), ""))
		case len(kept) < len(cc.List):
			from, to := mc.off(cc.List[0].Pos()), mc.off(cc.List[len(cc.List)-1].End())
			edits = append(edits, source.Replace(from, to, joinCases(kept)))
		}
	}
	return edits
}

func repeatsConstant(seen []types.TypeAndValue, tv types.TypeAndValue) bool {
	for _, o := range seen {
		if types.Identical(o.Type, tv.Type) && constant.Compare(o.Value, token.EQL, tv.Value) {
			return true
		}
	}
	return false
}

// repeatedKeys makes the constant keys of a map literal that repeat an
// earlier key computed values (a function literal's result), which Go
// allows and stores in order.
func (mc *monoCheck) repeatedKeys(cl *ast.CompositeLit) []source.Edit {
	mt, ok := mc.info.TypeOf(cl).Underlying().(*types.Map)
	if !ok {
		return nil
	}
	kt, ok := rewrite.TypeText(mt.Key(), mc.pkg, mc.names)
	if !ok {
		return nil
	}
	var edits []source.Edit
	var seen []types.TypeAndValue
	for _, el := range cl.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		tv := mc.info.Types[kv.Key]
		if tv.Value == nil {
			continue
		}
		if repeatsConstant(seen, tv) {
			key := nodeText(mc.fset, mc.text, kv.Key.Pos(), kv.Key.End())
			edits = append(edits, source.Replace(mc.off(kv.Key.Pos()), mc.off(kv.Key.End()), "func() "+kt+" { return "+key+" }()"))
			continue
		}
		seen = append(seen, tv)
	}
	return edits
}
