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

var constFoldPass = Pass{
	Name: "constFold",
	Wants: func(u *Unit) bool {
		s := u.sights()
		return s.bigConsts || s.constCalls || s.intQuotients || s.calledIdents["real"] || s.calledIdents["imag"] || u.usesBigConst() || s.imagLits || s.binaries && s.complexNames ||
			s.compares && s.imagLits || s.binaries && (s.floatLits || u.usesFloatConst())
	},
	Run: func(u *Unit) []source.Edit { return u.Types.constFolds() },
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
//	needFloat(Big)         →  needFloat(1.2676506002282294e+30)
//	const Small = Big >> 99 → const Small = 2
//
// So are real and imag of a complex constant, which yaegi does not
// compute (real(C): "CFG post-order panic"), and a comparison of a
// complex constant with another constant (2+0i == 2, 1i*1i == -1), which
// yaegi fails to convert ("value of type int cannot be converted to type
// complex128").
//
// In a const declaration the values come from the constants themselves,
// spec by spec, also for the specs that repeat one implicitly (go/types
// records the expressions of a repeated spec once, with its last iota).
// There yaegi also gives every comparison and every && and || the value
// false, silently (const debug = 0 == 0; const on = dev && !test), and fails on a conversion of an integer to a
// string (const s = string(iota + 'a'): "constant definition loop"); both
// are written as their values, and so are the specs that use a constant
// the block declared under the name iota (const ( iota = iota; B ): B is
// 1), which ImplicitConsts would take for Go's iota:
//
//	m = iota == 0           →  m = true
//	s = string(iota + 'a')  →  s = string("a")
//	t                       →  t = string("b")
//
// Specs of a defined type are typedConsts', and floating-point shifts
// floatShift's.

// constFolds returns the edits that fold the chunk's constant expressions
// over big constants, and the const specs yaegi gets wrong.
func (tc *Types) constFolds() []source.Edit {
	var edits []source.Edit
	shifted := shiftOperands(tc.File)
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GenDecl:
			if n.Tok == token.CONST {
				folds := tc.constSpecFolds(n)
				if len(folds) == 0 {
					for _, sp := range n.Specs {
						for _, v := range sp.(*ast.ValueSpec).Values {
							folds = append(folds, tc.intQuotients(v)...)
						}
					}
				}
				edits = append(edits, folds...)
				return false
			}
		case ast.Expr:
			tv, ok := tc.Info.Types[n]
			if !ok || tv.Value == nil {
				return true
			}
			if tc.callsComplex(n) {
				return true // complexArgs' (its edits land inside)
			}
			if text, ok := tc.foldedConst(n, tv, shifted[n]); ok && tc.Off(n.Pos()) >= 0 {
				edits = append(edits, source.Replace(tc.Off(n.Pos()), tc.Off(n.End()), text))
			} else {
				edits = append(edits, tc.intQuotients(n)...)
			}
			return false
		}
		return true
	})
	return edits
}

// shiftOperands returns the operands of f's shifts, which shiftOperands
// may convert.
func shiftOperands(f *ast.File) map[ast.Expr]bool {
	counts := map[ast.Expr]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.SHL || n.Op == token.SHR {
				counts[n.X], counts[n.Y] = true, true
			}
		case *ast.AssignStmt:
			if n.Tok == token.SHL_ASSIGN || n.Tok == token.SHR_ASSIGN {
				counts[n.Rhs[0]] = true
			}
		}
		return true
	})
	return counts
}

// callsComplex reports whether e calls the builtin complex.
func (tc *Types) callsComplex(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && tc.Info.Uses[id] == types.Universe.Lookup("complex") {
				found = true
			}
		}
		return !found
	})
	return found
}

// intQuotients writes as their values the quotients and remainders of
// untyped integer constants in constant expression e. Go divides them as
// integers, whatever type the result gets (var f float64 = 1 / 2 is 0);
// yaegi divides them in the type of the destination where one is written
// (0.5 for f = 1/2, return 1/2 from a func() float64, const c float64 =
// 1/2, var q float32 = 3/2), silently.
func (tc *Types) intQuotients(e ast.Expr) []source.Edit {
	var edits []source.Edit
	ast.Inspect(e, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || b.Op != token.QUO && b.Op != token.REM || !tc.untypedInt(b.X) || !tc.untypedInt(b.Y) || tc.Off(b.Pos()) < 0 {
			return true
		}
		v := constant.ToInt(tc.Info.Types[b].Value)
		if v.Kind() != constant.Int {
			return true
		}
		text := v.ExactString()
		if constant.Sign(v) < 0 {
			text = "(" + text + ")"
		}
		edits = append(edits, source.Replace(tc.Off(b.Pos()), tc.Off(b.End()), text))
		return false
	})
	return edits
}

