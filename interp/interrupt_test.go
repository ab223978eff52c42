package interp

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gopad/gopad/kernel/engine"
)

// runningMark is the line a cell that interrupt runs prints first.
const runningMark = "gopad test: the cell runs"

// interrupt runs code in s and interrupts it once it has run for a while.
// The cell prints runningMark first, and the interrupt comes 100 ms after
// that line: a fixed delay from the start of Execute could land in the
// cell's import or compile on a busy machine, and not test the interrupt of
// code that runs.
func interrupt(t *testing.T, s *Session, code string) (engine.Result, *recorder) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan engine.Result, 1)
	rec := &recorder{}
	go func() {
		done <- s.Execute(ctx, engine.Request{Code: "fmt.Println(" + strconv.Quote(runningMark) + ")\n" + code}, recOutput{rec})
	}()
	for deadline := time.Now().Add(30 * time.Second); !strings.Contains(rec.out(), runningMark); time.Sleep(5 * time.Millisecond) {
		select {
		case res := <-done:
			cancel()
			t.Fatalf("%q ended before it was interrupted: %+v, stdout %q", code, res.Err, rec.out())
		default:
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("%q did not start within 30 s", code)
		}
	}
	time.Sleep(100 * time.Millisecond)
	start := time.Now()
	cancel()
	select {
	case res := <-done:
		t.Logf("%q stopped %v after the interrupt", code, time.Since(start))
		if res.Err == nil || res.Err.Name != "Interrupted" {
			t.Errorf("%q: got %+v, want an Interrupted error", code, res.Err)
		}
		return res, rec
	case <-time.After(10 * time.Second):
		t.Fatalf("%q did not stop after the interrupt", code)
		return engine.Result{}, nil
	}
}

// TestInterruptKeepsClosures checks that functions kept in variables still
// compute after an interrupt: yaegi's own cancellation would leave them
// returning zero values.
func TestInterruptKeepsClosures(t *testing.T) {
	skipUnderRace(t, "interrupts of running loops (§2)")
	s := newSession(t)
	run(t, s, `dbl := func(a int) int { return a * 2 }
func counter() func() int {
	n := 0
	return func() int { n++; return n }
}
next := counter()
ops := map[string]func(int, int) int{"add": func(a, b int) int { return a + b }}
func spin() {
	for {
	}
}
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}`)
	cells := []string{
		"time.Sleep(time.Hour)",
		"for {}",
		"n := 0\nfor {\n\tn++\n}",
		"spin()",
		"fib(80)",
		"ch := make(chan int)\n<-ch",
		"ch := make(chan int)\nch <- 1",
		"select {}",
		"a, b := make(chan int), make(chan string)\nselect {\ncase <-a:\ncase s := <-b:\n\tfmt.Println(s)\n}",
		"s := []string{}\nfor i := 0; ; i++ {\n\ts = append(s, strings.Repeat(\"x\", i%7))\n}",
	}
	for i, code := range cells {
		_, rec := interrupt(t, s, code)
		if strings.Contains(rec.errOut(), "no longer run") {
			t.Errorf("%q: the interrupt fell back to the interpreter's cancellation: %s", code, rec.errOut())
		}
		for _, c := range []struct{ code, want string }{
			{"dbl(21)", "42"},
			{"next()", strconv.Itoa(i + 1)},
			{`ops["add"](2, 3)`, "5"},
		} {
			r, _ := run(t, s, c.code)
			if r.Err != nil || text(r) != c.want {
				t.Errorf("after interrupting %q: %s = %q (err %v), want %s", code, c.code, text(r), r.Err, c.want)
			}
		}
	}
}

// TestInterruptStopsGoroutines checks that an interrupt also stops the
// goroutines the cell started, looping or sleeping: nothing they print
// reaches later cells.
func TestInterruptStopsGoroutines(t *testing.T) {
	skipUnderRace(t, "interrupts of running loops (§2)")
	s := newSession(t)
	interrupt(t, s, `for i := 0; i < 3; i++ {
	go func() {
		for {
			fmt.Println("tick")
			time.Sleep(10 * time.Millisecond)
		}
	}()
}
go func() {
	n := 0
	for {
		n++
	}
}()
select {}`)
	// A user's next cell comes a moment later; until it starts, the
	// interrupt stays in effect for goroutines a busy machine runs late.
	time.Sleep(300 * time.Millisecond)
	_, rec := run(t, s, `time.Sleep(100 * time.Millisecond)
fmt.Println("after")`)
	if got := rec.out(); got != "after\n" {
		t.Fatalf("the next cell printed %q, want only its own line", got)
	}
}

// TestInterruptFallback checks the interrupt of a wait that gopad cannot end
// softly (a declaration of a received value): the cell ends, and a
// function kept from before fails loudly instead of returning zero.
func TestInterruptFallback(t *testing.T) {
	skipUnderRace(t, "interrupts of running loops (§2)")
	s := newSession(t)
	run(t, s, "triple := func(a int) int { return a * 3 }\nkept := 7")
	_, rec := interrupt(t, s, "ch := make(chan int)\nv := <-ch\nfmt.Println(v)")
	if !strings.Contains(rec.errOut(), "triple") {
		t.Errorf("the cell did not name the cleared variable: stderr %q", rec.errOut())
	}
	r, _ := run(t, s, "triple(2)")
	if r.Err == nil {
		t.Errorf("triple(2) after the fallback = %q, want an error", text(r))
	}
	if r, _ := run(t, s, "kept"); text(r) != "7" {
		t.Errorf("kept = %q, want 7", text(r))
	}
	run(t, s, "triple = func(a int) int { return a * 3 }")
	if r, _ := run(t, s, "triple(2)"); text(r) != "6" {
		t.Errorf("triple(2) after setting it again = %q, want 6", text(r))
	}
}
