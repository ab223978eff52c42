package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// In a concrete copy of a generic function (mono.go in interp), a type
// switch over any(v) knows v's type: switch x := any(v).(type). The name
// x of its default clause, or of a clause of an interface type, has an
// interface type, but holds a value of v's type, which yaegi hands fmt
// without its methods (a []ID prints as [1], not [ID-001]). Printed, x
// is asserted back to v's type and printed as a value of that type:
//
//	fmt.Sprintf("%v", x)  →  fmt.Sprintf("%v", func(s []ID) []any { ... }((x).([]ID)))

// switchStatic is the type of the value that a, a name bound by such a
// type switch, holds; nil when a is no such name.
func (tc *Types) switchStatic(a ast.Expr) types.Type {
	id, ok := ast.Unparen(a).(*ast.Ident)
	if !ok {
		return nil
	}
	if tc.switchVars == nil {
		tc.switchVars = map[types.Object]types.Type{}
		ast.Inspect(tc.File, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSwitchStmt)
			if !ok {
				return true
			}
			as, ok := ts.Assign.(*ast.AssignStmt)
			if !ok || len(as.Rhs) != 1 {
				return true
			}
			guard, ok := as.Rhs[0].(*ast.TypeAssertExpr)
			if !ok {
				return true
			}
			if static := tc.staticDynamic(guard.X); static != nil {
				for _, s := range ts.Body.List {
					// (A clause of a compiled interface, fmt.Stringer or
					// error, holds yaegi's wrapper, which has the methods
					// fmt prints with, and which an assertion back to a
					// struct type cannot see through.)
					if obj := tc.Info.Implicits[s]; obj != nil && types.IsInterface(obj.Type()) && !tc.compiledInterface(obj.Type()) {
						tc.switchVars[obj] = static
					}
				}
			}
			return true
		})
	}
	return tc.switchVars[tc.Info.Uses[id]]
}

// switchVarOperand prints operand a, a name switchStatic knows, as a value
// of the type it holds, when that type prints through String or Error
// methods (its own or its elements').
func (tc *Types) switchVarOperand(a ast.Expr, spaced bool, verb byte) ([]source.Edit, bool) {
	static := tc.switchStatic(a)
	if static == nil || !mentionsPackage(static, tc.Pkg) {
		return nil, false
	}
	text, ok := tc.TypeText(static)
	if !ok {
		return nil, false
	}
	var es []source.Edit
	if m := printMethod(static); m != "" {
		es, ok = tc.stringerValue(a, static, m, spaced, verb)
	} else {
		es, ok = tc.stringerElems(a, static)
	}
	if !ok || len(es) != 2 || es[0].From != tc.Off(a.Pos()) || es[1].From != tc.Off(a.End()) {
		return nil, false
	}
	es[0].Text += "("
	es[1].Text = ").(" + text + ")" + es[1].Text
	return es, true
}
