package interp

import (
	"context"
	"strings"
	"testing"
)

// TestFidKnownOsExitSkipsDefers checks that os.Exit ends the cell at once
// as Go ends the program: no deferred call runs (of the functions on the
// stack or of the cell), no recover catches it, and the session goes on.
func TestFidKnownOsExitSkipsDefers(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import (\"fmt\"; \"os\")\nfunc cleanup() { fmt.Println(\"cleanup\") }\n"+
		"func work() {\n\tdefer cleanup()\n\tdefer func() { fmt.Println(\"recovered\", recover()) }()\n\tos.Exit(3)\n}")
	for _, c := range []struct{ code, exit, out string }{
		{"defer fmt.Println(\"cell defer\")\nfmt.Println(\"before\")\nwork()\nfmt.Println(\"after\")", "os.Exit(3)", "before\n"},
		{"func() {\n\tdefer fmt.Println(\"deferred\")\n\tos.Exit(2)\n}()", "os.Exit(2)", ""},
	} {
		res, rec := run(t, s, c.code)
		if res.Err == nil || res.Err.Name != "Exit" || !strings.Contains(res.Err.Value, c.exit) || rec.out() != c.out {
			t.Errorf("%q: error %+v, stdout %q; want Exit %s and stdout %q", c.code, res.Err, rec.out(), c.exit, c.out)
		}
	}
	// os.Exit(0) ends the program well: the cell stops without an error.
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(\"next\")\nfunc() {\n\tdefer fmt.Println(\"deferred\")\n\tos.Exit(0)\n}()\nfmt.Println(\"not reached\")", stdout: "next\n"},
	})
}

// TestFidKnownSlogMethods checks that log/slog sees the methods of the
// cells' types as Go's slog does: LogValue, String and Error.
func TestFidKnownSlogMethods(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import (\"fmt\"; \"log/slog\"; \"os\")\ntype User struct{ ID int; Email string }\n"+
		"func (u User) LogValue() slog.Value { return slog.GroupValue(slog.Int(\"id\", u.ID)) }\n"+
		"type Temp float64\nfunc (t Temp) String() string { return fmt.Sprintf(\"%.1f°C\", float64(t)) }\n"+
		"type Oops struct{ Op string }\nfunc (o Oops) Error() string { return o.Op + \" failed\" }\n"+
		"func drop(_ []string, a slog.Attr) slog.Attr { if a.Key == slog.TimeKey { return slog.Attr{} }; return a }")
	checkCells(t, s, []cellCase{
		{code: "j := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: drop}))\n" +
			"j.Info(\"m\", \"user\", User{7, \"a@b\"}, \"t\", Temp(21.55), \"err\", Oops{\"save\"})",
			stdout: `{"level":"INFO","msg":"m","user":{"id":7},"t":21.55,"err":"save failed"}` + "\n"},
		{code: "tl := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: drop}))\n" +
			"tl.Warn(\"m\", \"user\", User{8, \"c@d\"}, \"t\", Temp(3))\na := slog.Any(\"t\", Temp(1))\nfmt.Println(a.Value.Kind(), a.Value)",
			stdout: "level=WARN msg=m user.id=8 t=3.0°C\nAny 1.0°C\n"},
	})
}

// TestFidKnownKeptTypesInAny checks values of the cells' types over basic
// types inside an empty interface: printed through their String method or
// as their basic value (also as elements of []any and map[string]any),
// %T naming them, also for a type without methods (keptTypes in package
// rewrite gives it one).
func TestFidKnownKeptTypesInAny(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"\ntype Color int\nfunc (c Color) String() string { return [...]string{\"red\", \"green\"}[c] }\n"+
		"type Celsius float64\nfunc (c Celsius) F() float64 { return float64(c)*9/5 + 32 }\nfunc show(v any) string { return fmt.Sprintf(\"%v/%T\", v, v) }")
	checkCells(t, s, []cellCase{
		{code: "var x any = Color(1)\nfmt.Println(x, show(Color(0)), show(Celsius(2.5)))", stdout: "green red/main.Color 2.5/main.Celsius\n"},
		{code: "fmt.Println([]any{Color(1), 2, Celsius(3)}, map[string]any{\"c\": Color(0)})", stdout: "[green 2 3] map[c:red]\n"},
		{code: "var n any = 4\nfmt.Printf(\"%v %T %d\\n\", n, n, x)", stdout: "4 int 1\n"},
	})
	mustRun(t, s, "type Plain float64")
	checkCells(t, s, []cellCase{{code: "ps := []any{Plain(2)}\nfmt.Printf(\"%T\\n\", ps[0])", stdout: "main.Plain\n"}})
}

