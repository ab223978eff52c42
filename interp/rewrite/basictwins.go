package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// Inside an empty interface yaegi keeps a cell's type over a basic type
// beside the value only when the type has methods (its valueInterface);
// selfMethods gives every such type one (keptTypes). yaegi's assertion
// x.(T) answers from the basic type alone (a float64 is a Celsius, and a
// Celsius a float64); its own type switch reads the kept type. The
// assertions and the type switch cases of such types go through
// gopadBuiltin.BasicCase: the switch decides, and a bare value of the
// basic type is of the basic type, unless values of it went to compiled
// code (gopadrt's handed.go), which hands them back bare: then it is taken
// for a type without methods of the cells' own as before, or stops the
// cell where it may as well be another case's.

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
		cell := strings.TrimPrefix(names[0], "main.")
		msg = "gopad cannot tell a " + basic + " from a " + strings.Join(names, " or a ") + " inside an interface (type switch case " +
			typ + "): values of these types went to compiled code as interfaces (a container/list, a sync.Map, heap.Push...), " +
			"which gives them back without their cell type. Workaround: keep such values in a container of their own type " +
			"([]" + cell + "), or declare " + cell + " as a struct type with a field"
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
