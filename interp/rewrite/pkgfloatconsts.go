package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math/big"

	"github.com/gopad/gopad/interp/source"
)

var pkgFloatConstsPass = Pass{
	Name: "pkgFloatConsts",
	Wants: func(u *Unit) bool {
		if !u.sights().binaries {
			return false
		}
		if u.Scope.ImportedAs(".", "math") {
			return true // import . "math": its constants (Pi, E, Sqrt2...), the standard library's untyped floats, are bare names
		}
		return u.selects(func(s sel, path string) bool { return path != "" && !s.called })
	},
	Run: func(u *Unit) []source.Edit { return u.Types.pkgFloatConsts() },
}

// yaegi gives a compiled package's floating-point constant (math.Pi,
// math.E, math.MaxFloat64) the type "untyped float64" and a float literal
// the type untyped float, and then refuses most operations between them:
// 2.0 * math.Pi, math.Pi > 3.0, 4.0 / 3 * math.Pi * r ("invalid operation:
// mismatched types untyped float and untyped float64"), where Go computes
// the constant exactly. Such a constant, beside an untyped floating-point
// constant in a binary operation, is written as its value (60 significant
// digits, far beyond a float64's), which keeps the expression an untyped
// constant as in Go:
//
//	2.0 * math.Pi  →  2.0 * 3.14159265358979323846264338327950288419716939937510582097
func (tc *Types) pkgFloatConsts() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if tc.constFolded(n) {
			return false // written as its value by constFold
		}
		b, ok := n.(*ast.BinaryExpr)
		if !ok || b.Op == token.SHL || b.Op == token.SHR || tc.Off(b.Pos()) < 0 {
			return true
		}
		if e := tc.dotFloatConsts(b); len(e) > 0 {
			edits = append(edits, e...)
			return true
		}
		for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
			if _, both := tc.pkgFloatConst(pair[1]); both || !tc.untypedFloat(pair[1]) {
				continue // two such constants: yaegi computes it
			}
			if text, ok := tc.pkgFloatConst(pair[0]); ok {
				edits = append(edits, source.Replace(tc.Off(pair[0].Pos()), tc.Off(pair[0].End()), text))
			}
		}
		return true
	})
	return edits
}

// untypedFloat reports whether e is an untyped floating-point constant as
// written (go/types records the type it ends up with: a literal's kind
// decides then).
func (tc *Types) untypedFloat(e ast.Expr) bool {
	tv, ok := tc.Info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Float {
		return false
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.FLOAT {
			found = true
		}
		return !found
	})
	return found || tv.Type != nil && tv.Type.Underlying() == types.Typ[types.UntypedFloat]
}

// dotFloatConsts writes as their values the operands of b that name a
// floating-point constant of a package imported with a dot (import .
// "math": Pi * Pow(r, 2)), which yaegi keeps as a bare constant.Value and
// then refuses beside any float64 ("mismatched types constant.ratVal and
// float64").
func (tc *Types) dotFloatConsts(b *ast.BinaryExpr) []source.Edit {
	var edits []source.Edit
	for _, x := range []ast.Expr{b.X, b.Y} {
		id, ok := ast.Unparen(x).(*ast.Ident)
		if !ok {
			continue
		}
		if text, ok := tc.floatConstText(tc.Info.Uses[id]); ok {
			edits = append(edits, source.Replace(tc.Off(x.Pos()), tc.Off(x.End()), text))
		}
	}
	return edits
}

// pkgFloatConst is the value of e, when e names a floating-point constant of
// a compiled package (pkg.Name, untyped), as a decimal literal.
func (tc *Types) pkgFloatConst(e ast.Expr) (string, bool) {
	s, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	return tc.floatConstText(tc.Info.Uses[s.Sel])
}

// floatConstText is the value of obj, an untyped floating-point constant
// of a compiled package, as a decimal literal.
func (tc *Types) floatConstText(obj types.Object) (string, bool) {
	c, ok := obj.(*types.Const)
	if !ok || c.Pkg() == nil || c.Pkg() == tc.Pkg || c.Type() != types.Typ[types.UntypedFloat] {
		return "", false
	}
	var f *big.Float
	switch x := constant.Val(c.Val()).(type) {
	case *big.Float:
		f = x
	case *big.Rat:
		f = new(big.Float).SetPrec(512).SetRat(x)
	default:
		return "", false
	}
	return parenNegative(f.Text('g', 60)), true
}

// constFolded reports whether constFold writes n as its value: a const
// declaration whose specs it writes, or a constant expression over a big
// constant.
func (tc *Types) constFolded(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.GenDecl:
		return n.Tok == token.CONST && len(tc.constSpecFolds(n)) > 0
	case ast.Expr:
		tv, ok := tc.Info.Types[n]
		if !ok || tv.Value == nil {
			return false
		}
		_, folded := tc.foldedConst(n, tv, false)
		return folded && !tc.callsComplex(n)
	}
	return false
}