// TestFidKnownCellPanicHandlers checks that a panic handler deferred at a
// cell's top level covers the rest of the program, as main's does: it
// recovers a panic of its own cell or of a later one, with the value Go's
// recover returns, and the cell then ends without an error; plain deferred
// calls still run when their cell ends.
func TestFidKnownCellPanicHandlers(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"")
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(\"outside:\", recover())\ndefer func() {\n\tfmt.Println(\"recovered:\", recover())\n}()\ndefer fmt.Println(\"cell end\")\nfmt.Println(\"start\")",
			stdout: "outside: <nil>\nstart\ncell end\n"},
		{code: "var m map[string]int\nfmt.Println(\"before\")\nm[\"a\"] = 1\nfmt.Println(\"not reached\")",
			stdout: "before\nrecovered: assignment to entry in nil map\n"},
	})
	// The handler was used: the next panic is the cell's error.
	res, rec := run(t, s, "defer fmt.Println(\"deferred\")\npanic(\"again\")")
	if res.Err == nil || !strings.Contains(res.Err.Value, "again") || rec.out() != "deferred\n" {
		t.Errorf("a panic with no handler left: error %+v, stdout %q", res.Err, rec.out())
	}
	checkCells(t, s, []cellCase{
		{code: "defer func() {\n\tif r := recover(); r != nil {\n\t\tfmt.Println(\"caught\", r.(error))\n\t}\n}()\nch := make(chan int)\nclose(ch)\nch <- 1",
			stdout: "caught send on closed channel\n"},
	})
}

// TestFidKnownSessionAnyAssert checks the assertion of a session variable
// of type any holding a pointer to a cell's type to a cell's interface.
func TestFidKnownSessionAnyAssert(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"\ntype Notifier interface{ Notify() string }\ntype Email struct{ To string }\nfunc (e *Email) Notify() string { return \"email to \" + e.To }")
	checkCells(t, s, []cellCase{
		{code: "var x any = Email{\"x\"}\n_, ok := x.(Notifier)\nfmt.Println(ok)", stdout: "false\n"},
		{code: "x = &Email{\"y\"}\n_, ok = x.(Notifier)\nfmt.Println(ok, x.(Notifier).Notify())", stdout: "true email to y\n"},
	})
}

// TestFidKnownGenericSwitchDefault checks that the name a type switch over
// any(v) binds in its default clause prints as v's type does, in a copy of
// a generic function for a slice of a cell's Stringer type.
func TestFidKnownGenericSwitchDefault(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"\ntype ID int\nfunc (i ID) String() string { return fmt.Sprintf(\"ID-%03d\", int(i)) }\n"+
		"func Format[T any](v T) string {\n\tswitch x := any(v).(type) {\n\tcase int:\n\t\treturn \"int\"\n\tdefault:\n\t\treturn fmt.Sprintf(\"other:%v\", x)\n\t}\n}")
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(Format([]ID{1, 2}), Format(ID(3)), Format(4), Format(2.5))", stdout: "other:[ID-001 ID-002] other:ID-003 int other:2.5\n"},
	})
}

// TestFidKnownErrorsAsInterfaceTarget checks errors.As with a target of a
// cell's interface type, through a wrapping chain and errors.Join.
func TestFidKnownErrorsAsInterfaceTarget(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import (\"errors\"; \"fmt\")\ntype TempErr struct{ op string }\nfunc (t *TempErr) Error() string { return t.op + \": temporary\" }\n"+
		"func (t *TempErr) Temporary() bool { return true }\ntype temporary interface{ Temporary() bool }")
	checkCells(t, s, []cellCase{
		{code: "var tmp temporary\nok := errors.As(fmt.Errorf(\"dial: %w\", &TempErr{\"connect\"}), &tmp)\nfmt.Println(ok, tmp.Temporary(), tmp.(error))",
			stdout: "true true connect: temporary\n"},
		{code: "var t2 temporary\nfmt.Println(errors.As(errors.Join(errors.New(\"a\"), &TempErr{\"b\"}), &t2), errors.As(errors.New(\"plain\"), &t2))",
			stdout: "true false\n"},
	})
}

// TestFidKnownAssertUndefinedOperand checks that an assertion of an
// undefined name is a compile error, not a crash of the session.
func TestFidKnownAssertUndefinedOperand(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"\ntype T struct{ A int }")
	if _, e := runErr(t, s, "fmt.Println(undefinedX.(int))"); !strings.Contains(e, "undefined: undefinedX") {
		t.Errorf("error %q, want undefined: undefinedX", e)
	}
	checkCells(t, s, []cellCase{{code: "fmt.Println(T{1})", stdout: "{1}\n"}})
}