// untypedInt reports whether e is an untyped integer constant (a rune
// constant counts: 'a' / 2 is an integer division too).
func (tc *Types) untypedInt(e ast.Expr) bool {
	tv, ok := tc.Info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return false
	}
	b, ok := tv.Type.(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
}

// constSpecFolds writes the values of the specs of const block d whose
// values (written or repeated) foldsSpec accepts.
func (tc *Types) constSpecFolds(d *ast.GenDecl) []source.Edit {
	var edits []source.Edit
	var last *ast.ValueSpec // the last spec with values
	for _, sp := range d.Specs {
		vs := sp.(*ast.ValueSpec)
		if len(vs.Values) > 0 || vs.Type != nil {
			last = vs
		}
		if last == nil || len(last.Values) != len(vs.Names) || !tc.foldsSpec(last) || tc.Off(vs.Pos()) < 0 {
			continue
		}
		vals, ok := tc.specLiterals(vs, last.Type != nil)
		if !ok {
			continue
		}
		if len(vs.Values) > 0 {
			for i, v := range vs.Values {
				edits = append(edits, source.Replace(tc.Off(v.Pos()), tc.Off(v.End()), vals[i]))
			}
			continue
		}
		typ := ""
		if last.Type != nil {
			typ = " " + tc.code(last.Type)
		}
		edits = append(edits, source.Insert(tc.Off(vs.Names[len(vs.Names)-1].End()), typ+" = "+strings.Join(vals, ", ")))
	}
	return edits
}

// foldsSpec reports whether the values of spec are written out: they hold
// a big constant or a comparison, or convert an integer to a string, and
// no other pass
// writes them (a defined type, a floating-point shift).
func (tc *Types) foldsSpec(spec *ast.ValueSpec) bool {
	if spec.Type != nil {
		if tv, ok := tc.Info.Types[spec.Type]; !ok || !isBasic(tv.Type) || tc.hasFloatShift(spec) {
			return false
		}
	}
	for _, v := range spec.Values {
		if tc.holdsBigConst(v) || tc.intToString(v) || holdsComparison(v) || tc.holdsDeclaredIota(v) {
			return true
		}
	}
	return false
}

// holdsDeclaredIota reports whether e names a constant called iota that a
// declaration made (const iota = ...), which ImplicitConsts would take for
// Go's iota.
func (tc *Types) holdsDeclaredIota(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == "iota" {
			obj := tc.Info.Uses[id]
			found = obj != nil && obj != types.Universe.Lookup("iota")
		}
		return !found
	})
	return found
}

// holdsRealImag reports whether e holds a call of real or imag (of a
// constant: e is one), which yaegi does not compute on a complex
// constant (CFG post-order panic: reflect: call of reflect.Value.Complex
// on interface Value).
func (tc *Types) holdsRealImag(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
				b, isBuiltin := tc.Info.Uses[id].(*types.Builtin)
				found = isBuiltin && (b.Name() == "real" || b.Name() == "imag")
			}
		}
		return !found
	})
	return found
}

// complexComparison reports whether e is a comparison (of constants: e
// is one) with a complex operand.
func (tc *Types) complexComparison(e ast.Expr) bool {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || !isComparison(b.Op) {
		return false
	}
	for _, x := range []ast.Expr{b.X, b.Y} {
		if tv, ok := tc.Info.Types[x]; ok && tv.Value != nil && tv.Value.Kind() == constant.Complex {
			return true
		}
	}
	return false
}

// holdsComparison reports whether e holds a comparison or a logical
// operation (&&, ||), both of which yaegi's const declarations made false.
func holdsComparison(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		found = found || ok && (isComparison(b.Op) || b.Op == token.LAND || b.Op == token.LOR)
		return !found
	})
	return found
}

// isComparison reports whether op compares.
func isComparison(op token.Token) bool {
	switch op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return true
	}
	return false
}

