package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// Inside an empty interface yaegi keeps a cell's type over a basic type
// beside the value only when the type has methods (its valueInterface);
// a value of such a type without methods is a bare value of the basic
// type (type Celsius float64: a float64). yaegi's assertion x.(T) answers
// from the basic type alone (a float64 is a Celsius, and a Celsius with
// methods a float64); its own type switch reads the kept type. The
// assertions and the type switch cases of such types go through
// gopadBuiltin.BasicTwin and BasicTwinCase: the switch decides, and a bare
// value of the basic type stops the cell where a type without methods
// over it may have made it.

// basicTwins tells, for an assertion to t, the basic type t shares with
// cell types (ok false when none does), and whether a bare value of it
// may be of a cell type without methods (lost), which ones (names).
func (tc *Types) basicTwins(t types.Type) (basic string, names []string, ok bool) {
	if t == nil {
		return "", nil, false
	}
	b, isBasic := t.Underlying().(*types.Basic)
	if !isBasic || b.Info()&types.IsUntyped != 0 {
		return "", nil, false
	}
	n, named := t.(*types.Named)
	if named && (n.Obj().Pkg() != tc.Pkg || n.TypeParams().Len() > 0) {
		return "", nil, false
	}
	ok = named
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, isType := scope.Lookup(name).(*types.TypeName)
		if !isType || tn.IsAlias() {
			continue
		}
		tw, isNamed := tn.Type().(*types.Named)
		if !isNamed || tw.TypeParams().Len() > 0 || !types.Identical(tw.Underlying(), b) {
			continue
		}
		ok = true
		if !tc.userKept(tw) {
			names = append(names, "main."+tw.Obj().Name())
		}
	}
	return b.Name(), names, ok
}

// basicTwinArgs are the first arguments of BasicTwin and BasicTwinCase for
// an assertion to t, written typ; "" when yaegi decides it. A bare value
// of the basic type is taken for a t unless t has methods (a value of it
// would have kept its type); collide, set for a type switch with another
// case such a value may as well be (case Celsius and case float64), makes
// it stop the cell instead.
func (tc *Types) basicTwinArgs(t types.Type, typ string, collide bool) string {
	basic, names, ok := tc.basicTwins(t)
	if !ok {
		return ""
	}
	msg := ""
	if collide && len(names) > 0 {
		msg = "gopad cannot tell a " + basic + " from a " + strings.Join(names, " or a ") + " inside an interface (type switch case " +
			typ + "): yaegi keeps no type beside a value of a type over a basic type without methods. " +
			"Workaround: give " + strings.TrimPrefix(names[0], "main.") + " a method (func (" + strings.TrimPrefix(names[0], "main.") +
			") String() string, say), which makes yaegi keep its type"
	}
	return strconv.Quote(msg) + ", " + strconv.Quote(basic) + ", " + strconv.FormatBool(!tc.userKept(t))
}

// bareCases counts, per basic type, the cases of a type switch that a bare
// value of that basic type may stand for: the basic type itself and the
// cells' types over it without methods.
func (tc *Types) bareCases(ts *ast.TypeSwitchStmt) map[string]int {
	count := map[string]int{}
	for _, s := range ts.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			t := tc.Info.Types[e].Type
			if t == nil || tc.userKept(t) {
				continue
			}
			if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsUntyped == 0 {
				if _, _, ok := tc.basicTwins(t); ok {
					count[b.Name()]++
				}
			}
		}
	}
	tc.shapeCases(ts, count)
	return count
}
