//lint:file-ignore SA4006,SA4026,SA4011,SA4000,ST1015 the ground-truth functions are the odd code the compiler must get right
package native

// Adversarial tests: each accepted function is compared, argument by
// argument, with the same function compiled by gc (the ground truth).
// Where Go leaves the order of evaluation open, TestAdversarialOrder
// accepts either panic.

import (
	"errors"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"math"
	"os"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
)

var (
	advNegZero = math.Copysign(0, -1)
	advNaN     = math.NaN()
	advInf     = math.Inf(1)

	advInts = []any{0, 1, -1, 2, -2, 3, -7, 63, 64, 65, -64, 100,
		math.MinInt64, math.MaxInt64, math.MinInt64 + 1, 1 << 32}
	advSmallInts = []any{0, 1, -1, 2, -3, 64, math.MinInt64, math.MaxInt64}
	advFloats    = []any{0.0, advNegZero, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, advNaN, advInf, -advInf,
		1e19, -1e19, 9.223372036854775807e18, -9.223372036854775808e18, math.MaxFloat64,
		math.SmallestNonzeroFloat64, 1e300, 3.0}
	advSmallFloats = []any{0.0, advNegZero, 1.0, -1.5, advNaN, advInf, -advInf, 1e19}
	advBools       = []any{false, true}
)

// advProd is the cartesian product of the value lists.
func advProd(lists ...[]any) [][]any {
	out := [][]any{{}}
	for _, l := range lists {
		var next [][]any
		for _, prefix := range out {
			for _, v := range l {
				next = append(next, append(append([]any{}, prefix...), v))
			}
		}
		out = next
	}
	return out
}

func advOpts(src string) Options {
	if strings.Contains(src, "math.") {
		return Options{Math: []string{"math"}, Importer: importer.ForCompiler(token.NewFileSet(), "source", nil)}
	}
	return Options{}
}

type advCase struct {
	src  string // "": gof's own source, read from this file
	gof  any    // the same function, compiled by gc
	args [][]any
}

// advFuncs maps the functions of this file to their sources.
var advFuncs = sync.OnceValue(func() map[string]string {
	data, err := os.ReadFile("adversarial_test.go")
	if err != nil {
		panic(err)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "adversarial_test.go", data, 0)
	if err != nil {
		panic(err)
	}
	out := map[string]string{}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			out[fd.Name.Name] = string(data[fset.Position(fd.Pos()).Offset:fset.Position(fd.End()).Offset])
		}
	}
	return out
})

// advSource is the source of the ground-truth function f: the compiled
// code gets the very text gc compiled.
func advSource(f any) string {
	name := runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()
	return advFuncs()[name[strings.LastIndexByte(name, '.')+1:]]
}

func advRun(t *testing.T, cases []advCase) { advCompare(t, cases, false) }

// advCompare compares as advRun does; with anyPanic, a panic of Go's may
// be another runtime error of the compiled code's.
func advCompare(t *testing.T, cases []advCase, anyPanic bool) {
	t.Helper()
	for _, tc := range cases {
		if tc.src == "" {
			tc.src = advSource(tc.gof)
		}
		name := tc.src[len("func "):strings.IndexByte(tc.src, '(')]
		var rt Runtime
		f, err := rt.Compile(tc.src, advOpts(tc.src))
		if err != nil {
			t.Errorf("%s: Compile: %v", name, err)
			continue
		}
		g := reflect.ValueOf(tc.gof)
		if f.Type() != g.Type() {
			t.Errorf("%s: type %v, Go %v", name, f.Type(), g.Type())
			continue
		}
		bad := 0
		for _, args := range tc.args {
			got, want := call(f, args...), call(g, args...)
			if anyPanic && strings.HasPrefix(got, "panic: runtime error") && strings.HasPrefix(want, "panic: runtime error") {
				continue
			}
			if got != want {
				if bad++; bad <= 5 {
					t.Errorf("%s%v = %s, Go: %s", name, args, got, want)
				}
			}
		}
		if bad > 5 {
			t.Errorf("%s: %d mismatches in all", name, bad)
		}
	}
}

// ---- ground truth ----

