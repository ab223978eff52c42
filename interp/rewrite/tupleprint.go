package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// tuplePrint converts the results of a call that is Println's only
// argument (fmt.Println(parse(s)), parse returning a Token and an error)
// one by one, as printCall converts operands written out: yaegi hands fmt
// the results of a cell's types without their methods. The results are
// taken in interpreted code and spread:
//
//	fmt.Println(f())  →  fmt.Println(func() []any { gopadR0, gopadR1 := f(); return []any{gopadR0.String(), gopadR1} }()...)
//
// Only for Println's family: Print spaces operands by their kinds, which
// the conversion would change.
func (tc *Types) tuplePrint(args []ast.Expr) []source.Edit {
	if len(args) != 1 {
		return nil
	}
	call, ok := ast.Unparen(args[0]).(*ast.CallExpr)
	if !ok {
		return nil
	}
	tup, ok := tc.Info.Types[call].Type.(*types.Tuple)
	if !ok || tup.Len() < 2 {
		return nil
	}
	var names, shown []string
	changed := false
	for i := range tup.Len() {
		x := "gopadR" + strconv.Itoa(i)
		names = append(names, x)
		text, ok := tc.shownText(tup.At(i).Type(), x)
		changed = changed || ok
		shown = append(shown, text)
	}
	if !changed {
		return nil
	}
	open := "func() []any { " + strings.Join(names, ", ") + " := "
	close := "; return []any{" + strings.Join(shown, ", ") + "} }()..."
	return source.Around(tc.Off(args[0].Pos()), tc.Off(args[0].End()), open, close)
}

// shownText is what fmt should be handed for x, a value of static type t,
// to print it as Go does: through its String or Error method, or a
// struct's or container's printer; false when x prints right as it is.
func (tc *Types) shownText(t types.Type, x string) (string, bool) {
	if t == nil || types.IsInterface(t) || !mentionsPackage(t, tc.Pkg) {
		return x, false
	}
	if printMethod(t) != "" && !hasFormat(t) {
		return shownElem(t, x), true
	}
	if open, ok := tc.elemsShown(t, 0); ok {
		return open + x + ")", true
	}
	if fn, ok := tc.pointerPrinter(t); ok {
		return fn + "(" + x + ")", true
	}
	if tc.structNeedsMethods(t, 0) {
		if printer, ok := tc.structPrinter(t, 0); ok {
			return printer + "(" + x + ")", true
		}
	}
	return x, false
}
