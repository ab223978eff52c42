package native

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math"
)

// slotFuncs read slot k as each kind.
func slotFuncs(k int) (intFunc, floatFunc, boolFunc) {
	return func(m *machine, bp int) int64 { return m.s[bp+k] },
		func(m *machine, bp int) float64 { return math.Float64frombits(uint64(m.s[bp+k])) },
		func(m *machine, bp int) bool { return m.s[bp+k] != 0 }
}

// constRaw is a constant of kind k held as a slot holds it.
func constRaw(k kind, raw int64) *expr {
	e := &expr{k: k, slot: -1, isConst: true, c: raw}
	e.i = func(*machine, int) int64 { return raw }
	f := math.Float64frombits(uint64(raw))
	e.f = func(*machine, int) float64 { return f }
	b := raw != 0
	e.b = func(*machine, int) bool { return b }
	return e
}

func constant0(k kind) *expr { return constRaw(k, 0) }

func (c *compiler) constant(e ast.Expr, v constant.Value, t types.Type) *expr {
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		c.fail(e, "constant of type "+t.String())
	}
	var k kind
	switch b.Kind() {
	case types.UntypedInt, types.UntypedRune:
		k = kInt
	case types.UntypedFloat:
		k = kFloat
	default:
		k = c.kindOf(e, t)
	}
	switch k {
	case kInt:
		i, exact := constant.Int64Val(constant.ToInt(v))
		if !exact {
			c.fail(e, "integer constant out of range")
		}
		return constRaw(k, i)
	case kFloat:
		f, _ := constant.Float64Val(constant.ToFloat(v))
		return constRaw(k, int64(math.Float64bits(f)))
	}
	if constant.BoolVal(v) {
		return constRaw(k, 1)
	}
	return constRaw(k, 0)
}

func (c *compiler) expr(e ast.Expr) *expr {
	tv, ok := c.info.Types[e]
	if !ok {
		c.fail(e, "expression")
	}
	if tv.Value != nil {
		return c.constant(e, tv.Value, tv.Type)
	}
	switch e := e.(type) {
	case *ast.ParenExpr:
		return c.expr(e.X)
	case *ast.Ident:
		k := c.kindOf(e, tv.Type)
		s := c.local(e)
		x := &expr{k: k, slot: s}
		x.i, x.f, x.b = slotFuncs(s)
		return x
	case *ast.BinaryExpr:
		x, y := c.expr(e.X), c.expr(e.Y)
		return c.binary(e, e.Op, x, y, c.kindOf(e, tv.Type))
	case *ast.UnaryExpr:
		return c.unary(e, c.expr(e.X))
	case *ast.CallExpr:
		return c.callExpr(e, tv.Type)
	}
	c.fail(e, "expression")
	return nil
}

// binary compiles x op y, of kind rk.
func (c *compiler) binary(n ast.Node, op token.Token, x, y *expr, rk kind) *expr {
	r := &expr{k: rk, slot: -1}
	switch {
	case op == token.LAND || op == token.LOR:
		a, b := x.b, y.b
		if op == token.LAND {
			r.b = func(m *machine, bp int) bool { return a(m, bp) && b(m, bp) }
		} else {
			r.b = func(m *machine, bp int) bool { return a(m, bp) || b(m, bp) }
		}
	case rk == kBool && x.k == kInt:
		r.b = intCmp(op, x, y)
	case rk == kBool && x.k == kFloat:
		r.b = compare(op, x.f, y.f)
	case rk == kBool && x.k == kBool:
		a, b := x.b, y.b
		switch op {
		case token.EQL:
			r.b = func(m *machine, bp int) bool { return a(m, bp) == b(m, bp) }
		case token.NEQ:
			r.b = func(m *machine, bp int) bool { return a(m, bp) != b(m, bp) }
		}
	case rk == kInt && y.k == kInt:
		r.i = intArith(op, x, y)
	case rk == kFloat && y.k == kFloat:
		r.f = arith(op, x.f, y.f)
	}
	if r.i == nil && r.f == nil && r.b == nil {
		c.fail(n, "operator "+op.String())
	}
	return r
}