// TestFidKnownDeferredClosures checks that a function's deferred call of
// a closure it created, directly or from a deferred function literal,
// runs and returns (yaegi would wait forever for the frame's lock).
func TestFidKnownDeferredClosures(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"\nfunc f() {\n\tfn := func() { fmt.Println(\"fn v1\") }\n\tdefer fn()\n\tfn = func() { fmt.Println(\"fn v2\") }\n"+
		"\tg := func() string { return \"g\" }\n\tdefer func() { fmt.Println(g()) }()\n\tfmt.Println(\"body\")\n}")
	checkCells(t, s, []cellCase{{code: "f()\nfmt.Println(\"after\")", stdout: "body\ng\nfn v1\nafter\n"}})
}

// TestFidKnownSelectLabeledBreak checks that break with a label, as a
// statement of a select case, leaves the labeled loop.
func TestFidKnownSelectLabeledBreak(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"")
	checkCells(t, s, []cellCase{{
		code:   "quit := make(chan struct{})\nclose(quit)\nn := 0\nloop:\nfor {\n\tn++\n\tif n > 3 {\n\t\tbreak\n\t}\n\tselect {\n\tcase <-quit:\n\t\tbreak loop\n\t}\n}\nfmt.Println(n)",
		stdout: "1\n",
	}})
}

// TestFidKnownSpreadOperands checks operands given to fmt as a slice
// (args...), as a logging helper forwards them: a Stringer of a cell's
// type prints through String for %v, %s, %q and as its value for %d.
func TestFidKnownSpreadOperands(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"\ntype State int\nfunc (s State) String() string { return [...]string{\"Idle\", \"Running\"}[s] }\n"+
		"func logf(format string, args ...any) { fmt.Printf(\"[app] \"+format+\"\\n\", args...) }")
	checkCells(t, s, []cellCase{
		{code: "logf(\"state=%v %d|%6s|%q n=%d\", State(1), State(1), State(0), State(1), 3)", stdout: "[app] state=Running 1|  Idle|\"Running\" n=3\n"},
		{code: "xs := []any{State(1), \"a\", 2}\nfmt.Println(xs...)", stdout: "Running a 2\n"},
	})
	mustRun(t, s, "import \"errors\"\ntype Code int\nfunc (c Code) Error() string { return fmt.Sprintf(\"code %d\", int(c)) }\n"+
		"func wrapf(format string, args ...any) error { return fmt.Errorf(format, args...) }")
	checkCells(t, s, []cellCase{
		{code: "e := wrapf(\"op: %w\", Code(3))\nfmt.Println(e, errors.Is(e, Code(3)))", stdout: "op: code 3 true\n"},
	})
}

// TestFidKnownKeptTypesInJSONAndFields checks values of a cell's type over
// a basic type with methods held in interfaces: encoded to JSON as their
// basic values (through []any and map[string]any), or through their
// MarshalJSON or MarshalText methods, printed through String as struct
// fields.
func TestFidKnownKeptTypesInJSONAndFields(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import (\"encoding/json\"; \"fmt\")\ntype Status int\nfunc (s Status) String() string { return \"ok\" }\ntype Rec struct{ Name string; V any }")
	checkCells(t, s, []cellCase{
		{code: "b, err := json.Marshal(map[string]any{\"s\": Status(1), \"l\": []any{Status(2), \"x\"}})\nfmt.Println(string(b), err)",
			stdout: "{\"l\":[2,\"x\"],\"s\":1} <nil>\n"},
		{code: "r := Rec{\"a\", Status(1)}\nfmt.Println(r)\nfmt.Printf(\"%+v\\n\", r)", stdout: "{a ok}\n{Name:a V:ok}\n"},
	})
	mustRun(t, s, "type Level int\nfunc (l Level) MarshalJSON() ([]byte, error) { return []byte(`\"high\"`), nil }\n"+
		"type Mode int\nfunc (m Mode) MarshalText() ([]byte, error) { return []byte(\"fast\"), nil }")
	checkCells(t, s, []cellCase{
		{code: "b, err := json.Marshal([]any{Level(1), Mode(2), map[string]any{\"m\": Mode(0)}})\nfmt.Println(string(b), err)",
			stdout: "[\"high\",\"fast\",{\"m\":\"fast\"}] <nil>\n"},
	})
}

