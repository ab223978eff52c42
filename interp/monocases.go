package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// dupCaseEdits drops, from a concrete copy of generic code, the type
// switch cases that its type arguments make repeat an earlier case: Go
// allows case T next to case int in a generic function and, for T = int,
// takes the first; a concrete switch may not list int twice, and go/types
// would reject the copy. A clause left with no case goes whole (it could
// never be taken). The edits are in offsets of mc's files, like the extra
// edits of substitute, and carry the substituted text of the cases kept.
func (mc *monoCheck) dupCaseEdits(f monoFile, n ast.Node, subst map[types.Object]string) []source.Edit {
	var edits []source.Edit
	ast.Inspect(n, func(x ast.Node) bool {
		ts, ok := x.(*ast.TypeSwitchStmt)
		if !ok {
			return true
		}
		var seen []types.Type
		for _, s := range ts.Body.List {
			cc := s.(*ast.CaseClause)
			kept, dropped := mc.keptCases(f, cc, subst, &seen)
			switch {
			case !dropped:
			case len(kept) == 0:
				edits = append(edits, source.Replace(mc.off(cc.Pos()), mc.off(cc.End()), ""))
			default:
				from, to := mc.off(cc.List[0].Pos()), mc.off(cc.List[len(cc.List)-1].End())
				edits = append(edits, source.Replace(from, to, strings.Join(kept, ", ")))
			}
		}
		return true
	})
	return edits
}

// keptCases returns the substituted texts of cc's cases that no earlier
// case of the switch (in seen, which it extends) already names, and
// whether it dropped one.
func (mc *monoCheck) keptCases(f monoFile, cc *ast.CaseClause, subst map[types.Object]string, seen *[]types.Type) ([]string, bool) {
	var kept []string
	dropped := false
	for _, e := range cc.List {
		text, ok := mc.substitute(f, e, subst, nil)
		if !ok {
			return nil, false
		}
		t := mc.typeOf(text, e.Pos())
		dup := false
		for _, o := range *seen {
			if t != nil && types.Identical(o, t) {
				dup = true
			}
		}
		if dup {
			dropped = true
			continue
		}
		if t != nil {
			*seen = append(*seen, t)
		}
		kept = append(kept, text)
	}
	return kept, dropped
}

// typeOf is the type the text of a type expression denotes where pos is;
// nil when it is not a type (nil, or text go/types cannot evaluate there).
func (mc *monoCheck) typeOf(text string, pos token.Pos) types.Type {
	tv, err := types.Eval(mc.fset, mc.pkg, pos, text)
	if err != nil || !tv.IsType() {
		return nil
	}
	return tv.Type
}

// failedAssertEdits replaces, in a concrete copy of generic code, the
// type assertions that its type arguments make impossible: x.(T) of an
// x whose interface has a method that T (a concrete type) lacks. Go
// compiles them in generic code and they fail at run time; go/types
// rejects them in concrete code, which would cancel every copy. They
// become what they do at run time: the comma-ok form gives T's zero value
// and false, the other one panics with Go's run-time error.
func (mc *monoCheck) failedAssertEdits(f monoFile, n ast.Node, subst map[types.Object]string) []source.Edit {
	var edits []source.Edit
	commaOK := map[*ast.TypeAssertExpr]bool{}
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.AssignStmt:
			if len(x.Lhs) == 2 && len(x.Rhs) == 1 {
				if ta, ok := ast.Unparen(x.Rhs[0]).(*ast.TypeAssertExpr); ok {
					commaOK[ta] = true
				}
			}
		case *ast.ValueSpec:
			if len(x.Names) == 2 && len(x.Values) == 1 {
				if ta, ok := ast.Unparen(x.Values[0]).(*ast.TypeAssertExpr); ok {
					commaOK[ta] = true
				}
			}
		case *ast.TypeAssertExpr:
			if e, ok := mc.failedAssert(f, x, subst, commaOK[x]); ok {
				edits = append(edits, e)
				return false
			}
		}
		return true
	})
	return edits
}

// failedAssert is the edit of one impossible assertion; false when ta is
// possible or cannot be decided here.
func (mc *monoCheck) failedAssert(f monoFile, ta *ast.TypeAssertExpr, subst map[types.Object]string, commaOK bool) (source.Edit, bool) {
	if ta.Type == nil {
		return source.Edit{}, false
	}
	xt := mc.info.Types[ta.X].Type
	if xt == nil || !topLevelType(xt, mc.pkg, 0) {
		return source.Edit{}, false
	}
	it, ok := xt.Underlying().(*types.Interface)
	if !ok {
		return source.Edit{}, false
	}
	target, ok := mc.substitute(f, ta.Type, subst, nil)
	if !ok {
		return source.Edit{}, false
	}
	tt := mc.typeOf(target, ta.Pos())
	if tt == nil || types.IsInterface(tt) || types.AssertableTo(it, tt) {
		return source.Edit{}, false
	}
	x, ok := mc.substitute(f, ta.X, subst, nil)
	if !ok {
		return source.Edit{}, false
	}
	// The single-valued form asserts from any, which go/types allows and
	// which fails at run time as the original does.
	text := "func(gopadX any) " + target + " { return gopadX.(" + target + ") }(" + x + ")"
	if commaOK {
		// (x is still evaluated; yaegi mishandles a literal with an any
		// parameter returning a struct and a bool, so x is no argument.)
		text = "func() (" + target + ", bool) { _ = " + x + "; var z " + target + "; return z, false }()"
	}
	return source.Replace(mc.off(ta.Pos()), mc.off(ta.End()), text), true
}
