package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var bigConstsPass = Pass{
	Name:  "bigConsts",
	Wants: func(u *Unit) bool { return u.sights().bigConsts || u.usesBigConst() },
	Run:   func(u *Unit) []source.Edit { return u.Types.bigConsts() },
}

// Go computes constant expressions exactly, whatever their size
// (const Big = 1 << 100). yaegi does too, but compares such values wrong,
// silently (Big > 5 and Big != 0 are false), and fails on others
// (Big-1 == Big-1: "constant ... overflows int64"; float32(Big - 1/Big):
// "cannot convert"). go/types knows the value of every constant
// expression, so an expression that holds a constant beyond 64 bits and
// whose own value fits is written as that value:
//
//	Big > 5                →  true
//	needFloat(Big)         →  needFloat(float64(1.2676506002282294e+30))
//	const Small = Big >> 99 → const Small = 2
//
// Constants of a const spec that later specs repeat implicitly are left
// alone (go/types records the values of their last repetition), as are the
// specs of other passes: those of a defined type (typedConsts) and the
// floating-point shifts (floatShift).

// bigConsts returns the edits that fold the chunk's constant expressions
// over big constants.
func (tc *Types) bigConsts() []source.Edit {
	var edits []source.Edit
	var fold func(n ast.Node) bool
	fold = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GenDecl:
			if n.Tok != token.CONST {
				return true
			}
			for i, sp := range n.Specs {
				if tc.bigConstSpecOwned(n, i) {
					continue
				}
				for _, v := range sp.(*ast.ValueSpec).Values {
					ast.Inspect(v, fold)
				}
			}
			return false
		case ast.Expr:
			tv, ok := tc.Info.Types[n]
			if !ok || tv.Value == nil {
				return true
			}
			if text, ok := tc.foldedConst(n, tv); ok && tc.Off(n.Pos()) >= 0 {
				edits = append(edits, source.Replace(tc.Off(n.Pos()), tc.Off(n.End()), text))
			}
			return false
		}
		return true
	}
	ast.Inspect(tc.File, fold)
	return edits
}

// bigConstSpecOwned reports whether the i-th spec of const block d is left
// alone: a later spec repeats it, or another pass writes its values.
func (tc *Types) bigConstSpecOwned(d *ast.GenDecl, i int) bool {
	vs := d.Specs[i].(*ast.ValueSpec)
	if i+1 < len(d.Specs) {
		next := d.Specs[i+1].(*ast.ValueSpec)
		if len(next.Values) == 0 && next.Type == nil {
			return true
		}
	}
	if vs.Type == nil {
		return false
	}
	if tv, ok := tc.Info.Types[vs.Type]; !ok || !isBasic(tv.Type) {
		return true
	}
	return tc.hasFloatShift(vs)
}

// isBasic reports whether t is a predeclared basic type.
func isBasic(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Basic)
	return ok
}