// intToString reports whether e converts an integer to a string type.
func (tc *Types) intToString(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	fun, ok := tc.Info.Types[call.Fun]
	if !ok || !fun.IsType() {
		return false
	}
	to, ok := fun.Type.Underlying().(*types.Basic)
	from, ok2 := tc.Info.Types[call.Args[0]].Type.(*types.Basic)
	return ok && ok2 && to.Info()&types.IsString != 0 && from.Info()&types.IsInteger != 0
}

// specLiterals writes the values of the constants spec declares; typed
// when the spec has a type of its own (the literals need no conversion).
func (tc *Types) specLiterals(spec *ast.ValueSpec, typed bool) ([]string, bool) {
	var vals []string
	for _, name := range spec.Names {
		c, ok := tc.Info.Defs[name].(*types.Const)
		if !ok {
			return nil, false
		}
		text, ok := tc.constText(c.Type(), c.Val(), typed, true)
		if !ok {
			return nil, false
		}
		vals = append(vals, text)
	}
	return vals, true
}

// isBasic reports whether t is a predeclared basic type.
func isBasic(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Basic)
	return ok
}

// foldedConst is the text of constant expression e when e holds a big
// constant and its own value can be written exactly.
func (tc *Types) foldedConst(e ast.Expr, tv types.TypeAndValue, shifted bool) (string, bool) {
	if _, lit := e.(*ast.BasicLit); lit || !tc.holdsBigConst(e) && !tc.holdsRealImag(e) && !tc.complexComparison(e) && !tc.floatDrift(e, tv) &&
		(shifted || !crossKind(e, tv)) {
		return "", false
	}
	return tc.constText(tv.Type, tv.Value, false, false)
}

// crossKind reports whether e, a constant expression of a typed basic
// type, computes a real value with an imaginary literal (var b byte =
// 1.0 + 3i - 3.0i) or a complex one without (var r complex64 = 'b' - 'a'):
// Go computes it exactly and converts the result; yaegi refused the first
// ("mismatched types uint8 and untyped complex") and panicked on the
// second (reflect.Value.Convert of an int to complex64).
func crossKind(e ast.Expr, tv types.TypeAndValue) bool {
	b, ok := tv.Type.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsUntyped != 0 || b.Info()&types.IsNumeric == 0 {
		return false
	}
	imag, call := false, false
	ast.Inspect(e, func(n ast.Node) bool {
		if l, ok := n.(*ast.BasicLit); ok && l.Kind == token.IMAG {
			imag = true
		}
		_, isCall := n.(*ast.CallExpr)
		call = call || isCall
		return true
	})
	if b.Info()&types.IsComplex != 0 {
		return !imag && !call // complex(1, 2) and its conversions are complexArgs'
	}
	return imag
}

// constText writes v, a constant of type t, as a literal, converted to t
// unless t is untyped or bare is set. A literal of t's default type
// (true, 4, 1.5, "a") stands alone where no constant is declared (in a
// const spec it would declare an untyped constant).
func (tc *Types) constText(t types.Type, v constant.Value, bare, spec bool) (string, bool) {
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		return "", false
	}
	lit, ok := basicConstLiteral(b, v)
	if !ok {
		return "", false
	}
	if bare || b.Info()&types.IsUntyped != 0 || !spec && defaultBasic(t) {
		return lit, true
	}
	typ, ok := tc.TypeText(t)
	if !ok {
		return "", false
	}
	return typ + "(" + lit + ")", true
}

