package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// sharedStatic is an expression that names the type of the interface
// operand a of %T or %#v when it holds a value of one of the package's
// struct types without fields (or a pointer to one), by yaegi's own type
// switch, which reads the type a non-empty interface keeps beside the
// value; it gives "" otherwise, and "" when the package has fewer than two
// such types.
func (tc *Types) sharedStatic(a ast.Expr) string {
	if !plainOperand(a) {
		return ""
	}
	var cases []string
	for _, name := range tc.Pkg.Scope().Names() {
		tn, ok := tc.Pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		if st, ok := n.Underlying().(*types.Struct); !ok || st.NumFields() > 0 {
			continue
		}
		text, ok := tc.TypeText(n)
		goName, ok2 := tc.goTypeName(n)
		if !ok || !ok2 {
			continue
		}
		cases = append(cases, "case "+text+": return "+strconv.Quote(goName)+"; case *"+text+": return "+strconv.Quote("*"+goName)+"; ")
	}
	if len(cases) < 2 {
		return ""
	}
	return "func() string { switch " + tc.code(a) + ".(type) { " + strings.Join(cases, "") + "}; return \"\" }()"
}
