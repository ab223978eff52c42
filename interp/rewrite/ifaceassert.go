package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var ifaceAssertPass = Pass{
	Name: "ifaceAssert",
	Wants: func(u *Unit) bool {
		s := u.sights()
		// Also an assertion to error or to a package's type: one to an
		// interface must test for nil (nilassert.go).
		return s.litAsserts || s.asserts && (u.dynamicNames() || s.errorNamed ||
			u.selects(func(s sel, path string) bool { return path != "" && !s.called }))
	},
	Run: func(u *Unit) []source.Edit { return u.Types.wrappedAsserts() },
}

// wrappedAsserts rewrites type assertions to an interface of a value held
// in a compiled interface with methods (error, fmt.Stringer...) or in an
// empty one. yaegi keeps a cell's value in a compiled interface in a
// wrapper that has only that interface's methods, so s.(error) of a
// fmt.Stringer holding a cell type that also has Error fails; and a value
// that came back from compiled code in an any (recover's) has lost its
// methods, so r.(error) fails. The rewrite tries the cells' types that implement both,
// each asserted (which yaegi finds in the wrapper) and converted:
//
//	e, ok := s.(error)  →  e, ok := func(gopadX fmt.Stringer) (error, bool) { if r, ok := gopadX.(error); ok { return r, true }; if r, ok := gopadX.(*pe); ok { return r, true }; ...; var z error; return z, false }(s)
//
// A struct value (not a pointer) loses its type in the wrapper: when the
// assertion fails and the value is such a one, the rewrite panics with the
// limit and its workaround rather than answer false; so does a failed
// assertion to a cell's struct type.
func (tc *Types) wrappedAsserts() []source.Edit {
	var edits []source.Edit
	commaOK := map[*ast.TypeAssertExpr]bool{}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == 2 && len(n.Rhs) == 1 {
				if ta, ok := ast.Unparen(n.Rhs[0]).(*ast.TypeAssertExpr); ok {
					commaOK[ta] = true
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == 2 && len(n.Values) == 1 {
				if ta, ok := ast.Unparen(n.Values[0]).(*ast.TypeAssertExpr); ok {
					commaOK[ta] = true
				}
			}
		case *ast.TypeAssertExpr:
			if e, ok := tc.wrappedAssert(n, commaOK[n]); ok {
				edits = append(edits, e...)
			} else if e, ok := tc.nilGuardedAssert(n, commaOK[n]); ok {
				edits = append(edits, e...) // nilassert.go
			} else if n.Type != nil {
				if twin, ok := tc.literalTwin(tc.Info.Types[n.Type].Type); ok {
					edits = append(edits, source.Edit{From: tc.Off(n.Type.Pos()), To: tc.Off(n.Type.End()), Text: twin})
				}
			}
		}
		return true
	})
	return edits
}

func (tc *Types) wrappedAssert(ta *ast.TypeAssertExpr, commaOK bool) ([]source.Edit, bool) {
	if ta.Type == nil {
		return nil, false // a type switch's guard
	}
	src, target := tc.Info.Types[ta.X].Type, tc.Info.Types[ta.Type].Type
	if src == nil || target == nil || !tc.compiledInterface(src) && !(empty(src) && tc.compiledInterface(target)) {
		return nil, false // (yaegi decides an any asserted to a cell's interface)
	}
	from := src.Underlying().(*types.Interface)
	to, isIface := target.Underlying().(*types.Interface)
	if !isIface && (empty(src) || !tc.lostInWrapper(target)) {
		return nil, false // yaegi finds pointers in the wrapper
	}
	st, ok1 := tc.TypeText(src)
	tt, ok2 := tc.TypeText(target)
	first := tt // the assertion that finds compiled values
	if twin, ok := tc.literalTwin(target); ok {
		first = twin // ifaceliteral.go
	}
	if !ok1 || !ok2 {
		return nil, false
	}
	var tries []string
	if isIface {
		for _, c := range tc.implementers(from, to, empty(src)) {
			tries = append(tries, "if r, ok := gopadX.("+c+"); ok { return r, true }; ")
		}
		if len(tries) == 0 {
			return nil, false
		}
	}
	limit := strconv.Quote("gopad cannot decide " + tc.code(ta) + " here: the value is a cell type's struct value inside " + st +
		", where it loses its type (yaegi keeps only " + st + "'s methods). Workaround: give the type pointer receivers and store a pointer (&T{...})")
	guard := ""
	if tc.assertsToCompiled(target) {
		guard = tc.nilGuard(target, tt, true) // nilassert.go
	}
	body := guard + "if r, ok := gopadX.(" + first + "); ok { return r, true }; " + strings.Join(tries, "") +
		"if gopadBuiltin.Opaque(gopadX) { panic(" + limit + ") }; var z " + tt + "; return z, false"
	open := "func(gopadX " + st + ") (" + tt + ", bool) { " + body + " }("
	if !commaOK {
		// The single-valued form panics as Go's does when it fails.
		single := ""
		if guard != "" {
			single = tc.nilGuard(target, tt, false)
		}
		open = "func(gopadX " + st + ") " + tt + " { if r, ok := func() (" + tt + ", bool) { " + body + " }(); ok { return r }; " + single + "return gopadX.(" + tt + ") }("
	}
	return []source.Edit{
		{From: tc.Off(ta.Pos()), To: tc.Off(ta.X.Pos()), Text: open, Order: 1},
		{From: tc.Off(ta.X.End()), To: tc.Off(ta.End()), Text: ")", Order: -1},
	}, true
}

// compiledInterface reports whether t is error or an interface with
// methods declared in a compiled package (where yaegi wraps the cells'
// values).
func (tc *Types) compiledInterface(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return false
	}
	if t == types.Universe.Lookup("error").Type() {
		return true
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg() != tc.Pkg
}

// implementers are the cells' types, and pointers to them, that implement
// both interfaces, as the chunk writes them.
func (tc *Types) implementers(a, b *types.Interface, structsOnly bool) []string {
	var out []string
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || name == "_" {
			continue
		}
		if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() > 0 {
			continue
		}
		if _, st := tn.Type().Underlying().(*types.Struct); !st && structsOnly {
			continue // yaegi's assertion from any takes an int for a type ID int
		}
		for _, ct := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if types.Implements(ct, a) && types.Implements(ct, b) {
				if text, ok := tc.TypeText(ct); ok {
					out = append(out, text)
				}
			}
		}
	}
	return out
}
