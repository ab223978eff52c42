package interp

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestCompiledFunctions checks cells whose functions package native
// compiles: they give the interpreter's results, stay ordinary functions
// for the rest of the session (values, goroutines, redefinition, callers
// in interpreted code), and keep the cell's line numbers.
func TestCompiledFunctions(t *testing.T) {
	s := newSession(t)
	checkCells(t, s, []cellCase{
		{code: "func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }\nfib(27)", result: "196418"},
		{code: "func collatz(n int64) (steps int) {\n\tfor n != 1 {\n\t\tif n%2 == 0 { n /= 2 } else { n = 3*n + 1 }\n\t\tsteps++\n\t}\n\treturn\n}\ncollatz(27)", result: "111"},
		{code: "f := fib\nfmt.Println(f(10), collatz(97))", stdout: "55 118\n"},
		{code: "ch := make(chan int)\ngo func() { ch <- fib(20) }()\n<-ch", result: "6765"},
		// A caller in interpreted code, then a new fib: the caller follows.
		{code: "func twice(n int) int { return 2 * fib(n) }\ntwice(10)", result: "110"},
		{code: "func fib(n int) int { return n }", stdout: ""},
		{code: "twice(10)", result: "20"},
		{code: "func area(r float64) float64 { return 3 * r * r }\nfunc half(x float64) float64 { return x / 2 }\nhalf(area(2))", result: "6"},
		{code: "func clamp(x, lo, hi int) int { return max(lo, min(x, hi)) }\nclamp(15, 0, 10)", result: "10"},
		{code: "func sum(n int) int { t := 0; for i := range n { t += i }; return t }\nsum(101)", result: "5050"},
		// The session's own max, not the builtin.
		{code: "func big(a, b int) int { return max(a, b) }\nbig(2, 3)", result: "3"},
		{code: "func max(a, b int) int { return a + b }\nfunc big(a, b int) int { return max(a, b) }\nbig(2, 3)", result: "5"},
	})
	// A runtime panic in compiled code is the cell's error, and the line
	// numbers after a compiled function are the cell's.
	res, _ := run(t, s, "func div(a, b int) int { return a / b }\ndiv(1, 0)")
	if res.Err == nil || !strings.Contains(res.Err.Value, "integer divide by zero") {
		t.Errorf("div(1, 0): %+v, want integer divide by zero", res.Err)
	}
	res, _ = run(t, s, "func g(n int) int {\n\treturn n\n}\nfunc h() int { return \"text\" }")
	if res.Err == nil || !strings.HasPrefix(res.Err.Value, "4:") {
		t.Errorf("error after a compiled function: %+v, want it on line 4", res.Err)
	}
	// Runaway recursion is an error, not a crashed session.
	res, _ = run(t, s, "func down(n int) int { return down(n+1) }\ndown(0)")
	if res.Err == nil || !strings.Contains(res.Err.Value, "stack overflow") {
		t.Errorf("runaway recursion: %+v, want a stack overflow error", res.Err)
	}
	checkCells(t, s, []cellCase{{code: "fib(7)", result: "7"}})
	// Package math, under its own name or another.
	checkCells(t, s, []cellCase{
		{code: "import \"math\"\nfunc primes(n int) int {\n\tc := 0\n\tfor k := 2; k <= n; k++ {\n\t\tp := true\n\t\tfor d := 2; d <= int(math.Sqrt(float64(k))); d++ {\n\t\t\tif k%d == 0 { p = false; break }\n\t\t}\n\t\tif p { c++ }\n\t}\n\treturn c\n}\nprimes(1000)", result: "168"},
		{code: "import m2 \"math\"\nfunc area(n int) float64 { s := 0.0; for range n { s += m2.Pi }; return s }\narea(2)", result: "6.283185307179586"},
	})
	for _, name := range []string{"func primes", "func area(n int)"} {
		if !compiledFunc(s, name) {
			t.Errorf("%s... was not compiled", name)
		}
	}
	// Only functions that loop or recurse are compiled: a call from
	// interpreted code into compiled code costs about an interpreted call.
	for text, want := range map[string]bool{
		"func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }": true,
		"func sum(n int) int { t := 0; for i := range n { t += i }; return t }":     true,
		"func area(r float64) float64 { return 3 * r * r }":                         false,
	} {
		if got := compiledFunc(s, text); got != want {
			t.Errorf("%s: compiled %v, want %v", text, got, want)
		}
	}
}

// compiledFunc reports whether the session compiled a function whose
// source starts with text.
func compiledFunc(s *Session, text string) bool {
	for key, sym := range s.natives.byText {
		if _, src, _ := strings.Cut(key, "\x00"); sym != "" && strings.HasPrefix(src, text) {
			return true
		}
	}
	return false
}

// TestCompiledFunctionInterrupt checks that an endless compiled loop stops
// at an interrupt, and that the session goes on.
func TestCompiledFunctionInterrupt(t *testing.T) {
	s := newSession(t)
	run(t, s, "func spin(n int) int { for { n++ } }")
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	res := s.Execute(ctx, engineRequest("spin(0)"), recOutput{&recorder{}})
	if res.Err == nil || res.Err.Name != "Interrupted" {
		t.Fatalf("spin(0) interrupted: %+v", res.Err)
	}
	if s.Broken() {
		t.Fatal("the session is broken after interrupting compiled code")
	}
	checkCells(t, s, []cellCase{{code: "func one() int { return 1 }\none() + 1", result: "2"}})
}
