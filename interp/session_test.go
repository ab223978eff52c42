package interp

import (
	"bytes"
	"context"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gopad/gopad/kernel/engine"
)

// recorder is an engine.Output that keeps what a cell shows.
type recorder struct {
	mu       sync.Mutex
	stdout   bytes.Buffer
	stderr   bytes.Buffer
	displays []engine.DisplayData
	input    []string
}

type recWriter struct {
	r   *recorder
	err bool
}

func (w recWriter) Write(p []byte) (int, error) {
	w.r.mu.Lock()
	defer w.r.mu.Unlock()
	if w.err {
		return w.r.stderr.Write(p)
	}
	return w.r.stdout.Write(p)
}

func (r *recorder) out() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stdout.String()
}

func (r *recorder) errOut() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stderr.String()
}

type recOutput struct{ *recorder }

func (o recOutput) Stdout() io.Writer { return recWriter{o.recorder, false} }
func (o recOutput) Stderr() io.Writer { return recWriter{o.recorder, true} }
func (o recOutput) Display(d engine.DisplayData) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.displays = append(o.displays, d)
	return nil
}
func (o recOutput) ClearOutput(bool) error { return nil }
func (o recOutput) Input(ctx context.Context, prompt string, password bool) (string, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if len(o.input) == 0 {
		return "", engine.ErrNoStdin
	}
	v := o.input[0]
	o.input = o.input[1:]
	return v, nil
}