func intArith(op token.Token, x, y *expr) intFunc {
	if x.slot >= 0 && y.isConst {
		s, v := x.slot, y.c
		switch op {
		case token.ADD:
			return func(m *machine, bp int) int64 { return m.s[bp+s] + v }
		case token.SUB:
			return func(m *machine, bp int) int64 { return m.s[bp+s] - v }
		case token.MUL:
			return func(m *machine, bp int) int64 { return m.s[bp+s] * v }
		}
	}
	if x.slot >= 0 && y.slot >= 0 {
		s, t := x.slot, y.slot
		switch op {
		case token.ADD:
			return func(m *machine, bp int) int64 { return m.s[bp+s] + m.s[bp+t] }
		case token.SUB:
			return func(m *machine, bp int) int64 { return m.s[bp+s] - m.s[bp+t] }
		case token.MUL:
			return func(m *machine, bp int) int64 { return m.s[bp+s] * m.s[bp+t] }
		}
	}
	a, b := x.i, y.i
	if f := arith(op, a, b); f != nil {
		return f
	}
	switch op {
	case token.REM:
		return func(m *machine, bp int) int64 { return a(m, bp) % b(m, bp) }
	case token.AND:
		return func(m *machine, bp int) int64 { return a(m, bp) & b(m, bp) }
	case token.OR:
		return func(m *machine, bp int) int64 { return a(m, bp) | b(m, bp) }
	case token.XOR:
		return func(m *machine, bp int) int64 { return a(m, bp) ^ b(m, bp) }
	case token.AND_NOT:
		return func(m *machine, bp int) int64 { return a(m, bp) &^ b(m, bp) }
	case token.SHL:
		return func(m *machine, bp int) int64 { return a(m, bp) << b(m, bp) }
	case token.SHR:
		return func(m *machine, bp int) int64 { return a(m, bp) >> b(m, bp) }
	}
	return nil
}

func intCmp(op token.Token, x, y *expr) boolFunc {
	if x.slot >= 0 && y.isConst {
		s, v := x.slot, y.c
		switch op {
		case token.LSS:
			return func(m *machine, bp int) bool { return m.s[bp+s] < v }
		case token.LEQ:
			return func(m *machine, bp int) bool { return m.s[bp+s] <= v }
		case token.GTR:
			return func(m *machine, bp int) bool { return m.s[bp+s] > v }
		case token.GEQ:
			return func(m *machine, bp int) bool { return m.s[bp+s] >= v }
		case token.EQL:
			return func(m *machine, bp int) bool { return m.s[bp+s] == v }
		case token.NEQ:
			return func(m *machine, bp int) bool { return m.s[bp+s] != v }
		}
	}
	if x.slot >= 0 && y.slot >= 0 {
		s, t := x.slot, y.slot
		switch op {
		case token.LSS:
			return func(m *machine, bp int) bool { return m.s[bp+s] < m.s[bp+t] }
		case token.LEQ:
			return func(m *machine, bp int) bool { return m.s[bp+s] <= m.s[bp+t] }
		case token.GTR:
			return func(m *machine, bp int) bool { return m.s[bp+s] > m.s[bp+t] }
		case token.GEQ:
			return func(m *machine, bp int) bool { return m.s[bp+s] >= m.s[bp+t] }
		}
	}
	return compare(op, x.i, y.i)
}

// arith compiles +, -, * and / of two ints or two floats (nil for
// another operator).
func arith[T int64 | float64](op token.Token, a, b func(*machine, int) T) func(*machine, int) T {
	switch op {
	case token.ADD:
		return func(m *machine, bp int) T { return a(m, bp) + b(m, bp) }
	case token.SUB:
		return func(m *machine, bp int) T { return a(m, bp) - b(m, bp) }
	case token.MUL:
		return func(m *machine, bp int) T { return a(m, bp) * b(m, bp) }
	case token.QUO:
		return func(m *machine, bp int) T { return a(m, bp) / b(m, bp) }
	}
	return nil
}

// compare compiles a comparison of two ints or two floats.
func compare[T int64 | float64](op token.Token, a, b func(*machine, int) T) boolFunc {
	switch op {
	case token.LSS:
		return func(m *machine, bp int) bool { return a(m, bp) < b(m, bp) }
	case token.LEQ:
		return func(m *machine, bp int) bool { return a(m, bp) <= b(m, bp) }
	case token.GTR:
		return func(m *machine, bp int) bool { return a(m, bp) > b(m, bp) }
	case token.GEQ:
		return func(m *machine, bp int) bool { return a(m, bp) >= b(m, bp) }
	case token.EQL:
		return func(m *machine, bp int) bool { return a(m, bp) == b(m, bp) }
	case token.NEQ:
		return func(m *machine, bp int) bool { return a(m, bp) != b(m, bp) }
	}
	return nil
}

