package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// %T of an interface operand is looked up from the dynamic type at run
// time (interp/typenames.go), and yaegi's run-time type of a cell's type
// over a basic, slice, map, array, channel or func type is that type
// itself: Celsius is a float64 there. Where yaegi keeps the cell's type
// beside the value (a type over a basic type with methods), its own type
// switch names it; where it keeps nothing (such a type without methods, a
// type over a composite type), nobody can tell the value from one of the
// underlying type, and gopadBuiltin.LostName stops the cell instead of
// printing the wrong name:
//
//	fmt.Printf("%T", x)  →  fmt.Printf("%s", gopadBuiltin.TypeName(func() string { switch x.(type) { case Color: return "main.Color" }; return gopadBuiltin.LostName(x, "", "float64", "main.Celsius") }(), x))

// keptStatic is the expression of the static argument of TypeName for
// operand a of an interface type, or "" when no cell type needs it.
// fallback is the expression used when no case names the type.
func (tc *Types) keptStatic(a ast.Expr, fallback string) string {
	if !plainOperand(a) && !readOnlyOperand(a) {
		return ""
	}
	return tc.keptStaticOf(a, tc.code(a), fallback)
}

// keptStaticOf is keptStatic of operand a read as x.
func (tc *Types) keptStaticOf(a ast.Expr, x, fallback string) string {
	it, ok := types.Unalias(tc.Info.Types[a].Type).Underlying().(*types.Interface)
	if !ok {
		return ""
	}
	var cases, lost, kept []string
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 || types.IsInterface(n) {
			continue
		}
		text, ok1 := tc.TypeText(n)
		goName, ok2 := tc.goTypeName(n)
		if !ok1 || !ok2 || !types.Implements(n, it) {
			continue
		}
		switch u := n.Underlying().(type) {
		case *types.Struct:
			if u.NumFields() == 0 && tc.autoKept(n) {
				// Kept beside the value (keptTypes): the kept type
				// tells which of the types without fields it is.
				kept = append(kept, "if gopadBuiltin.KeptIs("+x+", "+tc.switchTest(x, text)+") { return "+strconv.Quote(goName)+" }; ")
			}
			continue // named at run time (typenames.go, sharednames.go)
		case *types.Basic:
			if tc.keptBeside(n) {
				cases = append(cases, "case "+text+": return "+strconv.Quote(goName)+"; ")
				// A pointer to it held in the interface: yaegi's switch
				// knows it where the type has methods of its own
				// (*int was printed for a *Number in an any).
				cases = append(cases, "case *"+text+": return "+strconv.Quote("*"+goName)+"; ")
			}
			if !tc.userKept(n) {
				// A bare value may be one that came back from
				// compiled code (gopadrt's handed.go).
				lost = append(lost, strconv.Quote(u.Name()), strconv.Quote(goName))
			}
		default:
			if tc.keptBeside(n) {
				// Kept beside the value, as a type over a basic type
				// with methods is: a bare value is of another type.
				kept = append(kept, "if gopadBuiltin.KeptIs("+x+", "+tc.switchTest(x, text)+") { return "+strconv.Quote(goName)+" }; ")
				continue
			}
			if under, ok := tc.goTypeName(u); ok && !mentionsPackage(u, tc.Pkg) {
				lost = append(lost, strconv.Quote(under), strconv.Quote(goName))
			}
		}
	}
	if len(cases) == 0 && len(lost) == 0 && len(kept) == 0 {
		return ""
	}
	if fallback == "" {
		fallback = `""`
	}
	if len(lost) > 0 {
		fallback = "gopadBuiltin.LostName(" + x + ", " + fallback + ", " + strings.Join(lost, ", ") + ")"
	}
	if len(cases) == 0 && len(kept) == 0 {
		return fallback
	}
	sw := ""
	if len(cases) > 0 {
		sw = "switch " + x + ".(type) { " + strings.Join(cases, "") + "}; "
	}
	return "func() string { " + strings.Join(kept, "") + sw + "return " + fallback + " }()"
}

// readOnlyOperand reports whether evaluating e again has no effect: names,
// their fields, elements and pointees (keptStatic's expression reads the
// operand once more).
func readOnlyOperand(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		return readOnlyOperand(e.X)
	case *ast.IndexExpr:
		return readOnlyOperand(e.X) && readOnlyOperand(e.Index)
	case *ast.StarExpr:
		return readOnlyOperand(e.X)
	}
	return false
}
