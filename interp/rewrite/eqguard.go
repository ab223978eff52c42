package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

var eqGuardPass = Pass{
	Name:  "eqGuard",
	Wants: func(u *Unit) bool { return u.dynamicNames() && u.sights().compares },
	Run:   func(u *Unit) []source.Edit { return u.Types.eqGuards() },
}

// eqGuards guards the comparisons x == y and x != y of interfaces whose
// answer yaegi may get wrong: inside an empty interface a cell's type
// over a basic type or an array (type K string) has the run-time type of
// its underlying type, and struct types without fields are one type, so
// any("x") == any(K("x")) and any(Add{}) == any(Mul{}) were true. Where
// both sides hold equal values of such a shared run-time type, the cell
// stops with eqLimit. A comparison is guarded when both sides are
// interfaces, or one side has such a cell type; the other operand is read
// twice, so only operands without side effects are guarded.
func (tc *Types) eqGuards() []source.Edit {
	zeros := tc.sharedZeros()
	if zeros == "" {
		return nil
	}
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		be, ok := n.(*ast.BinaryExpr)
		if !ok || be.Op != token.EQL && be.Op != token.NEQ {
			return true
		}
		x, y := tc.Info.Types[be.X], tc.Info.Types[be.Y]
		if x.Type == nil || y.Type == nil || x.IsNil() || y.IsNil() {
			return true
		}
		xi, yi := types.IsInterface(x.Type), types.IsInterface(y.Type)
		one := xi != yi && (tc.sharedType(x.Type) || tc.sharedType(y.Type))
		if !(xi && yi) && !one || tc.emptyDecides(x.Type, y.Type) {
			return true
		}
		// The guarded operand is an interface: a value of a cell's type
		// passed through the guard (compiled code) would come back bare,
		// and compare unequal to the same value kept with its type.
		guarded, other := be.X, be.Y
		if !xi || xi && yi && !plainOperand(be.Y) {
			guarded, other = be.Y, be.X // (p == any(arr): the conversion is read once)
		}
		if !plainOperand(other) {
			return true
		}
		// The check returns nothing, and the operand comes back from
		// interpreted code: see onceOperand (lostidentity.go).
		open := "func(gopadE any) any { gopadBuiltin.EqCheck(" + strconv.Quote(eqLimit) + ", []any{" + zeros + "}, " + tc.code(other) + ", gopadE); return gopadE }("
		edits = append(edits, source.Around(tc.Off(guarded.Pos()), tc.Off(guarded.End()), open, ")")...)
		return true
	})
	return edits
}

const eqLimit = "gopad cannot compare these two interface values: they hold equal values of one run-time type that " +
	"may stand for two types (a type declared over a basic type, type K string, or struct types without fields, are " +
	"their underlying type inside an interface in yaegi). Workaround: compare values of their own types " +
	"(k == K(\"x\")), or give the types a field of their own (type K struct{ s string })"

// sharedType reports whether t is a cell's type that yaegi runs as a
// type it shares with others.
func (tc *Types) sharedType(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.TypeParams().Len() > 0 {
		return false
	}
	switch u := n.Underlying().(type) {
	case *types.Basic, *types.Array:
		return true
	case *types.Struct:
		return u.NumFields() == 0
	}
	return false
}

// sharedZeros is the list of zero values of the package's shared types,
// as the chunk writes them, or "".
func (tc *Types) sharedZeros() string {
	out := ""
	for _, name := range tc.Pkg.Scope().Names() {
		tn, ok := tc.Pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || !tc.sharedType(tn.Type()) {
			continue
		}
		if text, ok := tc.TypeText(tn.Type()); ok {
			if out != "" {
				out += ", "
			}
			out += "*new(" + text + ")"
		}
	}
	return out
}

// plainOperand reports whether e can be read twice: a name, a literal, a
// selector or a conversion of those.
func plainOperand(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		return plainOperand(e.X)
	case *ast.CompositeLit:
		return len(e.Elts) == 0
	case *ast.CallExpr:
		return len(e.Args) == 1 && !e.Ellipsis.IsValid() && plainOperand(e.Args[0]) && plainOperand(e.Fun)
	}
	return false
}

// emptyDecides reports whether interfaceEquals decides a comparison of
// values of types xt and yt by the names of struct types without fields
// (gopadBuiltin.EmptyIs), and no other shared type can be in it: the
// guard would hand the comparison a bare struct{} that nothing can tell.
func (tc *Types) emptyDecides(xt, yt types.Type) bool {
	var iface *types.Interface
	for _, t := range []types.Type{xt, yt} {
		if it, ok := t.Underlying().(*types.Interface); ok && (iface == nil || iface.NumMethods() == 0) {
			iface = it
		}
	}
	if iface == nil || iface.NumMethods() == 0 {
		return false // any(Dog{}) is a bare struct{}: the guard refuses it
	}
	empties := 0
	for _, name := range tc.Pkg.Scope().Names() {
		tn, ok := tc.Pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || !tc.sharedType(tn.Type()) || !types.Implements(tn.Type(), iface) {
			continue
		}
		if _, ok := tc.emptyArgs(tn.Type(), name); !ok {
			return false // a type over a basic type or an array
		}
		empties++
	}
	return empties > 1
}