// defaultBasic reports whether t is bool, int, float64 or string: the types an
// untyped literal of their kind takes by default.
func defaultBasic(t types.Type) bool {
	return t == types.Typ[types.Bool] || t == types.Typ[types.Int] || t == types.Typ[types.Float64] || t == types.Typ[types.String]
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
// float64's precision, a rune, a complex number).
func basicConstLiteral(b *types.Basic, v constant.Value) (string, bool) {
	info := b.Info()
	switch {
	case info&types.IsBoolean != 0 && v.Kind() == constant.Bool:
		return v.String(), true
	case info&types.IsString != 0 && v.Kind() == constant.String:
		return strconv.Quote(constant.StringVal(v)), true
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
	case info&types.IsComplex != 0 && info&types.IsUntyped == 0:
		bits := 64
		if b.Kind() == types.Complex64 {
			bits = 32
		}
		c := constant.ToComplex(v)
		re, _ := constant.Float64Val(constant.Real(c))
		im, _ := constant.Float64Val(constant.Imag(c))
		if math.IsInf(re, 0) || math.IsInf(im, 0) {
			return "", false
		}
		return "(" + strconv.FormatFloat(re, 'g', -1, bits) + " + " + strconv.FormatFloat(im, 'g', -1, bits) + "i)", true
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

// floatDrift reports whether constant expression e, computed step by
// step in float64 as yaegi may compute it, has another value than Go's
// exact one: untyped floating-point constants compared or combined
// (0.3 == 0.29999999999999998889776975374843459576368331909180 is false in
// Go, true in float64; 1 + 1e-20 - 1 is 1e-20, not 0). yaegi compared such
// constants in float64, silently.
func (tc *Types) floatDrift(e ast.Expr, tv types.TypeAndValue) bool {
	switch e.(type) {
	case *ast.BinaryExpr, *ast.ParenExpr:
	default:
		return false
	}
	sim, ok := tc.float64Value(e)
	if !ok || holdsSelector(e) {
		return false
	}
	if tv.Value.Kind() == constant.Bool {
		return sim.Kind() == constant.Bool && constant.BoolVal(sim) != constant.BoolVal(tv.Value)
	}
	exact, _ := constant.Float64Val(constant.ToFloat(tv.Value))
	got, _ := constant.Float64Val(constant.ToFloat(sim))
	return sim.Kind() == constant.Float && exact != got
}

// holdsSelector reports whether e names a package's constant (math.Pi),
// which pkgFloatConsts writes as its value.
func holdsSelector(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		_, sel := n.(*ast.SelectorExpr)
		found = found || sel
		return !found
	})
	return found
}

// float64Value is the value of constant expression e computed in float64
// where it combines floating-point constants: each operand rounded to
// float64, then +, -, *, / and comparisons in float64. Other expressions
// are their exact values.
func (tc *Types) float64Value(e ast.Expr) (constant.Value, bool) {
	tv, ok := tc.Info.Types[e]
	if !ok || tv.Value == nil {
		return nil, false
	}
	switch x := e.(type) {
	case *ast.ParenExpr:
		return tc.float64Value(x.X)
	case *ast.BinaryExpr:
		a, okA := tc.float64Value(x.X)
		b, okB := tc.float64Value(x.Y)
		if !okA || !okB || a.Kind() != constant.Float && b.Kind() != constant.Float {
			return tv.Value, true
		}
		fa, _ := constant.Float64Val(constant.ToFloat(a))
		fb, _ := constant.Float64Val(constant.ToFloat(b))
		return float64Op(x.Op, fa, fb, tv.Value), true
	}
	if tv.Value.Kind() != constant.Float {
		return tv.Value, true
	}
	f, _ := constant.Float64Val(tv.Value)
	return constant.MakeFloat64(f), true
}

// float64Op is a op b in float64, or exact when op is not one of the
// four operations or a comparison.
func float64Op(op token.Token, a, b float64, exact constant.Value) constant.Value {
	switch op {
	case token.ADD:
		return constant.MakeFloat64(a + b)
	case token.SUB:
		return constant.MakeFloat64(a - b)
	case token.MUL:
		return constant.MakeFloat64(a * b)
	case token.QUO:
		if b == 0 {
			return exact
		}
		return constant.MakeFloat64(a / b)
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return constant.MakeBool(constant.Compare(constant.MakeFloat64(a), op, constant.MakeFloat64(b)))
	}
	return exact
}

// usesFloatConst reports whether the chunk names an untyped
// floating-point constant an earlier cell declared (yaegi keeps those as
// constant.Value).
func (u *Unit) usesFloatConst() bool {
	return u.usesConst(func(v constant.Value) bool { return v.Kind() == constant.Float })
}

// usesBigConst reports whether the chunk names a constant an earlier cell
// declared beyond 64 bits (yaegi keeps those as constant.Value).
func (u *Unit) usesBigConst() bool { return u.usesConst(bigConstant) }

// usesConst reports whether the chunk names a constant an earlier cell
// declared whose value is kept as a constant.Value that pred accepts.
func (u *Unit) usesConst(pred func(constant.Value) bool) bool {
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
			if v, ok := g.Interface().(constant.Value); ok && pred(v) {
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
