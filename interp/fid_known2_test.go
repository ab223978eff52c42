package interp

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/gopad/gopad/kernel/engine"
)

// TestFidKnown2PanicInDeferredCall checks a deferred call that panics, as
// Go runs it: the deferred calls after it still run, recover() returns the
// last panic (it replaced the earlier one), a panic in a deferred call with
// no panic in progress is recovered by an earlier deferral, a recovered
// value panicked again reaches the outer recover, a recover() in a closure
// nested in a deferred function returns nil, and a panic nobody recovers
// leaves the function with the last value.
func TestFidKnown2PanicInDeferredCall(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"")
	mustRun(t, s, "func cleanup() { panic(\"cleanup failed\") }")
	mustRun(t, s, `func work() {
	defer func() { fmt.Println("recovered:", recover()) }()
	defer cleanup()
	panic("work failed")
}
func late() {
	defer func() { fmt.Println("late:", recover()) }()
	defer fmt.Println("runs")
	defer func() { panic("late") }()
	fmt.Println("body ok")
}
func again() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("outer got %v", r)
		}
	}()
	defer func() { panic(fmt.Sprint("again: ", recover())) }()
	panic("first")
}
func nested() {
	defer func() {
		defer func() { fmt.Println("nested:", recover()) }()
	}()
	defer func() { fmt.Println("direct:", recover()) }()
	panic("p")
}
func loop() (n int) {
	defer func() { fmt.Println("loop:", recover()); n += 10 }()
	for i := 0; i < 3; i++ {
		defer func(i int) {
			n += i
			if i == 1 {
				panic(fmt.Sprint("loop ", i))
			}
		}(i)
	}
	return 100
}
func unrecovered() {
	defer fmt.Println("second deferral runs")
	defer func() { panic("unrecovered late") }()
	panic("unrecovered first")
}`)
	checkCells(t, s, []cellCase{
		{code: "work()\nfmt.Println(\"main continues\")", stdout: "recovered: cleanup failed\nmain continues\n"},
		{code: "late()", stdout: "body ok\nruns\nlate: late\n"},
		{code: "fmt.Println(again())", stdout: "outer got again: first\n"},
		{code: "nested()", stdout: "direct: p\nnested: <nil>\n"},
		{code: "fmt.Println(loop())", stdout: "loop: loop 1\n113\n"},
		{code: "func() {\n\tdefer func() { fmt.Println(\"caller:\", recover()) }()\n\tunrecovered()\n}()",
			stdout: "second deferral runs\ncaller: unrecovered late\n"},
	})
	out, e := runErr(t, s, "unrecovered()")
	if !strings.Contains(e, "unrecovered late") || out != "second deferral runs\n" {
		t.Errorf("unrecovered(): stdout %q, error %q; want the later panic", out, e)
	}
	// In a goroutine the later panic ends the cell, and the session lives.
	out, e = runErr(t, s, "never := make(chan bool)\ngo func() {\n\tdefer fmt.Println(\"deferred\")\n\tdefer func() { panic(\"goroutine late\") }()\n\tpanic(\"goroutine first\")\n}()\n<-never\nfmt.Println(\"after\")")
	if !strings.Contains(e, "goroutine late") || out != "deferred\n" {
		t.Errorf("goroutine: stdout %q, error %q; want the later panic", out, e)
	}
	checkCells(t, s, []cellCase{{code: "fmt.Println(\"alive\")", stdout: "alive\n"}})
}

// TestFidKnown2DeferredRecoverAfterPanic checks the one case gopad refuses:
// a deferred function of the cells that calls recover() itself, run after
// another deferred call panicked (its recover would return the first
// panic). Without the later panic it recovers as Go does.
func TestFidKnown2DeferredRecoverAfterPanic(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"\nfunc handler() { fmt.Println(\"handled:\", recover()) }")
	mustRun(t, s, `func f(twice bool) {
	defer handler()
	defer func() {
		if twice {
			panic("second")
		}
	}()
	panic("first")
}`)
	checkCells(t, s, []cellCase{{code: "f(false)", stdout: "handled: first\n"}})
	out, e := runErr(t, s, "f(true)")
	if !strings.Contains(e, "gopad cannot run the deferred call of handler") || out != "" {
		t.Errorf("f(true): stdout %q, error %q; want it refused", out, e)
	}
}