func newSession(t testing.TB) *Session {
	t.Helper()
	s, err := NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func run(t *testing.T, s *Session, code string) (engine.Result, *recorder) {
	t.Helper()
	skipRacingCell(t, code)
	rec := &recorder{}
	res := s.Execute(context.Background(), engine.Request{Code: code}, recOutput{rec})
	return res, rec
}

func text(res engine.Result) string {
	if res.Data == nil {
		return "<none>"
	}
	s, _ := res.Data["text/plain"].(string)
	return s
}

// TestCells runs sequences of cells a learner writes and checks what each
// shows: its output, its value, or its error.
func TestCells(t *testing.T) {
	type cell struct {
		code   string
		stdout string // expected stdout (exact)
		result string // expected text/plain, "<none>" for no execute_result
		err    string // substring of the error's value; "" means success
	}
	cases := []struct {
		name  string
		cells []cell
	}{
		{"expression", []cell{{code: "1+1", result: "2"}, {code: `"hi"`, result: "hi"}}},
		{"state persists", []cell{
			{code: "x := 41", result: "<none>"},
			{code: "x + 1", result: "42"},
			{code: "x++\nx", result: "42"},
		}},
		{"mixed declarations and statements", []cell{{
			code:   "import \"fmt\"\ntype P struct{ X, Y int }\nfunc (p P) Sum() int { return p.X + p.Y }\nconst k = 2\nvar m = map[string]int{}\nm[\"a\"] = 1\np := P{1, 2}\nfmt.Println(p.Sum() * k, len(m))\np.Sum()",
			stdout: "6 1\n", result: "3",
		}}},
		{"println has no result", []cell{{code: "import \"fmt\"\nfmt.Println(\"hello\")", stdout: "hello\n", result: "<none>"}}},
		{"void call has no result", []cell{{code: "func f() {}\nf()", result: "<none>"}}},
		{"declaration only", []cell{{code: "func g() int { return 7 }", result: "<none>"}, {code: "g()", result: "7"}}},
		{"reimport is fine", []cell{
			{code: "import \"strings\"\nstrings.ToUpper(\"a\")", result: "A"},
			{code: "import \"strings\"\nstrings.Repeat(\"b\", 2)", result: "bb"},
		}},
		{"auto import", []cell{{code: "strings.ToLower(\"ABC\")", result: "abc"}}},
		{"auto import in a declaration", []cell{{code: "func up(s string) string { return strings.ToUpper(s) }", result: "<none>"}, {code: "up(\"q\")", result: "Q"}}},
		// A local name that is also a package's name works, and so does a
		// later top-level variable of that name.
		{"local name of a package's", []cell{
			{code: "func f() int { bytes := struct{ N int }{7}; return bytes.N }\nf()", result: "7"},
			{code: "bytes := 3\nbytes + 1", result: "4"},
		}},
		{"whole program", []cell{{
			code:   "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"from main\")\n}",
			stdout: "from main\n", result: "<none>",
		}}},
		{"redefine func", []cell{
			{code: "func h() int { return 1 }", result: "<none>"},
			{code: "func h() int { return 2 }\nh()", result: "2"},
		}},
		{"compile error", []cell{{code: "y := 1\nz := y +", err: "2:"}}},
		{"undefined name", []cell{{code: "v := nosuchname", err: "undefined: nosuchname"}}},
		{"panic", []cell{{code: "panic(\"boom\")", err: "boom"}}},
		{"index out of range", []cell{{code: "s := []int{1, 2, 3}\ni := 5\n_ = s[i]", err: "index out of range [5] with length 3"}}},
		{"nil map", []cell{{code: "var mm map[string]int\nmm[\"a\"] = 1", err: "assignment to entry in nil map"}}},
		{"divide by zero", []cell{{code: "zero := 0\n_ = 10 / zero", err: "integer divide by zero"}}},
		{"panic in a callback of compiled code keeps the session", []cell{
			{code: "import \"sort\"\nkeep := 7\nxs := []int{3, 1, 2}\nsort.Slice(xs, func(i, j int) bool { panic(\"boom in callback\") })", err: "boom in callback"},
			{code: "keep", result: "7"},
		}},
		{"closing os.Stdout loses the rest of the cell's output, not the next cell's", []cell{
			{code: "import \"os\"\nfmt.Println(\"kept\")\nos.Stdout.Close()\nfmt.Println(\"lost\")", stdout: "kept\n", result: "<none>"},
			{code: "fmt.Println(\"back\")", stdout: "back\n", result: "<none>"},
		}},
		{"os.Exit does not end the session", []cell{
			{code: "import \"os\"\nos.Exit(2)", err: "os.Exit(2)"},
			{code: "3*3", result: "9"},
		}},
		{"state survives an error", []cell{
			{code: "keep := 5", result: "<none>"},
			{code: "panic(1)", err: "1"},
			{code: "keep", result: "5"},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newSession(t)
			for i, c := range tc.cells {
				res, rec := run(t, s, c.code)
				if c.err != "" {
					if res.Err == nil {
						t.Fatalf("cell %d %q: no error, want %q", i, c.code, c.err)
					}
					if !strings.Contains(res.Err.Value, c.err) {
						t.Fatalf("cell %d %q: error %q, want it to contain %q", i, c.code, res.Err.Value, c.err)
					}
					continue
				}
				if res.Err != nil {
					t.Fatalf("cell %d %q: unexpected error %s: %s\n%s", i, c.code, res.Err.Name, res.Err.Value, strings.Join(res.Err.Traceback, "\n"))
				}
				if got := text(res); got != c.result {
					t.Errorf("cell %d %q: result %q, want %q", i, c.code, got, c.result)
				}
				if got := rec.out(); got != c.stdout {
					t.Errorf("cell %d %q: stdout %q, want %q", i, c.code, got, c.stdout)
				}
			}
		})
	}
}

// TestErrorPositions checks that errors point at the cell's own line and
// column and show the source line with a caret.
func TestErrorPositions(t *testing.T) {
	cases := []struct {
		code      string
		name      string
		line, col string
		srcLine   string
	}{
		{"a := 1\nb := a +\n", "SyntaxError", "line 2", "column 9", ""},
		// Chunks that start in the middle of a line, statements and a
		// declaration: columns on the chunk's first line are the cell's.
		{"x := 1; y := 1 + 2 3", "SyntaxError", "line 1", "column 20", ""},
		{"x := 1; if x > 0 {\n\ty := 2 + 3 4\n}", "SyntaxError", "line 2", "column 13", ""},
		{"x := 1; func f() int { return 1 + 2 3 }", "SyntaxError", "line 1", "column 37", ""},
		{"x := 1\ny := undefinedthing", "CompileError", "line 2", "column 6", "y := undefinedthing"}, // under the name, as gc
		{"import \"fmt\"\nfmt.Println(1)\nvar n int\nq := 10 / n\n_ = q", "runtime.Error", "", "", "   4 | q := 10 / n"},
		{"func bad(s []int) int {\n\treturn s[9]\n}\nbad([]int{1})", "panic", "cell line 2:9", "", "   4 | bad([]int{1})"},
	}
	for _, tc := range cases {
		s := newSession(t)
		res, _ := run(t, s, tc.code)
		if res.Err == nil {
			t.Fatalf("%q: no error", tc.code)
		}
		tb := strings.Join(res.Err.Traceback, "\n")
		if res.Err.Name != tc.name && !(tc.name == "panic" && res.Err.Name == "runtime.Error") {
			t.Errorf("%q: ename %q, want %q", tc.code, res.Err.Name, tc.name)
		}
		for _, want := range []string{tc.line, tc.col, tc.srcLine} {
			if want != "" && !strings.Contains(tb, want) {
				t.Errorf("%q: traceback lacks %q:\n%s", tc.code, want, tb)
			}
		}
		if strings.Contains(tb, "1:28") {
			t.Errorf("%q: traceback shows the wrapper's position:\n%s", tc.code, tb)
		}
	}
}

// TestInterrupt checks that cancelling the context stops a busy loop, a
// sleep and a channel wait quickly, and that the session keeps its state.
func TestInterrupt(t *testing.T) {
	skipUnderRace(t, "interrupts of running loops (§2)")
	s := newSession(t)
	run(t, s, "kept := 3\nimport \"time\"")
	for _, code := range []string{"for {}", "time.Sleep(time.Hour)", "ch := make(chan int)\n<-ch", "select {}"} {
		interrupt(t, s, code) // once the cell runs, not while it compiles
	}
	res, _ := run(t, s, "kept")
	if text(res) != "3" {
		t.Fatalf("state lost after interrupts: %q", text(res))
	}
}

// TestLateOutput checks that a goroutine printing after its cell ended still
// reaches an output.
func TestLateOutput(t *testing.T) {
	s := newSession(t)
	_, rec := run(t, s, "import (\"fmt\"; \"time\")\ngo func() { time.Sleep(50*time.Millisecond); fmt.Println(\"late\") }()")
	deadline := time.Now().Add(30 * time.Second) // a bound on a loss, not a figure
	for time.Now().Before(deadline) && !strings.Contains(rec.out(), "late") {
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(rec.out(), "late") {
		t.Fatal("late goroutine output was lost")
	}
}

// TestStdoutStderr checks the streams a cell can write to.
func TestStdoutStderr(t *testing.T) {
	s := newSession(t)
	_, rec := run(t, s, "import (\"fmt\"; \"os\"; \"log\")\nfmt.Fprintln(os.Stdout, \"out\")\nfmt.Fprintln(os.Stderr, \"err\")\nlog.SetFlags(0)\nlog.Print(\"logged\")\nos.Stdout.Write([]byte(\"direct\\n\"))")
	if got := rec.out(); got != "out\ndirect\n" {
		t.Errorf("stdout %q", got)
	}
	if got := rec.errOut(); got != "err\nlogged\n" {
		t.Errorf("stderr %q", got)
	}
}

// TestInput checks that reading os.Stdin asks the frontend.
func TestInput(t *testing.T) {
	s := newSession(t)
	rec := &recorder{input: []string{"Gopher"}}
	res := s.Execute(context.Background(), engine.Request{Code: "import (\"bufio\"; \"os\"; \"fmt\")\nline, _ := bufio.NewReader(os.Stdin).ReadString('\\n')\nfmt.Print(\"hello \", line)", AllowStdin: true}, recOutput{rec})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	if got := rec.out(); got != "hello Gopher\n" {
		t.Fatalf("stdout %q", got)
	}
}

func TestCompleteAndInspect(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\nfunc myHelper(n int) string { return fmt.Sprint(n) }\nmyValue := 3")
	c := s.Complete(context.Background(), "fmt.Prin", 8)
	if strings.Join(c.Matches, " ") != "Print Printf Println" || c.CursorStart != 4 || c.CursorEnd != 8 {
		t.Errorf("fmt.Prin: %+v", c)
	}
	c = s.Complete(context.Background(), "x := myH", 8)
	if len(c.Matches) != 1 || c.Matches[0] != "myHelper" || c.Types[0].Type != "function" {
		t.Errorf("myH: %+v", c)
	}
	c = s.Complete(context.Background(), "é := myV", 8)
	if len(c.Matches) != 1 || c.Matches[0] != "myValue" || c.CursorStart != 5 {
		t.Errorf("cursor in code points: %+v", c)
	}
	in := s.Inspect(context.Background(), "fmt.Println", 6, 0)
	txt, _ := in.Data["text/plain"].(string)
	if !in.Found || !strings.Contains(txt, "func fmt.Println(") {
		t.Errorf("inspect fmt.Println: %+v", in)
	}
	in = s.Inspect(context.Background(), "myHelper(2)", 3, 0)
	txt, _ = in.Data["text/plain"].(string)
	if !in.Found || !strings.Contains(txt, "func myHelper(n int) string") {
		t.Errorf("inspect myHelper: %+v", in)
	}
	if in := s.Inspect(context.Background(), "nothingHere", 4, 0); in.Found {
		t.Errorf("inspect of an unknown name found %+v", in)
	}
}

func TestStatementHeaders(t *testing.T) {
	s := newSession(t)
	res, rec := run(t, s, "import \"fmt\"\nfor i := 0; i < 3; i++ { fmt.Print(i) }\nif x := 2; x > 1 { fmt.Print(\"big\") }\nswitch y := 3; y { case 3: fmt.Print(\"three\") }\nfor _, v := range []int{7, 8} { fmt.Print(v) }")
	if res.Err != nil {
		t.Fatal(res.Err.Value)
	}
	if got := rec.out(); got != "012bigthree78" {
		t.Fatalf("stdout %q", got)
	}
}

func TestImportLimits(t *testing.T) {
	s := newSession(t)
	for _, c := range []struct{ code, want string }{
		{"import \"plugin\"", "package plugin cannot be imported"},
		{"import \"unsafe\"\nvar p = unsafe.Pointer(nil)", "gopad cannot use unsafe.Pointer"},
	} {
		res, _ := run(t, s, c.code)
		if res.Err == nil || !strings.Contains(res.Err.Value, c.want) {
			t.Errorf("%q: %+v, want %q", c.code, res.Err, c.want)
		}
	}
	res, _ := run(t, s, "import \"strings\"\nstrings.Lines(\"a\\nb\\n\") != nil")
	if res.Err != nil || text(res) != "true" {
		t.Errorf("Go 1.24's strings.Lines: %+v", res)
	}
	res, _ = run(t, s, "xs := []int{3, 1, 2}\nslices.Sort(xs)\nxs")
	if res.Err != nil || text(res) != "[1 2 3]" {
		t.Errorf("slices.Sort: %+v %q", res.Err, text(res))
	}
}

func TestOsExec(t *testing.T) {
	s := newSession(t)
	res, rec := run(t, s, "import \"os/exec\"\nout, err := exec.Command(\"echo\", \"hi\").Output()\nfmt.Print(string(out), err)")
	if res.Err != nil || rec.out() != "hi\n<nil>" {
		t.Fatalf("os/exec: %+v %q", res.Err, rec.out())
	}
}

func TestPasswordInput(t *testing.T) {
	s := newSession(t)
	rec := &recorder{input: []string{"s3cret"}}
	res := s.Execute(context.Background(), engine.Request{Code: "import \"github.com/gopad/gopad/interp/display\"\npw, err := display.Password(\"Password: \")\nfmt.Println(len(pw), err)", AllowStdin: true}, recOutput{rec})
	if res.Err != nil || rec.out() != "6 <nil>\n" {
		t.Fatalf("%v %q", res.Err, rec.out())
	}
}

func TestCompleteMethodsOfCellTypes(t *testing.T) {
	s := newSession(t)
	run(t, s, "type Acc struct{ Balance int }\nfunc (a *Acc) Deposit(n int) { a.Balance += n }\nfunc (a *Acc) Describe() string { return \"acc\" }\nacc := &Acc{}")
	c := s.Complete(context.Background(), "acc.De", 6)
	if strings.Join(c.Matches, " ") != "Deposit Describe" {
		t.Fatalf("acc.De: %+v", c.Matches)
	}
	c = s.Complete(context.Background(), "acc.B", 5)
	if strings.Join(c.Matches, " ") != "Balance" {
		t.Fatalf("acc.B: %+v", c.Matches)
	}
}

func engineRequest(code string) engine.Request { return engine.Request{Code: code} }

// TestRecordStatementDecl checks the declaration that inspection shows for
// a variable and a type declared among statements (as a function's body
// declares them).
func TestRecordStatementDecl(t *testing.T) {
	s := newSession(t)
	s.record("var q = 5\ntype pair struct{ a, b int }", true)
	for name, want := range map[string]string{"q": "var q = 5", "pair": "type pair struct{ a, b int }"} {
		if got := s.names[name].sig; got != want {
			t.Errorf("%s: recorded %q, want %q", name, got, want)
		}
	}
}