func (c *compiler) unary(e *ast.UnaryExpr, x *expr) *expr {
	r := &expr{k: x.k, slot: -1}
	switch {
	case x.k == kInt && e.Op == token.SUB:
		a := x.i
		r.i = func(m *machine, bp int) int64 { return -a(m, bp) }
	case x.k == kInt && e.Op == token.XOR:
		a := x.i
		r.i = func(m *machine, bp int) int64 { return ^a(m, bp) }
	case x.k == kFloat && e.Op == token.SUB:
		a := x.f
		r.f = func(m *machine, bp int) float64 { return -a(m, bp) }
	case x.k == kBool && e.Op == token.NOT:
		a := x.b
		r.b = func(m *machine, bp int) bool { return !a(m, bp) }
	case e.Op == token.ADD && x.k != kBool:
		return x
	default:
		c.fail(e, "operator "+e.Op.String())
	}
	return r
}

// callExpr compiles a conversion, min or max, or a call of the function
// itself, of type t.
func (c *compiler) callExpr(e *ast.CallExpr, t types.Type) *expr {
	if c.info.Types[e.Fun].IsType() {
		return c.conversion(e, t)
	}
	if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
		return c.mathCall(e, sel)
	}
	id, ok := ast.Unparen(e.Fun).(*ast.Ident)
	if !ok {
		c.fail(e, "call")
	}
	if b, ok := c.info.Uses[id].(*types.Builtin); ok && (b.Name() == "min" || b.Name() == "max") {
		return c.minMax(e, b.Name() == "min", c.kindOf(e, t))
	}
	f := c.call(e)
	r := &expr{k: c.fn.result, slot: -1, i: f}
	switch r.k {
	case kNone:
		c.fail(e, "use of a call without a result")
	case kFloat:
		r.f = func(m *machine, bp int) float64 { return math.Float64frombits(uint64(f(m, bp))) }
	case kBool:
		r.b = func(m *machine, bp int) bool { return f(m, bp) != 0 }
	}
	return r
}

// The functions of package math a compiled function may call.
var (
	math1 = map[string]func(float64) float64{
		"Abs": math.Abs, "Acos": math.Acos, "Acosh": math.Acosh, "Asin": math.Asin, "Asinh": math.Asinh,
		"Atan": math.Atan, "Atanh": math.Atanh, "Cbrt": math.Cbrt, "Ceil": math.Ceil, "Cos": math.Cos,
		"Cosh": math.Cosh, "Erf": math.Erf, "Erfc": math.Erfc, "Exp": math.Exp, "Exp2": math.Exp2,
		"Expm1": math.Expm1, "Floor": math.Floor, "Gamma": math.Gamma, "Log": math.Log, "Log10": math.Log10,
		"Log1p": math.Log1p, "Log2": math.Log2, "Round": math.Round, "RoundToEven": math.RoundToEven,
		"Sin": math.Sin, "Sinh": math.Sinh, "Sqrt": math.Sqrt, "Tan": math.Tan, "Tanh": math.Tanh,
		"Trunc": math.Trunc,
	}
	math2 = map[string]func(float64, float64) float64{
		"Atan2": math.Atan2, "Copysign": math.Copysign, "Dim": math.Dim, "Hypot": math.Hypot,
		"Max": math.Max, "Min": math.Min, "Mod": math.Mod, "Pow": math.Pow, "Remainder": math.Remainder,
	}
)

// mathCall compiles a call of a function of package math.
func (c *compiler) mathCall(e *ast.CallExpr, sel *ast.SelectorExpr) *expr {
	fn, ok := c.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "math" {
		c.fail(e, "call")
	}
	args := make([]*expr, len(e.Args))
	for i, a := range e.Args {
		if args[i] = c.expr(a); args[i].k != kFloat {
			c.fail(a, "math argument")
		}
	}
	r := &expr{k: kFloat, slot: -1}
	if f, ok := math1[fn.Name()]; ok && len(args) == 1 {
		a := args[0].f
		r.f = func(m *machine, bp int) float64 { return f(a(m, bp)) }
	} else if f, ok := math2[fn.Name()]; ok && len(args) == 2 {
		a, b := args[0].f, args[1].f
		r.f = func(m *machine, bp int) float64 { return f(a(m, bp), b(m, bp)) }
	} else if fn.Name() == "IsNaN" && len(args) == 1 {
		a := args[0].f
		r = &expr{k: kBool, slot: -1, b: func(m *machine, bp int) bool { return math.IsNaN(a(m, bp)) }}
	} else {
		c.fail(e, "math."+fn.Name())
	}
	return r
}