// TestFidKnown2ProvenTypeNames checks %T of an interface holding a cell's
// type that yaegi cannot name at run time (over a basic type without
// methods, a slice, a map, an array): printed with the type's name where
// the declaration proves what the interface holds (also for a variable an
// earlier cell declared), and still refused where a cell or a function
// may have stored another value in it.
func TestFidKnown2ProvenTypeNames(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"\ntype Celsius float64\ntype IDs []int\ntype Lookup map[string]int\ntype Grid [2]int")
	checkCells(t, s, []cellCase{
		{code: "var x any = Celsius(2)\nfmt.Printf(\"%T %v\\n\", x, x)", stdout: "main.Celsius 2\n"},
		{code: "y := any(IDs{1})\nvar m interface{} = Lookup{}\nfmt.Printf(\"%T %T %T\\n\", y, m, any(Grid{}))", stdout: "main.IDs main.Lookup main.Grid\n"},
		{code: "fmt.Println(fmt.Sprintf(\"%T\", x))", stdout: "main.Celsius\n"},
		{code: "func show() { var v any = []Celsius{1}; fmt.Printf(\"%T\\n\", v) }\nshow()", stdout: "[]main.Celsius\n"},
	})
	// Values that replaced a Celsius, and values no static type names: a
	// Celsius inside an interface keeps its type (keptTypes in package
	// rewrite), a float64 is a float64.
	mustRun(t, s, "var w any = Celsius(1)\nfunc set() { w = 2.5 }")
	checkCells(t, s, []cellCase{
		{code: "set()\nfmt.Printf(\"%T\\n\", w)", stdout: "float64\n"},
		{code: "var z any = Celsius(3)\nz = 4.5\nfmt.Printf(\"%T\\n\", z)", stdout: "float64\n"},
		{code: "var p any = Celsius(3)\nq := &p\n*q = 1.5\nfmt.Printf(\"%T\\n\", p)", stdout: "float64\n"},
		{code: "for _, v := range []any{Celsius(1)} {\n\tfmt.Printf(\"%T\\n\", v)\n}", stdout: "main.Celsius\n"},
	})
}

// TestFidKnown2ReflectNamelessTypes checks reflect.TypeOf of a value of a
// cell's type that yaegi gives no run-time type (over a basic type, with
// or without methods, or a slice): it names the cell's type as Go does,
// also for an interface variable holding a type with methods, and its Kind
// is the underlying type's.
func TestFidKnown2ReflectNamelessTypes(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import (\"fmt\"; \"reflect\")\ntype Celsius float64\ntype IDs []int\ntype Color int\nfunc (c Color) String() string { return \"red\" }")
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(reflect.TypeOf(Celsius(1)).Kind(), reflect.TypeOf(IDs{}).Kind())", stdout: "float64 slice\n"},
		{code: "fmt.Println(reflect.TypeOf(Celsius(1)), reflect.TypeOf(IDs{}).Name(), reflect.TypeOf(IDs{}).Elem())", stdout: "main.Celsius IDs int\n"},
		{code: "var x any = Color(1)\nfmt.Println(reflect.TypeOf(x).String())", stdout: "main.Color\n"},
	})
}

// TestFidKnown2MethodReturningFunc checks a method of a cell's type that
// returns a function (an unsubscribe func, a handler), kept in a variable
// and called in a later cell, also when another function returns the
// method's call directly: yaegi's compilation of that return broke every
// later call of the returned function.
func TestFidKnown2MethodReturningFunc(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"")
	mustRun(t, s, "type Bus struct{ subs []string }")
	mustRun(t, s, "func (b *Bus) Subscribe(name string) func() {\n\tb.subs = append(b.subs, name)\n\treturn func() { fmt.Println(\"unsubscribed\", name) }\n}")
	mustRun(t, s, "func (b *Bus) Pair() (func() int, error) { return func() int { return len(b.subs) }, nil }")
	mustRun(t, s, "func subscribe(b *Bus, name string) func() { return b.Subscribe(name) }\nfunc pair(b *Bus) (func() int, error) { return b.Pair() }")
	checkCells(t, s, []cellCase{
		{code: "bus := &Bus{}\nunsub := bus.Subscribe(\"email\")", stdout: ""},
		{code: "unsub()\nbus.Subscribe(\"audit\")()", stdout: "unsubscribed email\nunsubscribed audit\n"},
		{code: "f := subscribe(bus, \"log\")\nf()\ncount, _ := pair(bus)\nfmt.Println(count())", stdout: "unsubscribed log\n3\n"},
	})
}

// TestFidKnown2PromotedCompiledMethods checks a cell's struct type that
// embeds a compiled type (*strings.Reader, bytes.Buffer, io.Reader): its
// promoted methods make it satisfy compiled interfaces (passed as an
// io.Reader, an io.Writer, an io.Seeker), and a method a later
// cell declares on it replaces the promoted one.
func TestFidKnown2PromotedCompiledMethods(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import (\"bytes\"; \"fmt\"; \"io\"; \"strings\")")
	mustRun(t, s, "type file struct {\n\t*strings.Reader\n\tname string\n}\ntype sink struct {\n\tbytes.Buffer\n\tcount int\n}")
	mustRun(t, s, "type upper struct{ io.Reader }")
	mustRun(t, s, "func (u upper) Read(p []byte) (int, error) {\n\tn, err := u.Reader.Read(p)\n\tcopy(p, strings.ToUpper(string(p[:n])))\n\treturn n, err\n}")
	checkCells(t, s, []cellCase{
		{code: "f := file{strings.NewReader(\"hello\"), \"a.txt\"}\ndata, _ := io.ReadAll(f)\nvar s io.Seeker = file{strings.NewReader(\"xyz\"), \"b\"}\nend, _ := s.Seek(0, io.SeekEnd)\nfmt.Println(len(data), f.name, end)",
			stdout: "5 a.txt 3\n"},
		{code: "k := &sink{}\nfmt.Fprintf(k, \"n=%d\", 7)\nio.WriteString(k, \"!\")\nfmt.Println(k.String())", stdout: "n=7!\n"},
		{code: "b, _ := io.ReadAll(upper{strings.NewReader(\"shout\")})\nfmt.Println(string(b))", stdout: "SHOUT\n"},
	})
	// A struct that embeds error: yaegi could not build it, and fmt
	// printed a PANIC text for its value.
	mustRun(t, s, "type opErr struct {\n\terror\n\tOp string\n}")
	checkCells(t, s, []cellCase{
		{code: "var e error = opErr{io.EOF, \"read\"}\nfmt.Println(e, opErr{error: io.ErrUnexpectedEOF}.error)", stdout: "EOF unexpected EOF\n"},
	})
}

