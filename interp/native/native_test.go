package native

import (
	"errors"
	"fmt"
	"go/importer"
	"go/token"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gopad/gopad/interp/stdlib"
	yaegi "github.com/traefik/yaegi/interp"
)

// call calls f with args, returning its result or its panic, as text.
func call(f reflect.Value, args ...any) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("panic: ", r)
		}
	}()
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		in[i] = reflect.ValueOf(a).Convert(f.Type().In(i))
	}
	var parts []string
	for _, v := range f.Call(in) {
		parts = append(parts, fmt.Sprint(v.Interface()))
	}
	return strings.Join(parts, " ")
}

// TestSameAsInterpreter runs each function compiled and interpreted by
// yaegi, and compares their results (and panics) argument by argument.
func TestSameAsInterpreter(t *testing.T) {
	cases := []struct {
		src  string
		args [][]any
	}{
		{`func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }`,
			[][]any{{0}, {1}, {2}, {10}, {20}, {-3}}},
		{`func fibIter(n int) int { a, b := 0, 1; for i := 0; i < n; i++ { a, b = b, a+b }; return a }`,
			[][]any{{0}, {1}, {50}, {92}, {100}}}, // 100 wraps around
		{`func gcd(a, b int) int { for b != 0 { a, b = b, a%b }; return a }`,
			[][]any{{12, 18}, {17, 5}, {0, 0}, {-12, 8}, {1 << 40, 1 << 20}}},
		{`func isPrime(n int) bool {
	if n < 2 { return false }
	for d := 2; d*d <= n; d++ {
		if n%d == 0 { return false }
	}
	return true
}`, [][]any{{1}, {2}, {97}, {100}, {7919}}},
		{`func collatz(n int64) (steps int) {
	for n != 1 {
		switch {
		case n%2 == 0:
			n /= 2
		default:
			n = 3*n + 1
		}
		steps++
	}
	return
}`, [][]any{{1}, {27}, {97}, {871}}},
		{`func basel(n int) float64 {
	var s float64
	for i := range n {
		x := float64(i + 1)
		s += 1 / (x * x)
	}
	return s
}`, [][]any{{0}, {1}, {1000}}},
		{`func sqrt(x float64) float64 {
	z := 1.0
	for i := 0; i < 20; i++ { z -= (z*z - x) / (2 * z) }
	return z
}`, [][]any{{2.0}, {1e10}, {0.0}, {-1.0}}},
		{`func bits(x int) int {
	n := 0
	for x != 0 { x &^= x & -x; n++ }
	return n + (x | 1<<3) ^ (7 &^ 2) + x>>1 + ^x
}`, [][]any{{0}, {255}, {-1}, {1 << 62}}},
		{`func shift(x, s int) int { return x << s + x >> s }`, [][]any{{1, 3}, {1, 70}, {-8, 1}, {1, -1}}},
		{`func div(a, b int) int { return a / b + a % b }`, [][]any{{7, 2}, {-7, 2}, {7, 0}, {-1 << 63, -1}}},
		{`func wrap(n int) int { x := 1; for range n { x *= 31; x += 7 }; return x }`, [][]any{{10}, {100}}},
		{`func clamp(x, lo, hi float64) float64 { return max(lo, min(x, hi)) }`,
			[][]any{{5.0, 0.0, 1.0}, {-5.0, 0.0, 1.0}, {0.5, 0.0, 1.0}}},
		{`func mm(a, b, c int) int { return min(a, b, c)*100 + max(a, b, c) }`, [][]any{{3, 1, 2}, {-5, 9, 0}}},
		{`func trunc(f float64) int { return int(f) + int(-f)*10 }`, [][]any{{2.7}, {-3.9}}},
		{`func sign(x int) (s int) {
	const big = 1 << 40
	if x > big { s = 2 } else if x > 0 { s = 1 } else if x == 0 { s = 0 } else { s = -1 }
	return
}`, [][]any{{5}, {0}, {-5}, {1 << 41}}},
		{`func sumOdd(n int) int {
	total := 0
	for i := 0; ; i++ {
		if i >= n { break }
		if i%2 == 0 { continue }
		var sq int
		sq += i * i
		total += sq
	}
	return total
}`, [][]any{{0}, {10}, {1000}}},
		{`func grade(score int) int {
	switch s := score / 10; s {
	case 10, 9:
		return 4
	case 8:
		return 3
	case 7:
		if score == 75 { break }
		return 2
	default:
		return 0
	}
	return -1
}`, [][]any{{100}, {95}, {81}, {75}, {71}, {3}}},
		{`func both(a, b bool) bool { return a && !b || a == b }`, [][]any{{true, false}, {false, false}, {false, true}}},
		{`func ack(m, n int) int {
	if m == 0 { return n + 1 }
	if n == 0 { return ack(m-1, 1) }
	return ack(m-1, ack(m, n-1))
}`, [][]any{{2, 3}, {3, 3}}},
		{`func tri(a, b, c int64) int64 { if a <= 0 { return b + c }; return tri(a-1, b+a, c) }`, [][]any{{10, 0, 5}}},
		{`func nan(x float64) bool { y := x / x; return y != y }`, [][]any{{0.0}, {1.0}}},
		{`func integrate(n int) float64 {
	h, s := math.Pi/float64(n), 0.0
	for i := range n {
		x := (float64(i) + 0.5) * h
		s += math.Sin(x) * h
	}
	return math.Round(s*1e9) / 1e9
}`, [][]any{{10}, {1000}}},
		{`func norm(x, y float64) float64 { for x > 10 { x = math.Sqrt(x) }; return math.Hypot(x, y) + math.Pow(2, y) + math.Abs(-x) }`,
			[][]any{{3.0, 4.0}, {1e6, 0.5}}},
		{`func isqrt(n int) int { r := int(math.Sqrt(float64(n))); for r*r > n { r-- }; if math.IsNaN(float64(r)) { return -1 }; return r + math.MaxInt8 - 127 }`,
			[][]any{{99}, {100}, {1 << 50}}},
	}
	// What yaegi runs instead, where it cannot compile the case (range over
	// an integer).
	interpreted := map[string]string{
		"basel": `func basel(n int) float64 {
	var s float64
	for i := 0; i < n; i++ {
		x := float64(i + 1)
		s += 1 / (x * x)
	}
	return s
}`,
		"clamp": `func clamp(x, lo, hi float64) float64 { if x > hi { x = hi }; if lo > x { return lo }; return x }`,
		"mm": `func mm(a, b, c int) int {
	lo, hi := a, a
	if b < lo { lo = b }; if c < lo { lo = c }; if b > hi { hi = b }; if c > hi { hi = c }
	return lo*100 + hi
}`,
		"wrap": `func wrap(n int) int { x := 1; for i := 0; i < n; i++ { x *= 31; x += 7 }; return x }`,
		"integrate": `func integrate(n int) float64 {
	h, s := math.Pi/float64(n), 0.0
	for i := 0; i < n; i++ {
		x := (float64(i) + 0.5) * h
		s += math.Sin(x) * h
	}
	return math.Round(s*1e9) / 1e9
}`,
	}
	// What Go does where yaegi differs.
	goSays := map[string]string{
		"shift[1 -1]": "panic: runtime error: negative shift amount",
	}
	for _, tc := range cases {
		var rt Runtime
		var opts Options
		if strings.Contains(tc.src, "math.") {
			opts = Options{Math: []string{"math"}, Importer: importer.ForCompiler(token.NewFileSet(), "source", nil)}
		}
		f, err := rt.Compile(tc.src, opts)
		if err != nil {
			t.Errorf("Compile(%.40q): %v", tc.src, err)
			continue
		}
		in := yaegi.New(yaegi.Options{})
		if err := in.Use(stdlib.Load()); err != nil {
			t.Fatal(err)
		}
		if _, err := in.Eval(`import "math"`); err != nil {
			t.Fatal(err)
		}
		name := tc.src[len("func "):strings.IndexByte(tc.src, '(')]
		src := tc.src
		if alt, ok := interpreted[name]; ok {
			src = alt
		}
		if _, err := in.Eval(src); err != nil {
			t.Fatalf("yaegi: %v", err)
		}
		g, err := in.Eval(name)
		if err != nil {
			t.Fatal(err)
		}
		if f.Type() != g.Type() {
			t.Errorf("%s: type %v, interpreted %v", name, f.Type(), g.Type())
		}
		for _, args := range tc.args {
			want := call(g, args...)
			if w, ok := goSays[fmt.Sprint(name, args)]; ok {
				want = w
			}
			if got := call(f, args...); got != want {
				t.Errorf("%s%v = %s, interpreted: %s", name, args, got, want)
			}
		}
	}
}