func goSh(n int) int {
	x := n
	if x := x * 2; x > 10 {
		x++
		n += x
	} else if y := x - 1; y < 0 {
		x := y * 3
		n -= x
	} else {
		n += y
	}
	{
		x := x + 100
		n += x
		{
			x := -x
			n ^= x
		}
		n += x
	}
	for x := 0; x < 3; x++ {
		x := x * 5
		n += x
	}
	switch x := n % 3; x {
	case 0:
		n += x + 1
	case 1, -1:
		x := 7
		n *= x
	}
	return n + x
}

func goLz(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		var a int
		var f float64
		var b bool
		a += i
		f += 1.5
		if i%2 == 0 {
			b = true
		}
		if b {
			t += a
		} else {
			t -= int(f)
		}
		var c, d = i, a * 2
		t += c + d
	}
	for range n {
		var x int
		x++
		t += x
		y := 0
		y += 3
		t += y
	}
	return t
}

func goSwap(a, b int) int {
	a, b = b, a
	c := a*10 + b
	a, b, c = c, a, b
	a, a = 1, 2
	x, y := b, c
	x, y = y+x, x-y
	_, y = y, x
	return a + b*3 + c*5 + x*7 + y*11
}

func goOpShift(x, s int) int {
	y := x
	y <<= s
	z := x
	z >>= s
	w := x
	w &^= s
	w |= s << 2
	w ^= 5
	return y + z*3 + w
}

func goDivRem(a, b int) int {
	q := a / b
	r := a % b
	q2 := a
	q2 /= b
	r2 := a
	r2 %= b
	return q*7 + r*13 + q2 - r2
}

func goDiv64(a, b int64) int64 { return a/b - a%b*3 }

func goMin2(a, b float64) float64    { return min(a, b) }
func goMax2(a, b float64) float64    { return max(a, b) }
func goMin3(a, b, c float64) float64 { return min(a, b, c) - max(c, b, a) }
func goMinZ(a float64) float64       { return min(a, 0) + max(a, -0.0)*2 + min(a, a) }
func goMinMaxInt(a, b int) int       { return min(a, b, 3)*5 + max(a, b, -3) }
func goMinMaxInt64(a, b int64) int64 { return min(a, b) ^ max(b, a) }

func goCv(x float64) int      { return int(x) }
func goCv64(x float64) int64  { return int64(x) + int64(float64(int(x))) }
func goCvF(n int) float64     { return float64(n) }
func goCvF64(n int64) float64 { return float64(n)*2 - float64(int(n)) }
func goCvRound(x float64) int { return int(math.Round(x)) + int(math.Trunc(-x)) }

func goSw(n int) int {
	r := 0
	switch x := n * 3; x % 4 {
	case 1:
		r = 1
	case 2, 3:
		r = 2
	}
	switch {
	case n > 100:
		r += 10
	case n < -100:
		r += 20
	}
	switch n {
	}
	switch r := n; r {
	case 0:
		return -1
	default:
		r += 5
	case 7:
		r = 9
	}
	return r
}

func goSwF(x float64) int {
	switch x {
	case 0:
		return 1
	case 1, -1:
		return 2
	case x:
		return 3
	}
	return 4
}

func goSwB(a, b bool) int {
	switch a {
	case b:
		return 1
	case !b:
		if a {
			break
		}
		return 2
	}
	return 3
}

func goBrk(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		switch {
		case i%3 == 0:
			continue
		case i%7 == 0:
			break
		case i > 50:
			t += 1000
		}
		if i == 40 {
			break
		}
		t += i
	}
	for i := range n {
		switch i % 2 {
		case 0:
			continue
		}
		if i > 30 {
			switch {
			default:
				break
			}
			break
		}
		t -= i
	}
	j := 0
	for j < n {
		j++
		if j%2 == 0 {
			continue
		}
		t += j * 100
	}
	return t
}

func goContPost(n int) int {
	s := 0
	for i, j := 0, n; i < j; i, j = i+1, j-1 {
		if (i+j)%3 == 0 {
			continue
		}
		s += i*j + 1
	}
	return s
}

func goDeep(n int) int {
	if n == 0 {
		return 0
	}
	return goDeep(n-1) + 1
}