// TestFidKnown2PromotedOverriddenLater checks a method declared in a later
// cell on a type whose embedded compiled field has a method of that name:
// the cell's method is the one compiled code calls, as in Go.
func TestFidKnown2PromotedOverriddenLater(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import (\"bytes\"; \"fmt\")")
	mustRun(t, s, "type counter struct {\n\tbytes.Buffer\n\tn int\n}")
	mustRun(t, s, "func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return c.Buffer.Write(p) }")
	checkCells(t, s, []cellCase{{code: "c := &counter{}\nfmt.Fprintf(c, \"abc\")\nfmt.Println(c.n, c.String())", stdout: "3 abc\n"}})
}

// runWithin runs code in s, interrupted after a generous bound so that a
// missed deadlock fails the test instead of hanging it.
func runWithin(t *testing.T, s *Session, code string) (stdout, errText string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	rec := &recorder{}
	res := s.Execute(ctx, engine.Request{Code: code}, recOutput{rec})
	if res.Err != nil {
		errText = res.Err.Name + ": " + res.Err.Value
	}
	return rec.out(), errText
}

// TestFidKnown2Deadlock checks that a cell whose goroutines all wait on
// each other ends with Go's fatal error (a receive nobody sends to, a
// WaitGroup nobody finishes, a mutex locked twice), that the session goes
// on, and that cells waiting on a sleeping goroutine or a timer are not
// taken for deadlocked.
func TestFidKnown2Deadlock(t *testing.T) {
	skipUnderRace(t, "cells left running after a deadlock (§3)")
	s := newSession(t)
	mustRun(t, s, "import (\"fmt\"; \"sync\"; \"time\")")
	for _, code := range []string{
		"ch := make(chan int)\nfmt.Println(\"waiting\")\nfmt.Println(<-ch)",
		"var wg sync.WaitGroup\nwg.Add(2)\ngo func() { defer wg.Done() }()\nfmt.Println(\"waiting\")\nwg.Wait()",
		"var mu sync.Mutex\nmu.Lock()\nfmt.Println(\"waiting\")\nmu.Lock()",
	} {
		out, e := runWithin(t, s, code)
		if !strings.Contains(e, "all goroutines are asleep - deadlock!") || out != "waiting\n" {
			t.Errorf("%q: stdout %q, error %q; want Go's deadlock error", code, out, e)
		}
	}
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(\"next\")", stdout: "next\n"},
		{code: "c := make(chan int)\ngo func() { time.Sleep(1500 * time.Millisecond); c <- 7 }()\nfmt.Println(<-c)", stdout: "7\n"},
		{code: "var wg sync.WaitGroup\nwg.Add(1)\ngo func() { defer wg.Done(); time.Sleep(1500 * time.Millisecond) }()\nwg.Wait()\nfmt.Println(\"done\")", stdout: "done\n"},
	})
	out, e := runWithin(t, s, "fmt.Println(<-time.After(1500 * time.Millisecond) != time.Time{})")
	if e != "" || out != "true\n" {
		t.Errorf("a receive from time.After: stdout %q, error %q", out, e)
	}
}

// TestFidKnown2DeadlockWatchSilentAfterTimers checks that once the cells
// used a timer (here under another import name), a cell that waits is left
// to the interrupt: a timer's channel wakes a goroutine unseen, so gopad
// cannot tell a deadlock from a wait.
func TestFidKnown2DeadlockWatchSilentAfterTimers(t *testing.T) {
	skipUnderRace(t, "cells left running after a deadlock (§3)")
	s := newSession(t)
	mustRun(t, s, "import (\"fmt\"; tm \"time\")\nvar late = tm.NewTimer(tm.Hour)")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	rec := &recorder{}
	res := s.Execute(ctx, engine.Request{Code: "ch := make(chan int)\nfmt.Println(<-ch)"}, recOutput{rec})
	if res.Err == nil || res.Err.Name != engine.ErrInterrupted {
		t.Errorf("error %+v; want the cell interrupted, not a deadlock", res.Err)
	}
}