// TestUnsupported checks that what the compiler does not handle is left
// to the interpreter, not compiled wrong.
func TestUnsupported(t *testing.T) {
	for _, src := range []string{
		`func f(n int) int { return g(n) }`,                              // another function
		`func f(s string) int { return len(s) }`,                         // strings
		`func f(n uint) uint { return n / 2 }`,                           // unsigned
		`func f(xs []int) int { return xs[0] }`,                          // slices
		`func f(n int) (int, int) { return n, n }`,                       // two results
		`func f(n int) int { g := func() int { return n }; return g() }`, // closures
		`func f(n int) int { L: for { break L }; return n }`,             // labels
		`func f(n int) int { switch n { case 1: fallthrough; default: }; return n }`,
		`func f(n int) int { return n + counter }`, // a global
		`func f(n float32) float32 { return n }`,
		`func (T) f(n int) int { return n }`,
		`func f[T any](n T) T { return n }`,
		`func f(n int) { println(n) }`,
		`func f(_ int) int { return 1 }`,
		`func f(int) int { return 1 }`,
		`func f(x float64) float64 { for { return math.Sqrt(x) } }`, // math not imported
	} {
		var rt Runtime
		if _, err := rt.Compile(src, Options{}); !errors.Is(err, ErrUnsupported) {
			t.Errorf("Compile(%q) = %v, want ErrUnsupported", src, err)
		}
	}
	// The program's own max is not the builtin.
	var rt Runtime
	if _, err := rt.Compile(`func f(a, b int) int { return max(a, b) }`, Options{Declared: func(n string) bool { return n == "max" }}); !errors.Is(err, ErrUnsupported) {
		t.Errorf("max declared by the program: %v, want ErrUnsupported", err)
	}
}