func goNr(n int) (r int) {
	r = n
	if n > 5 {
		r *= 2
		return
	}
	for i := range n {
		r += i
	}
	{
		r := 100
		_ = r
	}
	return r + 1
}

func goNr2(n int) (r int) {
	if n <= 0 {
		return
	}
	r = goNr2(n-1) + n
	return
}

func goNrF(x float64) (f float64) {
	if x > 0 {
		f = x
	}
	return
}

func goNrB(n int) (ok bool) {
	if n%2 == 0 {
		return
	}
	ok = true
	return ok
}

func goConst(n int) int {
	const big = 1 << 100
	const typed int64 = 1 << 62
	const f = 1.0 / 3.0
	x := n + big>>90
	y := int64(n) * typed
	z := int(float64(n) * f * 3)
	return x + int(y>>60) + z + math.MaxInt8 + 'a'
}

func goConstF(x float64) float64 {
	const c float32 = 0.1
	nz := -0.0
	return x*(1.0/3.0) + float64(c) + 1/nz + 0.1 + 0.2
}

func goShiftUntyped(s int) int {
	var m int = 1.0 << s
	k := int64(1.0 << s)
	var j int64 = 1 << s
	return m + int(k) + int(j)
}

func goUntypedF(x float64) float64 {
	var f float64
	f = 1
	g := x
	g += 2
	g *= 3
	h, i := 1.0, x
	i -= 1
	if x < 1 {
		f = 5
	}
	return f + g + h + i + min(x, 1) + max(2, x)
}

func goUntypedRet(x float64) float64 {
	if x > 0 {
		return 2
	}
	return -1
}

func goOrder(n, z int) int {
	if n == 0 {
		return 1 << z
	}
	return 1/z + goOrder(0, -1)
}

func goOrder2(n, z int) int {
	if n == 0 {
		return 1 << z
	}
	a, b := 1/z, goOrder2(0, -1)
	return a + b
}

func goOrder3(n, z int) int {
	if n == 0 {
		return 1 << z
	}
	return goOrder3(1/z, goOrder3(0, -1))
}

func goOrder4(n, z int) int {
	if n == 0 {
		return 1 << z
	}
	if 1%z < goOrder4(0, -1) {
		return 1
	}
	return 2
}

func goRange(n int) int {
	t := 0
	for i := range n {
		i += 10
		t += i
	}
	m := n
	for i := range m {
		m = 2
		t += i
	}
	k := -5
	for k = range n {
	}
	for range 3 {
		t++
	}
	var q int64
	for q = range 4 {
		t += int(q)
	}
	return t*1000 + k
}

func goFloat(x, y float64) float64 {
	a := x / y
	b := -x
	c := x - x
	if a != a {
		c += 1
	}
	if b == 0 {
		c += 2
	}
	if x < y || x >= y {
		c += 4
	}
	return a + b*c + 1/b
}

func goFloatCmp(x, y float64) bool { return x == y || !(x < y) && x != y }

func goWrap(n int) int {
	a := n * n * n
	b := -n
	c := n + math.MaxInt64
	d := ^n
	e := n - math.MinInt64
	n++
	n--
	n++
	return a ^ b ^ c ^ d ^ e ^ n
}

func goBool(a, b bool) bool {
	c := a != b || !a && b
	d := a == !b
	if c == d {
		return !c
	}
	return c && (a || b)
}

// sixtyFive is a variable so that vet lets the over-wide shift be.
var sixtyFive = 65

func goShifts(x, s int) int { return x<<s ^ x>>s ^ 1<<s ^ -1>>s ^ x<<3 ^ x>>sixtyFive }

func goMath1(x float64) float64 {
	r := math.Sqrt(x) + math.Abs(x) + math.Floor(x) + math.Ceil(x) + math.Trunc(x) + math.Round(x) +
		math.RoundToEven(x) + math.Exp(x) + math.Log(x) + math.Sin(x) + math.Cbrt(x) + math.Gamma(x)
	if math.IsNaN(r) {
		return -1
	}
	return r
}

func goMathNaN(x float64) float64   { return math.Sqrt(x) }
func goMathRound(x float64) float64 { return math.Round(x) + math.Trunc(x)*3 }