// TestFidKnownBasicTwins checks type switches and assertions of values of
// the cells' types over basic types inside any: decided as Go does for a
// type with methods (also after any(c) and a return as any), and for a
// type without methods, which keptTypes (package rewrite) gives one.
func TestFidKnownBasicTwins(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"\ntype Celsius float64\nfunc (c Celsius) F() float64 { return float64(c)*9/5 + 32 }\n"+
		"func kind(v any) string {\n\tswitch v.(type) {\n\tcase Celsius:\n\t\treturn \"Celsius\"\n\tcase float64:\n\t\treturn \"float64\"\n\t}\n\treturn \"?\"\n}\n"+
		"func boxed(c Celsius) any { return c }")
	checkCells(t, s, []cellCase{
		{code: "c := Celsius(3)\nvar x any = c\n_, isF := x.(float64)\n_, isC := any(2.5).(Celsius)\nfmt.Println(kind(c), kind(2.5), kind(any(c)), kind(boxed(c)), isF, isC)",
			stdout: "Celsius float64 Celsius Celsius false false\n"},
	})
	s2 := newSession(t)
	mustRun(t, s2, "import \"fmt\"\ntype Plain float64\nfunc kind(v any) string {\n\tswitch v.(type) {\n\tcase Plain:\n\t\treturn \"Plain\"\n\tcase float64:\n\t\treturn \"float64\"\n\t}\n\treturn \"?\"\n}\n"+
		"func only(v any) string {\n\tswitch v.(type) {\n\tcase Plain:\n\t\treturn \"Plain\"\n\t}\n\treturn \"?\"\n}")
	checkCells(t, s2, []cellCase{{code: "_, ok := any(Plain(2)).(Plain)\nfmt.Println(only(Plain(1)), only(\"s\"), ok)", stdout: "Plain ? true\n"}})
	checkCells(t, s2, []cellCase{{code: "fmt.Println(kind(Plain(1)), kind(1.5))", stdout: "Plain float64\n"}})
}

// TestFidKnownGoroutineOsExit checks that os.Exit in a goroutine ends the
// running cell with the Exit error.
func TestFidKnownGoroutineOsExit(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import (\"os\"; \"time\")")
	res, _ := run(t, s, "go func() { os.Exit(5) }()\ntime.Sleep(5 * time.Second)")
	if res.Err == nil || res.Err.Name != "Exit" || !strings.Contains(res.Err.Value, "os.Exit(5)") {
		t.Errorf("os.Exit in a goroutine: %+v, want the Exit error", res.Err)
	}
}

// TestFidKnownLogFatal checks that log.Fatalf prints its message and ends
// the cell as os.Exit(1): no deferred call runs, no recover catches it;
// the log functions keep their flags across cells.
func TestFidKnownLogFatal(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import (\"fmt\"; \"log\")")
	mustRun(t, s, "log.SetFlags(0)\nlog.SetPrefix(\"app: \")")
	res, rec := run(t, s, "log.Println(\"start\")\nfunc() {\n\tdefer fmt.Println(\"deferred\")\n\tdefer func() { fmt.Println(\"recovered\", recover()) }()\n\tlog.Fatalf(\"bad %d\", 7)\n}()")
	if res.Err == nil || res.Err.Name != "Exit" || !strings.Contains(res.Err.Value, "os.Exit(1)") || rec.out() != "" || rec.errOut() != "app: start\napp: bad 7\n" {
		t.Errorf("log.Fatalf: error %+v, stdout %q, stderr %q", res.Err, rec.out(), rec.errOut())
	}
}

// TestFidKnownNilPointerStringer checks that a nil pointer receiver whose
// String method panics prints <nil>, also under %s.
func TestFidKnownNilPointerStringer(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"\ntype P struct{ name string }\nfunc (p *P) String() string { return p.name }")
	checkCells(t, s, []cellCase{
		{code: "var p *P\nfmt.Printf(\"%s|%v\\n\", p, p)", stdout: "<nil>|<nil>\n"},
	})
}

// BenchmarkStringerPrints measures prints of a value of a cell's type with
// a String method in a loop (the method's call that printArgs writes).
func BenchmarkStringerPrints(b *testing.B) {
	s := newSession(b)
	out := recOutput{&recorder{}}
	if res := s.Execute(context.Background(), engineRequest("import (\"fmt\"; \"io\")\ntype City struct{ Name string }\nfunc (c City) String() string { return c.Name }"), out); res.Err != nil {
		b.Fatal(res.Err.Value)
	}
	for b.Loop() {
		if res := s.Execute(context.Background(), engineRequest("c := City{\"Oslo\"}\nfor i := 0; i < 1000; i++ { fmt.Fprintln(io.Discard, c) }"), out); res.Err != nil {
			b.Fatal(res.Err.Value)
		}
	}
}