// TestInterrupt checks that an endless compiled loop returns at an
// interrupt, and that the runtime works after it.
func TestInterrupt(t *testing.T) {
	var rt Runtime
	f, err := rt.Compile(`func spin(n int) int { for { n++ }; return n }`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan string, 1)
	go func() { done <- call(f, 1) }()
	// An interrupt stops the calls running at that moment: one that lands
	// before the goroutine entered spin (a busy machine may start it late)
	// is not for this call, so interrupt again until the loop stops.
	deadline := time.After(30 * time.Second)
	for n := 1; ; n++ {
		time.Sleep(50 * time.Millisecond)
		rt.Interrupt()
		select {
		case got := <-done:
			if got != "0" {
				t.Errorf("interrupted call = %s, want the zero value", got)
			}
			t.Logf("stopped after %d interrupt(s)", n)
		case <-deadline:
			t.Fatal("the loop did not stop at the interrupts")
		case <-time.After(50 * time.Millisecond):
			continue
		}
		break
	}
	g, err := rt.Compile(`func id(n int) int { return n }`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := call(g, 7); got != "7" {
		t.Errorf("after the interrupt, id(7) = %s", got)
	}
}

// TestStackOverflow checks that runaway recursion panics with a runtime
// error instead of killing the process.
func TestStackOverflow(t *testing.T) {
	var rt Runtime
	f, err := rt.Compile(`func down(n int) int { return down(n+1) + 1 }`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := call(f, 0); !strings.Contains(got, "stack overflow: down called itself") {
		t.Errorf("down(0) = %s, want a stack overflow panic", got)
	}
	g, err := rt.Compile(`func deep(n int) int { if n == 0 { return 0 }; return deep(n-1) + 1 }`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := call(g, 100000); got != "100000" {
		t.Errorf("deep(100000) = %s", got)
	}
}

func BenchmarkFib27(b *testing.B) {
	var rt Runtime
	f, err := rt.Compile(`func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }`, Options{})
	if err != nil {
		b.Fatal(err)
	}
	fib := f.Interface().(func(int) int)
	for b.Loop() {
		fib(27)
	}
}