func goMath2(x, y float64) float64 {
	return math.Max(x, y) + math.Min(x, y)*2 + math.Copysign(3, y) + math.Hypot(x, y) +
		math.Mod(x, y) + math.Pow(x, y) + math.Remainder(x, y) + math.Dim(x, y) + math.Atan2(x, y)
}

func goMathMax(x, y float64) float64 { return math.Max(x, y) }
func goMathMin(x, y float64) float64 { return math.Min(x, y) }
func goMathMod(x, y float64) float64 { return math.Mod(x, y) }

func goMany(a int, b int64, c float64, d bool, e int, f float64, g int64, h bool) float64 {
	r := float64(a) + float64(b)*c + float64(e) - f*float64(g)
	if d != h {
		r = -r
	}
	return r
}

func goVoid(n int) {
	for i := range n {
		_ = i
	}
}

func goZero() int { return 42 }

func goFib(n int) int {
	if n < 2 {
		return n
	}
	return goFib(n-1) + goFib(n-2)
}

func goNest(n int) int {
	if n <= 0 {
		return 1
	}
	return goNest(goNest(n-1)-2) + goNest(n-2)
}

func goNest3(a, b, c int) int {
	if a <= 0 {
		return b - c
	}
	return goNest3(a-1, goNest3(a-1, b, c), c+1) + b
}

func goIfElse(n int) int {
	if n := n + 1; n > 5 {
		return n
	} else if m := n * 2; m > 5 {
		return m + n
	} else {
		n := m - 1
		return n
	}
}

func goBigShiftConst(n int64) int64 {
	const k = 1 << 63 >> 62
	return n>>63 + n<<63 + k + 1<<62>>60
}

func goEvalDiscard(n, w int) int {
	_ = 1 / n
	var _ = 1 << w
	var _ int = n % n
	switch 1 / (n + 1) {
	}
	for range 1 / (n - 1) {
	}
	return 1
}

func goOrderNoCall(z, w int) int  { return 1/z + 1<<w + z%w }
func goOrderNoCall2(z, w int) int { return 1<<w + 1/z }

func goVars(n int) int {
	t := 0
	for i := range n {
		var x, y int
		var (
			f float64
			b bool
			c = i * 2
		)
		x += i
		y -= i
		f -= 0.5
		if !b {
			t += x - y + c + int(f*4)
		}
		b = true
		x, y = y, x
		t += x
	}
	return t
}

func goNegZero(x float64) float64 {
	nz := math.Copysign(0, -1)
	return 1/min(x, nz) + 1/max(x, nz)*3 + 1/min(nz, 0) + 1/max(0, nz)
}

func goBlankRes(n int) (_ int) {
	if n > 0 {
		return n
	}
	return
}

func goShadowPre(n int) float64 {
	f := float64(n)
	true := n < 0
	if true {
		n = -n
	}
	int := 3
	float64 := 2.5
	max := int * 2
	{
		min := n
		n += min
	}
	if max+int+n > 10 {
		f += 1
	}
	return f*float64 + f/float64 - f*f
}

func goRedecl(n int) (r int) {
	r, x := n, n*2
	r += x
	{
		r, y := 7, r
		r += y
	}
	return
}

func goMinOrder(z, w int) int { return min(1/z, 1<<w) + max(z%w, 1<<w) }

func goI64(a int64, b int) int64 {
	c := int64(b)
	c <<= a & 63
	return c ^ a>>1 + int64(int(a))
}

func goPart(n, k int) int {
	if n == 0 {
		return 1
	}
	t := 0
	for i := range min(n, k) {
		switch goPart(n-i-1, i+1) % 2 {
		case 0:
			t += goPart(n-i-1, i+1)
		default:
			t += 2 * goPart(n-i-1, i+1)
		}
	}
	return t
}