// foldedConst is the text of constant expression e when e holds a big
// constant and its own value can be written exactly.
func (tc *Types) foldedConst(e ast.Expr, tv types.TypeAndValue) (string, bool) {
	if _, lit := e.(*ast.BasicLit); lit || !tc.holdsBigConst(e) {
		return "", false
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	if !ok {
		return "", false
	}
	lit, ok := basicConstLiteral(b, tv.Value)
	if !ok {
		return "", false
	}
	if b.Info()&types.IsUntyped != 0 || defaultBasic(tv.Type) {
		return lit, true
	}
	typ, ok := tc.TypeText(tv.Type)
	if !ok {
		return "", false
	}
	return typ + "(" + lit + ")", true
}

// defaultBasic reports whether t is bool, int or float64: the types an
// untyped literal of their kind takes by default.
func defaultBasic(t types.Type) bool {
	return t == types.Typ[types.Bool] || t == types.Typ[types.Int] || t == types.Typ[types.Float64]
}

// holdsBigConst reports whether e or one of its operands is a constant
// beyond 64 bits, and e holds no shift of floating-point type (those are
// floatShift's).
func (tc *Types) holdsBigConst(e ast.Expr) bool {
	big, shift := false, false
	ast.Inspect(e, func(n ast.Node) bool {
		if b, ok := n.(*ast.BinaryExpr); ok {
			_, isShift := tc.floatShiftValue(b)
			shift = shift || isShift
		}
		if x, ok := n.(ast.Expr); ok {
			if tv, ok := tc.Info.Types[x]; ok && tv.Value != nil && bigConstant(tv.Value) {
				big = true
			}
		}
		return !shift
	})
	return big && !shift
}

// twoTo64 is 2⁶⁴: a constant at least this large (in magnitude) is one
// yaegi may get wrong.
var twoTo64 = constant.MakeFromLiteral("18446744073709551616", token.INT, 0)

// bigConstant reports whether v is an integer that fits in neither int64
// nor uint64, or a float at least 2⁶⁴ in magnitude.
func bigConstant(v constant.Value) bool {
	switch v.Kind() {
	case constant.Int:
		_, signed := constant.Int64Val(v)
		_, unsigned := constant.Uint64Val(v)
		return !signed && !unsigned
	case constant.Float:
		abs := v
		if constant.Sign(v) < 0 {
			abs = constant.UnaryOp(token.SUB, v, 0)
		}
		return constant.Compare(abs, token.GEQ, twoTo64)
	}
	return false
}

// basicConstLiteral writes v, a constant of basic type b, as a literal of
// b's kind: an untyped float keeps a point or an exponent. False when v
// cannot be written exactly in b (a big integer, an untyped float beyond
// float64's precision, a rune, a string, a complex number).
func basicConstLiteral(b *types.Basic, v constant.Value) (string, bool) {
	info := b.Info()
	switch {
	case info&types.IsBoolean != 0 && v.Kind() == constant.Bool:
		return v.String(), true
	case info&types.IsInteger != 0 && b.Kind() != types.UntypedRune:
		iv := constant.ToInt(v)
		if iv.Kind() != constant.Int || bigConstant(iv) {
			return "", false
		}
		return parenNegative(iv.ExactString()), true
	case info&types.IsFloat != 0:
		f, exact := constant.Float64Val(constant.ToFloat(v))
		if math.IsInf(f, 0) || info&types.IsUntyped != 0 && !exact {
			return "", false
		}
		bits := 64
		if b.Kind() == types.Float32 {
			bits = 32
		}
		lit := strconv.FormatFloat(f, 'g', -1, bits)
		if !strings.ContainsAny(lit, ".e") {
			lit += ".0"
		}
		return parenNegative(lit), true
	}
	return "", false
}

// parenNegative puts a negative literal in parentheses, so that it can
// stand for any operand.
func parenNegative(lit string) string {
	if strings.HasPrefix(lit, "-") {
		return "(" + lit + ")"
	}
	return lit
}

// usesBigConst reports whether the chunk names a constant an earlier cell
// declared beyond 64 bits (yaegi keeps those as constant.Value).
func (u *Unit) usesBigConst() bool {
	if u.Scope == nil || !u.sights().binaries {
		return false
	}
	found := false
	ast.Inspect(u.AST, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || found || u.Own(id.Name) || !u.Scope.Declared(id.Name) || u.Scope.Variable(id.Name) {
			return !found
		}
		if g, ok := u.Scope.Global(id.Name); ok && g.IsValid() && g.CanInterface() {
			if v, ok := g.Interface().(constant.Value); ok && bigConstant(v) {
				found = true
			}
		}
		return !found
	})
	return found
}

// bigLiteral reports whether lit, a number literal, is beyond 64 bits.
func bigLiteral(lit *ast.BasicLit) bool {
	switch lit.Kind {
	case token.INT:
		v, ok := new(big.Int).SetString(strings.ReplaceAll(lit.Value, "_", ""), 0)
		return ok && v.BitLen() > 64
	case token.FLOAT:
		v := constant.MakeFromLiteral(lit.Value, lit.Kind, 0)
		return v.Kind() != constant.Unknown && bigConstant(v)
	}
	return false
}

// bigShift reports whether e shifts a constant left by a literal count of
// 64 or more (1 << 100).
func bigShift(e *ast.BinaryExpr) bool {
	lit, ok := ast.Unparen(e.Y).(*ast.BasicLit)
	if e.Op != token.SHL || !ok || lit.Kind != token.INT {
		return false
	}
	n, err := strconv.ParseUint(strings.ReplaceAll(lit.Value, "_", ""), 0, 64)
	return err != nil || n >= 64
}
