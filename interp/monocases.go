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