// TestAdversarial compares accepted functions with gc.
func TestAdversarial(t *testing.T) {
	i2 := advProd(advInts, advInts)
	f2 := advProd(advFloats, advFloats)
	cases := []advCase{
		{"", goSh, advProd(advInts)},
		{"", goLz, [][]any{{0}, {1}, {2}, {5}, {100}, {-1}}},
		{"", goSwap, i2},
		{"", goOpShift, i2},
		{"", goDivRem, i2},
		{"", goDiv64, i2},
		{"", goMin2, f2},
		{"", goMax2, f2},
		{"", goMin3,
			advProd(advSmallFloats, advSmallFloats, advSmallFloats)},
		{"", goMinZ, advProd(advFloats)},
		{"", goMinMaxInt, i2},
		{"", goMinMaxInt64, i2},
		{"", goCv, advProd(advFloats)},
		{"", goCv64, advProd(advFloats)},
		{"", goCvF, advProd(advInts)},
		{"", goCvF64, advProd(advInts)},
		{"", goCvRound, advProd(advFloats)},
		{"", goSw, append(advProd(advInts), []any{7}, []any{5}, []any{-5})},
		{"", goSwF, advProd(advFloats)},
		{"", goSwB, advProd(advBools, advBools)},
		{"", goBrk, [][]any{{0}, {1}, {10}, {35}, {45}, {60}, {-3}}},
		{"", goContPost, [][]any{{0}, {1}, {7}, {100}, {-4}}},
		{"", goNr, advProd(advInts)},
		{"", goNr2, [][]any{{0}, {1}, {10}, {1000}, {-1}}},
		{"", goNrF, advProd(advFloats)},
		{"", goNrB, advProd(advInts)},
		{"", goConst, advProd(advInts)},
		{"", goConstF, advProd(advFloats)},
		{"", goShiftUntyped, advProd(advInts)},
		{"", goUntypedF, advProd(advFloats)},
		{"", goUntypedRet, advProd(advFloats)},
		{"", goRange, [][]any{{0}, {1}, {5}, {100}, {-3}}},
		{"", goFloat, f2},
		{"", goFloatCmp, f2},
		{"", goWrap, advProd(advInts)},
		{"", goBool, advProd(advBools, advBools)},
		{`func shifts(x, s int) int { return x<<s ^ x>>s ^ 1<<s ^ -1>>s ^ x<<3 ^ x>>65 }`, goShifts, i2},
		{"", goMath1, advProd(advFloats)},
		{"", goMathNaN, advProd(advFloats)},
		{"", goMathRound, advProd(advFloats)},
		{"", goMath2, f2},
		{"", goMathMax, f2},
		{"", goMathMin, f2},
		{"", goMathMod, f2},
		{"", goMany, [][]any{{1, 2, 3.5, true, 4, 0.5, 6, false}, {-1, math.MaxInt64, advNaN, false, 0, advNegZero, -1, false}}},
		{"", goVoid, [][]any{{0}, {3}}},
		{"", goZero, [][]any{{}}},
		{"", goFib, [][]any{{-5}, {0}, {1}, {2}, {15}, {20}}},
		{"", goNest, [][]any{{0}, {1}, {2}, {5}, {7}}},
		{"", goNest3, [][]any{{0, 1, 2}, {3, 1, 2}, {6, -4, 9}}},
		{"", goIfElse, advProd(advInts)},
		{"", goBigShiftConst, advProd(advInts)},
		{"", goEvalDiscard, advProd(advSmallInts, advSmallInts)},
		{"", goOrderNoCall, advProd(advSmallInts, advSmallInts)},
		{"", goOrderNoCall2, advProd(advSmallInts, advSmallInts)},
		{"", goVars, [][]any{{0}, {1}, {4}, {50}}},
		{"", goNegZero, advProd(advFloats)},
		{"", goBlankRes, advProd(advInts)},
		{"", goShadowPre, advProd(advInts)},
		{"", goRedecl, advProd(advInts)},
		{"", goMinOrder, advProd(advSmallInts, advSmallInts)},
		{"", goI64, advProd(advInts, advInts)},
		{"", goPart, [][]any{{0, 0}, {1, 1}, {5, 5}, {12, 12}, {12, 3}}},
	}
	advRun(t, cases)
}