func (c *compiler) conversion(e *ast.CallExpr, t types.Type) *expr {
	if len(e.Args) != 1 {
		c.fail(e, "conversion")
	}
	to := c.kindOf(e, t)
	x := c.expr(e.Args[0])
	switch {
	case to == x.k:
		return x // int <-> int64, or to the same type
	case to == kFloat && x.k == kInt:
		a := x.i
		return &expr{k: kFloat, slot: -1, f: func(m *machine, bp int) float64 { return float64(a(m, bp)) }}
	case to == kInt && x.k == kFloat:
		a := x.f
		return &expr{k: kInt, slot: -1, i: func(m *machine, bp int) int64 { return int64(a(m, bp)) }}
	}
	c.fail(e, "conversion")
	return nil
}

func (c *compiler) minMax(e *ast.CallExpr, isMin bool, k kind) *expr {
	args := make([]*expr, len(e.Args))
	for i, a := range e.Args {
		args[i] = c.expr(a)
	}
	r := args[0]
	for _, y := range args[1:] {
		x := r
		r = &expr{k: k, slot: -1}
		switch {
		case k == kInt && isMin:
			a, b := x.i, y.i
			r.i = func(m *machine, bp int) int64 { return min(a(m, bp), b(m, bp)) }
		case k == kInt:
			a, b := x.i, y.i
			r.i = func(m *machine, bp int) int64 { return max(a(m, bp), b(m, bp)) }
		case k == kFloat && isMin:
			a, b := x.f, y.f
			r.f = func(m *machine, bp int) float64 { return min(a(m, bp), b(m, bp)) }
		case k == kFloat:
			a, b := x.f, y.f
			r.f = func(m *machine, bp int) float64 { return max(a(m, bp), b(m, bp)) }
		default:
			c.fail(e, "min or max of bools")
		}
	}
	return r
}

// call compiles a call of the function itself; its value is the result
// as a slot holds it. The arguments are computed in the caller's frame,
// then copied to the callee's, which follows it on the machine's stack.
func (c *compiler) call(e *ast.CallExpr) intFunc {
	if id, ok := ast.Unparen(e.Fun).(*ast.Ident); !ok || c.info.Uses[id] != c.self {
		c.fail(e, "call of another function")
	}
	fn := c.fn
	args := make([]intFunc, len(e.Args))
	for i, a := range e.Args {
		args[i] = c.expr(a).raw()
	}
	switch len(args) {
	case 1:
		a0 := args[0]
		return func(m *machine, bp int) int64 {
			v0 := a0(m, bp)
			nbp := bp + fn.nslots
			if nbp+fn.nslots > len(m.s) {
				m.grow(nbp + fn.nslots)
			}
			m.s[nbp] = v0
			return m.enter(fn, nbp)
		}
	case 2:
		a0, a1 := args[0], args[1]
		return func(m *machine, bp int) int64 {
			v0 := a0(m, bp)
			v1 := a1(m, bp)
			nbp := bp + fn.nslots
			if nbp+fn.nslots > len(m.s) {
				m.grow(nbp + fn.nslots)
			}
			m.s[nbp], m.s[nbp+1] = v0, v1
			return m.enter(fn, nbp)
		}
	}
	return func(m *machine, bp int) int64 {
		var vs [maxParams]int64
		for i, a := range args {
			vs[i] = a(m, bp)
		}
		nbp := bp + fn.nslots
		if nbp+fn.nslots > len(m.s) {
			m.grow(nbp + fn.nslots)
		}
		copy(m.s[nbp:], vs[:len(args)])
		return m.enter(fn, nbp)
	}
}

// enter runs fn's body on the frame at bp.
func (m *machine) enter(fn *function, bp int) int64 {
	m.depth++
	if m.depth > MaxDepth {
		panic(StackOverflow{fn.name})
	}
	m.check()
	fn.body(m, bp)
	m.depth--
	return m.ret
}