// TestAdversarialOrder runs expressions with a division and a call that
// both panic. gc makes the call first, so Go reports a negative shift; the
// compiled code divides first, left to right, and reports the division by
// zero. The spec leaves this order open ("the order of those events
// compared to the evaluation and indexing of x and the evaluation of y and
// z is not specified"), so either runtime error is accepted.
func TestAdversarialOrder(t *testing.T) {
	advCompare(t, []advCase{
		{"", goOrder, [][]any{{1, 0}, {1, 1}, {0, 3}}},
		{"", goOrder2, [][]any{{1, 0}, {1, 1}}},
		{"", goOrder3, [][]any{{1, 0}, {1, 1}}},
		{"", goOrder4, [][]any{{1, 0}, {1, 1}}},
	}, true)
}

// TestAdversarialDeep runs a recursion up to MaxDepth deep, and past it:
// gc would go on (its stacks grow to 1 GB), the compiled code panics with
// a StackOverflow error, a documented limit.
func TestAdversarialDeep(t *testing.T) {
	advRun(t, []advCase{
		{"", goDeep, [][]any{{0}, {100000}, {MaxDepth - 1}}},
	})
	var rt Runtime
	f, err := rt.Compile(`func deep(n int) int { if n == 0 { return 0 }; return deep(n-1) + 1 }`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := call(f, MaxDepth+1); !strings.Contains(got, "stack overflow") {
		t.Errorf("deep(MaxDepth+1) = %s, want a stack overflow error", got)
	}
}

// TestAdversarialRejected checks that functions outside the subset are
// rejected. (A blank variable of another type, or a constant of one, such
// as len("abc"), is accepted: neither is held in a slot.)
func TestAdversarialRejected(t *testing.T) {
	for _, src := range []string{
		`func f(n int) int { defer f(n); return n }`,
		`func f(n int) int { go f(n); return n }`,
		`func f(n int) int { panic(n) }`,
		`func f(n int) int { print(n); return n }`,
		`func f(n int) int { recover(); return n }`,
		`func f(n int) int { g := func() int { return n }; return g() }`,
		`func f(n int) int { L: for { break L }; return n }`,
		`func f(n int) int { L: for i := 0; i < n; i++ { continue L }; return n }`,
		`func f(n int) int { L: n++; return n }`,
		`func f(n int) int { goto L; L: return n }`,
		`func f(n int) int { select {} }`,
		`func f(n int) int { p := &n; return *p }`,
		`func f(n int) int { x := []int{n}; return x[0] }`,
		`func f(n int) int { s := "a"; _ = s; return n }`,
		`func f(n int) int { var x [3]int; return x[0] + n }`,
		`func f(n int) int { type T int; return n }`,
		`func f(n int) int { x := uint(n); return int(x) }`,
		`func f(n int) int { x := 'a'; return n + int(x) }`,
		`func f(n int) int { x := int8(n); return int(x) }`,
		`func f(n int) int { x := float32(n); return int(x) }`,
		`func f(n int) int { p := new(int); return *p + n }`,
		`func f(n int) int { var x any = n; return x.(int) }`,
		`func f(n int) int { return len(string(rune(n))) }`,
		`func f(n int) int { var c complex128 = complex(float64(n), 1); return int(real(c)) }`,
		`func f(n int) int { m := map[int]int{}; return m[n] }`,
		`func f(n int) int { var s struct{ a int }; return s.a + n }`,
		`func f(x float64) float64 { return math.Inf(1) + x }`,
		`func f(x float64) float64 { return math.NaN() + x }`,
		`func f(x float64) int { return int(math.Float64bits(x)) }`,
		`func f(x float64) float64 { g := math.Sqrt; return g(x) }`,
		`func f(n int) int { var f float64; for f = range 3 {}; return n }`,
		`func f(n int) int { for i := range 10.0 { n += i }; return n }`,
		`func f(n int) int { switch x := any(n).(type) { case int: return x }; return 0 }`,
		`func f(n int) int { ch := make(chan int); _ = ch; return n }`,
		`func f(n int) int { x := 1.0 << n; return x }`,
	} {
		var rt Runtime
		if _, err := rt.Compile(src, advOpts(src)); !errors.Is(err, ErrUnsupported) {
			t.Errorf("Compile(%q) = %v, want ErrUnsupported", src, err)
		}
	}
}
