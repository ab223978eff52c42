package interp

// Tests of user-visible features that had none: completion kinds,
// inspection with documentation, the %lsmagic, %time, %%time and %cd
// magics, how errors are shown, calls with several results, password input,
// and the environment and working directory cells see.

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/gopad/gopad/interp/complete"
	"github.com/gopad/gopad/interp/stdlib"
	"github.com/gopad/gopad/kernel/engine"
)

// execN runs code as the cell the kernel numbered n (engine.Request's
// ExecutionCount, the number tracebacks use for "In [n]").
func execN(t *testing.T, s *Session, code string, n int) (engine.Result, *recorder) {
	t.Helper()
	rec := &recorder{}
	res := s.Execute(context.Background(), engine.Request{Code: code, ExecutionCount: n}, recOutput{rec})
	return res, rec
}

func mustRun(t *testing.T, s *Session, code string) engine.Result {
	t.Helper()
	res, _ := run(t, s, code)
	if res.Err != nil {
		t.Fatalf("%q: %s: %s\n%s", code, res.Err.Name, res.Err.Value, strings.Join(res.Err.Traceback, "\n"))
	}
	return res
}

var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

func stripANSI(s string) string { return ansi.ReplaceAllString(s, "") }

// TestFeatureCompletionKinds checks that Tab offers keywords, builtins,
// packages, package members and the cells' own names, each with the kind
// JupyterLab shows as its icon (_jupyter_types_experimental).
func TestFeatureCompletionKinds(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "myVar := 1\nvar myOther = \"x\"\nconst myConst = 3\nfunc myFunc() {}\ntype MyType struct{ N int }")
	cases := []struct {
		code, match, kind string
	}{
		{"fu", "func", "keyword"},
		{"x := ra", "range", "keyword"},
		{"appe", "append", "function"},
		{"x := le", "len", "function"},
		{"var b by", "byte", "type"},
		{"x := ni", "nil", "constant"},
		{"myV", "myVar", "variable"},
		{"myO", "myOther", "variable"},
		{"myC", "myConst", "constant"},
		{"myF", "myFunc", "function"},
		{"MyT", "MyType", "type"},
		{"strin", "strings", "module"},
		{"strin", "string", "type"},
		{"strings.ToUp", "ToUpper", "function"},
		{"var sb strings.Buil", "Builder", "type"},
		{"os.Std", "Stdout", "variable"},
		{"math.P", "Pi", "constant"},
	}
	for _, c := range cases {
		cursor := len([]rune(c.code))
		got := s.Complete(context.Background(), c.code, cursor)
		if len(got.Types) != len(got.Matches) {
			t.Errorf("%q: %d matches but %d types", c.code, len(got.Matches), len(got.Types))
		}
		found := false
		for i, m := range got.Matches {
			if m != c.match {
				continue
			}
			found = true
			if i >= len(got.Types) {
				break
			}
			ty := got.Types[i]
			if ty.Text != c.match || ty.Type != c.kind {
				t.Errorf("%q: %q has type entry %+v, want kind %q", c.code, c.match, ty, c.kind)
			}
			if ty.Start != got.CursorStart || ty.End != got.CursorEnd {
				t.Errorf("%q: type entry spans %d..%d, reply %d..%d", c.code, ty.Start, ty.End, got.CursorStart, got.CursorEnd)
			}
		}
		if !found {
			t.Errorf("%q: matches %v lack %q", c.code, got.Matches, c.match)
		}
		// The match replaces the word typed so far.
		word := trailingWord(c.code)
		if got.CursorEnd != cursor || got.CursorStart != cursor-len([]rune(word)) {
			t.Errorf("%q: cursor %d..%d, want %d..%d", c.code, got.CursorStart, got.CursorEnd, cursor-len([]rune(word)), cursor)
		}
	}
}

// trailingWord returns the identifier code ends with: what a completion
// replaces.
func trailingWord(code string) string {
	runes := []rune(code)
	i := len(runes)
	for i > 0 && (runes[i-1] == '_' || unicode.IsLetter(runes[i-1]) || unicode.IsDigit(runes[i-1])) {
		i--
	}
	return string(runes[i:])
}

// TestFeatureInspectDocs checks Shift+Tab: standard-library names come with
// their doc comment from GOROOT's sources, and detail level 1 adds the
// declaration of a cell's variable to what level 0 shows.
func TestFeatureInspectDocs(t *testing.T) {
	if !complete.StdDocs() {
		t.Skip("GOROOT sources not installed")
	}
	s := newSession(t)
	mustRun(t, s, "import \"strings\"\nvar limit = 10 * 2")
	inspectText := func(code string, cursor, detail int) string {
		t.Helper()
		in := s.Inspect(context.Background(), code, cursor, detail)
		if !in.Found {
			t.Fatalf("inspect %q at %d: not found", code, cursor)
		}
		txt, _ := in.Data["text/plain"].(string)
		return txt
	}
	docs := []struct {
		code   string
		cursor int
		want   []string
	}{
		// Cursor inside the name: the whole identifier is described.
		{"s := strings.ToUpper(\"a\")", 15, []string{"func strings.ToUpper(s string) string",
			"ToUpper returns s with all Unicode letters mapped to their upper case."}},
		{"var sb strings.Builder", 22, []string{"type strings.Builder struct", "A Builder is used to efficiently build a string"}},
		{"strings", 3, []string{"package strings", "Package strings implements simple functions to manipulate UTF-8 encoded strings."}},
	}
	for _, d := range docs {
		for _, detail := range []int{0, 1} {
			txt := inspectText(d.code, d.cursor, detail)
			for _, w := range d.want {
				if !strings.Contains(txt, w) {
					t.Errorf("inspect %q (detail %d): %q lacks %q", d.code, detail, txt, w)
				}
			}
		}
	}

	// A cell's variable: its type and value at level 0; level 1 adds the
	// declaration as written.
	lvl0 := inspectText("limit", 5, 0)
	lvl1 := inspectText("limit", 5, 1)
	for _, w := range []string{"variable limit int", "value: 20"} {
		if !strings.Contains(lvl0, w) || !strings.Contains(lvl1, w) {
			t.Errorf("inspect limit: level 0 %q, level 1 %q, want both to contain %q", lvl0, lvl1, w)
		}
	}
	if strings.Contains(lvl0, "10 * 2") {
		t.Errorf("inspect limit at level 0 shows the declaration: %q", lvl0)
	}
	if !strings.Contains(lvl1, "var limit = 10 * 2") {
		t.Errorf("inspect limit at level 1 lacks the declaration: %q", lvl1)
	}

	// NAME? pages the same text, at level 1.
	res := mustRun(t, s, "strings.ToUpper?")
	if len(res.Payloads) != 1 {
		t.Fatalf("strings.ToUpper?: payloads %+v", res.Payloads)
	}
	data, _ := res.Payloads[0]["data"].(map[string]any)
	if txt, _ := data["text/plain"].(string); !strings.Contains(txt, "ToUpper returns s with all Unicode letters") {
		t.Errorf("strings.ToUpper? pages %q", txt)
	}
}

var (
	wallLine = regexp.MustCompile(`(?m)^Wall time: (\S+)$`)
	cpuLine  = regexp.MustCompile(`(?m)^CPU time: (\S+)$`)
)

// duration returns the duration a magic printed on the line re matches.
func duration(t *testing.T, re *regexp.Regexp, out string) time.Duration {
	t.Helper()
	m := re.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("output %q has no line matching %s", out, re)
	}
	d, err := time.ParseDuration(m[1])
	if err != nil {
		t.Fatalf("output %q: %v", out, err)
	}
	return d
}

// TestFeatureMagics checks %lsmagic, %time, %%time and %cd.
func TestFeatureMagics(t *testing.T) {
	s := newSession(t)

	t.Run("lsmagic", func(t *testing.T) {
		_, rec := run(t, s, "%lsmagic")
		for _, m := range []string{"%%time", "%time STMT", "%env", "%who", "%reset", "%cd", "%go get", "%go list",
			"%go mod", "%go write", "%help", "%lsmagic", "!COMMAND", "NAME?"} {
			if !strings.Contains(rec.out(), m) {
				t.Errorf("%%lsmagic lacks %q:\n%s", m, rec.out())
			}
		}
		if _, help := run(t, s, "%help"); help.out() != rec.out() {
			t.Errorf("%%lsmagic and %%help differ")
		}
	})

	t.Run("time one line", func(t *testing.T) {
		res, rec := run(t, s, "import \"time\"\n%time time.Sleep(60 * time.Millisecond)")
		if res.Err != nil {
			t.Fatalf("%s: %s", res.Err.Name, res.Err.Value)
		}
		if wall := duration(t, wallLine, rec.out()); wall < 60*time.Millisecond || wall > 10*time.Second {
			t.Errorf("%%time of a 60 ms sleep printed a wall time of %v", wall)
		}
		duration(t, cpuLine, rec.out())
		// The line's value is the cell's result, as in IPython.
		res, rec = run(t, s, "%time 6 * 7")
		if text(res) != "42" || !wallLine.MatchString(rec.out()) {
			t.Errorf("%%time 6 * 7: result %q, output %q", text(res), rec.out())
		}
	})

	t.Run("time error points at the cell", func(t *testing.T) {
		// The error is on the cell's line 2, at "z" (column 12 of the
		// line as written), not at line 1 column 6 of the bare statement.
		res, _ := run(t, s, "z := 1\n%time w := z + \"a\"")
		if res.Err == nil {
			t.Fatal("no error")
		}
		tb := stripANSI(strings.Join(res.Err.Traceback, "\n"))
		for _, w := range []string{"cell line 2, column 12", "   2 | %time w := z + \"a\"", "     |            ^"} {
			if !strings.Contains(tb, w) {
				t.Errorf("traceback lacks %q:\n%s", w, tb)
			}
		}
		if !strings.HasPrefix(res.Err.Value, "2:12: ") {
			t.Errorf("error value %q, want it to start with 2:12", res.Err.Value)
		}
	})

	t.Run("cell time has CPU time", func(t *testing.T) {
		// A busy loop of a fixed amount of work uses CPU whatever the
		// machine's load.
		res, rec := run(t, s, "%%time\nsum := 0\nfor i := 0; i < 300000; i++ { sum += i }\nsum")
		if res.Err != nil {
			t.Fatalf("%s: %s", res.Err.Name, res.Err.Value)
		}
		if text(res) != "44999850000" {
			t.Errorf("%%%%time cell result %q", text(res))
		}
		cpu := duration(t, cpuLine, rec.out())
		wall := duration(t, wallLine, rec.out())
		if cpu <= 0 || wall <= 0 {
			t.Errorf("CPU time %v, wall time %v; want both above zero:\n%s", cpu, wall, rec.out())
		}
		if strings.Index(rec.out(), "CPU time:") > strings.Index(rec.out(), "Wall time:") {
			t.Errorf("CPU time should come before wall time:\n%s", rec.out())
		}
	})

	t.Run("cd", func(t *testing.T) {
		dir := t.TempDir()
		wd, err := os.Getwd()
		if err != nil {
			t.Fatal(err)
		}
		t.Chdir(wd) // restores the working directory when the test ends
		res, rec := run(t, s, "%cd "+dir)
		if res.Err != nil {
			t.Fatalf("%s: %s", res.Err.Name, res.Err.Value)
		}
		if got := strings.TrimSpace(rec.out()); !sameDir(t, got, dir) {
			t.Errorf("%%cd printed %q, want %q", got, dir)
		}
		res = mustRun(t, s, "import \"os\"\ncwd, _ := os.Getwd()\ncwd")
		if !sameDir(t, text(res), dir) {
			t.Errorf("after %%cd, os.Getwd() in a cell is %q, want %q", text(res), dir)
		}
		// Relative paths in cells now resolve in dir.
		if err := os.WriteFile(filepath.Join(dir, "here.txt"), []byte("found"), 0o644); err != nil {
			t.Fatal(err)
		}
		res = mustRun(t, s, "b, err := os.ReadFile(\"here.txt\")\nstring(b) + \" \" + fmt.Sprint(err)")
		if text(res) != "found <nil>" {
			t.Errorf("reading a relative path after %%cd: %q", text(res))
		}
		// %cd without an argument prints the directory.
		if _, rec := run(t, s, "%cd"); !sameDir(t, strings.TrimSpace(rec.out()), dir) {
			t.Errorf("%%cd printed %q, want %q", rec.out(), dir)
		}
		// A missing directory is an error and leaves the directory alone.
		res, _ = run(t, s, "%cd "+filepath.Join(dir, "no-such-dir"))
		if res.Err == nil || res.Err.Name != "OSError" {
			t.Errorf("%%cd to a missing directory: %+v", res.Err)
		}
		if now, _ := os.Getwd(); !sameDir(t, now, dir) {
			t.Errorf("a failed %%cd moved to %q", now)
		}
	})
}

func sameDir(t *testing.T, a, b string) bool {
	t.Helper()
	ra, err1 := filepath.EvalSymlinks(a)
	rb, err2 := filepath.EvalSymlinks(b)
	return err1 == nil && err2 == nil && ra == rb
}

// TestFeatureCompileErrorCaret checks that a compile error shows the
// offending source line and a caret under the column of the error, also on
// line 1 (where yaegi's own columns are shifted) and after tabs (shown as
// four spaces).
func TestFeatureCompileErrorCaret(t *testing.T) {
	cases := []struct {
		code  string
		line  int
		under string // the source text that starts at the caret
	}{
		{"y := 2 + \"a\"", 1, "2 + \"a\""},
		{"func f() int { return \"s\" }", 1, "\"s\" }"},
		{"x := 1\ny := x + \"a\"", 2, "x + \"a\""},
		{"x := 1\n\tvar z string = x", 2, "x"},
		{"import \"fmt\"\nfmt.Println(1)\nfmt.Println(nosuch)", 3, "nosuch)"},
		{"x := 1\nif x > 0 {\n\tx = \"s\"\n}", 3, "\"s\""},
	}
	for _, c := range cases {
		s := newSession(t)
		res, _ := run(t, s, c.code)
		if res.Err == nil {
			t.Errorf("%q: no error", c.code)
			continue
		}
		if res.Err.Name != "CompileError" {
			t.Errorf("%q: ename %q, want CompileError", c.code, res.Err.Name)
		}
		tb := res.Err.Traceback
		if len(tb) < 3 {
			t.Errorf("%q: traceback %q has no source line and caret", c.code, tb)
			continue
		}
		srcPrefix := fmt.Sprintf("%4d | ", c.line)
		src, caret := stripANSI(tb[1]), stripANSI(tb[2])
		wantSrc := strings.ReplaceAll(strings.Split(c.code, "\n")[c.line-1], "\t", "    ")
		if src != srcPrefix+wantSrc {
			t.Errorf("%q: source line %q, want %q", c.code, src, srcPrefix+wantSrc)
			continue
		}
		const caretPrefix = "     | "
		if !strings.HasPrefix(caret, caretPrefix) || strings.TrimLeft(caret[len(caretPrefix):], " ") != "^" {
			t.Errorf("%q: caret line %q", c.code, caret)
			continue
		}
		col := len(caret) - len(caretPrefix) - 1 // 0-based, in the shown line
		shown := src[len(srcPrefix):]
		if col > len(shown) || !strings.HasPrefix(shown[col:], c.under) {
			t.Errorf("%q: caret at column %d of %q points at %q, want %q", c.code, col+1, shown, shown[min(col, len(shown)):], c.under)
		}
		if !strings.Contains(tb[2], "\x1b[32m^\x1b[0m") {
			t.Errorf("%q: the caret is not coloured: %q", c.code, tb[2])
		}
	}
}

// TestFeaturePanicNamesCell checks that the frames of a panic in functions
// declared by earlier cells name their cell, "In [n]", with the line in that
// cell, and that a function of the running cell says "cell line".
func TestFeaturePanicNamesCell(t *testing.T) {
	s := newSession(t)
	// The function is not at the top of its cell: the line must be the
	// cell's (4), not the function's.
	if res, _ := execN(t, s, "x := 1\n\nfunc explode(n int) int {\n\tpanic(\"explode\")\n}", 3); res.Err != nil {
		t.Fatal(res.Err.Value)
	}
	if res, _ := execN(t, s, "func outer() {\n\texplode(2)\n}", 5); res.Err != nil {
		t.Fatal(res.Err.Value)
	}
	res, _ := execN(t, s, "y := 7\nouter()", 6)
	if res.Err == nil {
		t.Fatal("no panic")
	}
	tb := strings.Join(res.Err.Traceback, "\n")
	if res.Err.Value != "explode" {
		t.Errorf("error value %q", res.Err.Value)
	}
	for _, w := range []string{
		"panic\x1b[0m: explode",
		"   2 | outer()",
		"goroutine 1 [running]:",
		"    explode(...)\n        line 4:2 of In [3]",
		"    outer(...)\n        line 2:2 of In [5]",
	} {
		if !strings.Contains(tb, w) {
			t.Errorf("traceback lacks %q:\n%s", w, tb)
		}
	}
	if i, j := strings.Index(tb, "explode(...)"), strings.Index(tb, "outer(...)"); i < 0 || j < i {
		t.Errorf("innermost frame should come first:\n%s", tb)
	}
	// Called from the cell that declares it, the frame is the cell's own.
	res, _ = execN(t, s, "func local() {\n\tpanic(\"here\")\n}\nlocal()", 7)
	if res.Err == nil {
		t.Fatal("no panic")
	}
	tb = strings.Join(res.Err.Traceback, "\n")
	if !strings.Contains(tb, "    local(...)\n        cell line 2:2") || strings.Contains(tb, "In [7]") {
		t.Errorf("a frame of the running cell should say \"cell line\":\n%s", tb)
	}
}

// TestFeatureTracebackColours checks that tracebacks are coloured with ANSI
// codes, as Jupyter frontends render them: the error name red.
func TestFeatureTracebackColours(t *testing.T) {
	s := newSession(t)
	for _, code := range []string{"v := 1 +", "v := nosuchname", "panic(\"boom\")", "zero := 0\n_ = 1 / zero", "%nosuchmagic"} {
		res, _ := run(t, s, code)
		if res.Err == nil {
			t.Errorf("%q: no error", code)
			continue
		}
		first := res.Err.Traceback[0]
		if !strings.HasPrefix(first, "\x1b[31m") || !strings.Contains(first, "\x1b[0m") {
			t.Errorf("%q: first traceback line %q is not coloured", code, first)
		}
		if strings.Contains(res.Err.Value, "\x1b[") || strings.Contains(res.Err.Name, "\x1b[") {
			t.Errorf("%q: ename/evalue carry colour codes: %q %q", code, res.Err.Name, res.Err.Value)
		}
	}
}

// TestFeatureMultipleResults checks that a trailing call of a function with
// several results shows all of them, as fmt.Println would.
func TestFeatureMultipleResults(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "func divmod(a, b int) (int, int) { return a / b, a % b }\nfunc one() int { return 1 }")
	for _, c := range []struct{ code, want string }{
		{"strconv.Atoi(\"7\")", "7 <nil>"},
		{"strconv.Atoi(\"x\")", "0 strconv.Atoi: parsing \"x\": invalid syntax"},
		{"strings.Cut(\"key=value\", \"=\")", "key value true"},
		{"divmod(17, 5)", "3 2"},
		{"n := 9\ndivmod(n, 2)", "4 1"},
		{"one()", "1"},
		{"strconv.Itoa(12)", "12"},
	} {
		res := mustRun(t, s, c.code)
		if got := text(res); got != c.want {
			t.Errorf("%q shows %q, want %q", c.code, got, c.want)
		}
	}
}

// passwordOutput records, for each input request, its prompt and whether
// it asked for a password.
type passwordOutput struct {
	recOutput
	prompts   *[]string
	passwords *[]bool
}

func (o passwordOutput) Input(ctx context.Context, prompt string, password bool) (string, error) {
	o.mu.Lock()
	*o.prompts = append(*o.prompts, prompt)
	*o.passwords = append(*o.passwords, password)
	o.mu.Unlock()
	return o.recOutput.Input(ctx, prompt, password)
}

// TestFeaturePasswordInput checks that display.Password asks the frontend
// for a password (input_request with password=true), while display.Input
// and reading os.Stdin ask for plain text.
func TestFeaturePasswordInput(t *testing.T) {
	s := newSession(t)
	cases := []struct {
		code     string
		prompt   string
		password bool
	}{
		{"pw, err := display.Password(\"Password: \")\nfmt.Println(len(pw), err)", "Password: ", true},
		{"name, err := display.Input(\"Name: \")\nfmt.Println(len(name), err)", "Name: ", false},
		{"import (\"bufio\"; \"os\")\nline, _ := bufio.NewReader(os.Stdin).ReadString('\\n')\nfmt.Println(len(line) - 1)", "", false},
	}
	mustRun(t, s, "import \"github.com/gopad/gopad/interp/display\"")
	for _, c := range cases {
		var prompts []string
		var passwords []bool
		rec := &recorder{input: []string{"s3cret"}}
		out := passwordOutput{recOutput{rec}, &prompts, &passwords}
		res := s.Execute(context.Background(), engine.Request{Code: c.code, AllowStdin: true}, out)
		if res.Err != nil {
			t.Fatalf("%q: %s: %s", c.code, res.Err.Name, res.Err.Value)
		}
		if !strings.HasPrefix(rec.out(), "6") {
			t.Errorf("%q: the cell did not get the line: %q", c.code, rec.out())
		}
		if len(passwords) != 1 || passwords[0] != c.password || prompts[0] != c.prompt {
			t.Errorf("%q: input requests (prompt %q, password %v), want one (%q, %v)", c.code, prompts, passwords, c.prompt, c.password)
		}
	}
}

// TestFeatureEnvironment checks that cells see the process's environment,
// set before the session started and changed later, and its working
// directory.
func TestFeatureEnvironment(t *testing.T) {
	t.Setenv("GOPAD_FEATURE_ENV", "set before the session")
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	s := newSession(t)
	res := mustRun(t, s, "import \"os\"\nos.Getenv(\"GOPAD_FEATURE_ENV\")")
	if got := text(res); got != "set before the session" {
		t.Errorf("os.Getenv in a cell: %q", got)
	}
	res = mustRun(t, s, "v, ok := os.LookupEnv(\"GOPAD_FEATURE_ENV\")\nok && v != \"\"")
	if text(res) != "true" {
		t.Errorf("os.LookupEnv in a cell: %q", text(res))
	}
	t.Setenv("GOPAD_FEATURE_LATER", "set later")
	if res := mustRun(t, s, "os.Getenv(\"GOPAD_FEATURE_LATER\")"); text(res) != "set later" {
		t.Errorf("a variable set after the session started: %q", text(res))
	}
	res = mustRun(t, s, "dir, err := os.Getwd()\ndir + \" \" + fmt.Sprint(err)")
	if got := text(res); got != wd+" <nil>" {
		t.Errorf("os.Getwd in a cell: %q, want %q", got, wd+" <nil>")
	}
}

// TestInterruptStopsEarlierGoroutines: as the README says, an interrupt
// stops every goroutine the interpreter runs, also one that an earlier cell
// left running; variables keep their values.
func TestInterruptStopsEarlierGoroutines(t *testing.T) {
	skipUnderRace(t, "interrupts of running loops (§2)")
	s := newSession(t)
	_, bg := run(t, s, "import (\"fmt\"; \"sync/atomic\"; \"time\")\nvar ticks int64\ngo func() { for { atomic.AddInt64(&ticks, 1); fmt.Println(\"tick\"); time.Sleep(20 * time.Millisecond) } }()")
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(bg.out(), "tick") && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	if !strings.Contains(bg.out(), "tick") {
		t.Fatalf("the background goroutine never printed: %q", bg.out())
	}
	// Interrupted once it runs (interrupt), not while it compiles.
	if res, _ := interrupt(t, s, "time.Sleep(time.Hour)"); res.Err == nil || res.Err.Name != "Interrupted" {
		t.FailNow()
	}
	res, after := run(t, s, "n1 := atomic.LoadInt64(&ticks)\ntime.Sleep(300 * time.Millisecond)\natomic.LoadInt64(&ticks) - n1")
	if res.Err != nil || text(res) != "0" {
		t.Errorf("the earlier cell's goroutine still runs after the interrupt: ticks grew by %q (err %v)", text(res), res.Err)
	}
	if strings.Contains(after.out(), "tick") {
		t.Errorf("the stopped goroutine printed into a later cell: %q", after.out())
	}
}

// TestBlankAfterBlankDefine: after a top-level "n, _ := f()", assigning a
// call's result to the blank identifier works, as in Go (yaegi alone
// panics in reflect.Set: it gives "_" a global of f's type).
func TestBlankAfterBlankDefine(t *testing.T) {
	s := newSession(t)
	checkCells(t, s, resultCases([][2]string{
		{"n, _ := strings.NewReader(\"abc\").Read(make([]byte, 2))\nn", "2"},
		{"_ = strings.NewReader(\"x\")\n_ = fmt.Sprint(1)\n1", "1"},
		{"var total int\ntotal, _ = strconv.Atoi(\"12\")\ntotal", "12"},
		{"_, _ = strings.NewReader(\"x\"), 1\nfor i := 0; i < 2; i++ { _ = fmt.Sprint(i) }\n3", "3"},
		{"switch { default: _ = errors.New(\"x\") }\n4", "4"},
	}))
}

// TestImportEveryStdPackage imports, in a cell, every package of the
// standard library that `go list std` names (but internal and vendored
// ones): each loads, and each package gopad leaves out fails with an error
// that names it.
func TestImportEveryStdPackage(t *testing.T) {
	out, err := exec.Command("go", "list", "std").Output()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("go list std: %v", err)
		}
		t.Skipf("go list std: %v", err)
	}
	s := newSession(t)
	names := map[string]bool{} // package names the session has imported
	n := 0
	for _, p := range strings.Fields(string(out)) {
		if p == "internal" || strings.HasPrefix(p, "internal/") || strings.Contains(p, "/internal/") ||
			strings.HasSuffix(p, "/internal") || strings.HasPrefix(p, "vendor/") {
			continue
		}
		if name, _ := importName(`"` + p + `"`); names[name] {
			// math/rand after crypto/rand: a session has one scope.
			s, names = newSession(t), map[string]bool{}
		}
		res, _ := run(t, s, "import \""+p+"\"")
		if name, _ := importName(`"` + p + `"`); res.Err == nil {
			names[name] = true
		}
		if p == "os/exec" {
			// Not in the tables: the session provides its own.
			if res.Err != nil {
				t.Errorf("import \"os/exec\": %v", res.Err)
			}
			continue
		}
		if _, excluded := stdlib.Excluded[p]; excluded {
			if res.Err == nil || !strings.Contains(res.Err.Value+strings.Join(res.Err.Traceback, "\n"), p) {
				t.Errorf("import %q (left out): %+v, want an error naming it", p, res.Err)
			}
			continue
		}
		n++
		if res.Err != nil {
			t.Errorf("import %q: %s: %s", p, res.Err.Name, res.Err.Value)
		}
	}
	if n < 160 {
		t.Errorf("only %d packages imported", n)
	}
	t.Logf("%d standard-library packages imported", n)
}

// TestImportNameClash: a cell importing a package whose name an earlier
// cell's import already holds (math/rand after crypto/rand) gets an error
// that says so and how to import it; under another name it works.
func TestImportNameClash(t *testing.T) {
	s := newSession(t)
	if res, _ := run(t, s, "import \"crypto/rand\"\nlen(rand.Text()) > 0"); res.Err != nil || text(res) != "true" {
		t.Fatalf("crypto/rand: %q %v", text(res), res.Err)
	}
	res, _ := run(t, s, "import \"math/rand/v2\"\nrand.IntN(1)")
	if res.Err == nil || res.Err.Name != "ImportError" || !strings.Contains(res.Err.Value, `rand is already the name of "crypto/rand"`) ||
		!strings.Contains(res.Err.Value, `import rand2 "math/rand/v2"`) {
		t.Fatalf("math/rand/v2 after crypto/rand: %+v", res.Err)
	}
	if res, _ := run(t, s, "import mrand \"math/rand/v2\"\nmrand.IntN(1)"); res.Err != nil || text(res) != "0" {
		t.Errorf("math/rand/v2 under another name: %q %v", text(res), res.Err)
	}
	if res, _ := run(t, s, "import \"crypto/rand\"\nlen(rand.Text()) > 0"); res.Err != nil || text(res) != "true" {
		t.Errorf("importing crypto/rand again: %q %v", text(res), res.Err)
	}
}

// TestTopLevelStatementsAsInGo: a cell's top-level statements mean what
// they mean in a function body: := in a block declares a new variable, a
// type switch binds its name, defer runs when the cell ends (with its
// arguments evaluated at the defer, last first), and return ends the cell.
func TestTopLevelStatementsAsInGo(t *testing.T) {
	s := newSession(t)
	checkCells(t, s, []cellCase{
		{"x := 5\nif true { y, x := 1, 2; fmt.Println(y, x) }\nfmt.Println(x)", "1 2\n5\n", ""},
		{"i := 10\nfor i := 0; i < 3; i++ {}\nif i := 7; i > 0 {}\nswitch i := 8; i {}\ni", "", "10"},
		{"r := bufio.NewReader(strings.NewReader(\"a\\nb\\n\"))\nfor { line, err := r.ReadString('\\n'); if err != nil { break }; fmt.Print(line) }", "a\nb\n", ""},
		{"var a any = 3\nswitch v := a.(type) { case int: fmt.Println(\"int\", v + 1) }", "int 4\n", ""},
		{"defer fmt.Println(\"deferred\")\nfmt.Println(\"body\")", "body\ndeferred\n", ""},
		{"fmt.Println(\"the next cell\")", "the next cell\n", ""},
		{"for i := 0; i < 3; i++ { defer fmt.Println(\"d\", i) }\nfmt.Println(\"loop done\")", "loop done\nd 2\nd 1\nd 0\n", ""},
		{"ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)\ndefer cancel()\n<-ctx.Done()\nctx.Err()", "", "context deadline exceeded"},
		{"n := 3\nif n > 1 { fmt.Println(\"big\"); return }\nfmt.Println(\"small\")", "big\n", ""},
		{"fmt.Println(\"before\")\nreturn\nfmt.Println(\"after\")", "before\n", ""},
		{"x * 2", "", "10"},
	})
	// A deferred call runs also when the cell panics, and a panic in one
	// replaces the cell's while the others run: the program ends with it,
	// as go run's ("panic: boom\n\tpanic: in a defer").
	res, r := run(t, s, "defer fmt.Println(\"still deferred\")\ndefer func() { panic(\"in a defer\") }()\npanic(\"boom\")")
	if res.Err == nil || !strings.Contains(res.Err.Value, "in a defer") || r.out() != "still deferred\n" {
		t.Errorf("defers and a panic: %+v, stdout %q, stderr %q", res.Err, r.out(), r.errOut())
	}
	// A panic inside such a statement is still the cell's, with Go's detail.
	res, _ = run(t, s, "xs := []int{1, 2, 3}\nfor _, v := range xs { if v == 2 { xs[5] = v } }")
	if res.Err == nil || !strings.Contains(res.Err.Value, "index out of range [5] with length 3") ||
		!strings.Contains(strings.Join(res.Err.Traceback, "\n"), "2 | for _, v := range xs") || strings.Contains(strings.Join(res.Err.Traceback, "\n"), "gopadCell") {
		t.Errorf("panic in a block: %+v", res.Err)
	}
	// So is a compile error.
	res, _ = run(t, s, "for i := 0; i < 2; i++ {\n\tfmt.Println(undefinedName)\n}")
	if res.Err == nil || !strings.Contains(strings.Join(res.Err.Traceback, "\n"), "cell line 2, column 14: undefined: undefinedName") {
		t.Errorf("compile error in a block: %+v", res.Err)
	}
}

// TestVarReadsEarlierVariables: a var declaration whose value reads a
// variable of an earlier cell or statement works (yaegi alone fails with
// "variable definition loop" and leaves the variable zero).
func TestVarReadsEarlierVariables(t *testing.T) {
	s := newSession(t)
	checkCells(t, s, resultCases([][2]string{
		{"price := 3\nvar qty = 2", ""},
		{"var total = price * qty", ""},
		{"var label string = fmt.Sprint(\"total \", total)", ""},
		{"var (\n\tdouble = total * 2\n\tname = \"n\"\n)\nfunc show() string { return fmt.Sprint(name, double, label) }", ""},
		{"show()", "n12total 6"},
		{"price = 10\ntotal", "6"},
	}))
	// A name no cell declared yet: the declaration waits for it (see
	// pending.go), and a type error is reported at once.
	res, rec := run(t, s, "var broken = price + undefinedQ")
	if res.Err != nil || !strings.Contains(rec.errOut(), "undefinedQ") {
		t.Errorf("an undefined name in such a declaration: %+v, stderr %q", res.Err, rec.errOut())
	}
	res, _ = run(t, s, "var wrong int = price + \"text\"")
	if res.Err == nil || !strings.Contains(strings.Join(res.Err.Traceback, "\n"), "cell line 1, column ") {
		t.Errorf("a type error in such a declaration: %+v", res.Err)
	}
}

// TestNoResultForCompiledMethodsWithout: a cell ending in a call of a
// compiled type's method that returns nothing shows no result (yaegi hands
// back a stale value there).
func TestNoResultForCompiledMethodsWithout(t *testing.T) {
	s := newSession(t)
	run(t, s, "var wg sync.WaitGroup\nvar sb strings.Builder\nsb.WriteString(\"abc\")")
	for _, code := range []string{"wg.Wait()", "sb.Reset()", "var mu sync.Mutex\nmu.Lock()", "mu.Unlock()"} {
		if res, _ := run(t, s, code); res.Err != nil || res.Data != nil {
			t.Errorf("%q: %v, result %q, want none", code, res.Err, text(res))
		}
	}
	if res, _ := run(t, s, "sb.Len()"); text(res) != "0" {
		t.Errorf("sb.Len() = %q after Reset", text(res))
	}
}

// TestReassignFromGenericStandIns: a variable set from a generic
// standard-library function can be set from one again (q = slices.Clone(q)).
func TestReassignFromGenericStandIns(t *testing.T) {
	s := newSession(t)
	checkCells(t, s, resultCases([][2]string{
		{"xs := []int{3, 1, 4, 1, 1}\nq := slices.Clone(xs)", ""},
		{"q = slices.Clone(q)\nslices.Sort(q)\nq = slices.Compact(q)\nq", "[1 3 4]"},
		{"m := maps.Clone(map[string]int{\"a\": 1})\nm = maps.Clone(m)\nlen(m)", "1"},
	}))
}

// TestGenericTypesAtTopLevel: a cell variable set from a generic
// constructor of a cell's generic type (b := NewBox(4)) works at the top
// level (yaegi alone fails with "constant definition loop").
func TestGenericTypesAtTopLevel(t *testing.T) {
	s := newSession(t)
	checkCells(t, s, resultCases([][2]string{
		{"type Box[T any] struct{ v T }\nfunc NewBox[T any](v T) *Box[T] { return &Box[T]{v} }\nfunc (b *Box[T]) Get() T { return b.v }", ""},
		{"b := NewBox(4)", ""},
		{"b.Get() * 10", "40"},
		{"type Pair[K comparable, V any] struct { Key K; Val V }\nfunc MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }", ""},
		{"p := MakePair(\"a\", 1)\nfmt.Sprint(p.Key, p.Val)", "a1"},
	}))
}

// TestInterruptDuringAutoImport: an interrupt that lands while a cell's
// packages are being imported does not leave the import half done (the
// next cell using the package failed with "fmt/_.go redeclared").
func TestInterruptDuringAutoImport(t *testing.T) {
	skipUnderRace(t, "interrupts of running loops (§2)")
	for i := range 60 {
		s := newSession(t)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan engine.Result)
		go func() {
			done <- s.Execute(ctx, engine.Request{Code: "for i := 0; ; i++ {\n\tfmt.Println(i)\n}"}, recOutput{&recorder{}})
		}()
		time.Sleep(time.Duration(i%8) * 250 * time.Microsecond)
		cancel()
		if res := <-done; res.Err == nil || res.Err.Name != "Interrupted" {
			t.Fatalf("round %d: the interrupted cell: %+v, want Interrupted", i, res.Err)
		}
		if s.Broken() {
			t.Fatalf("round %d: the interrupted loop kept running", i)
		}
		if res, r := run(t, s, "fmt.Println(\"after\")"); res.Err != nil || r.out() != "after\n" {
			t.Fatalf("round %d: the next cell: %+v, stdout %q", i, res.Err, r.out())
		}
		s.Close()
	}
}

// resultCases are cells that print nothing, with the results they show
// ("" for none checked).
func resultCases(pairs [][2]string) []cellCase {
	cs := make([]cellCase, len(pairs))
	for i, p := range pairs {
		cs[i] = cellCase{code: p[0], result: p[1]}
	}
	return cs
}

// TestInterruptDuringCompile interrupts a cell while yaegi compiles it (a
// long cell: one block of thousands of statements, a print first). An
// interrupt that lands in the compile ends the cell before any of its code
// runs, and the code never runs later either (it would print under the next
// cell, and race it for the interpreter); the next cell runs as usual.
//
// When the interrupt lands is up to the machine: the test aims it at the
// middle of the cell's time, and aims earlier when the cell was already
// over (a busy machine sleeps longer than asked). Whenever it lands, the
// cell must not print after it returned, and a cell that was not
// interrupted must have run to its end.
func TestInterruptDuringCompile(t *testing.T) {
	skipUnderRace(t, "interrupts of running loops (§2)")
	var b strings.Builder
	b.WriteString("if true {\nfmt.Println(\"started\")\n")
	for i := range 5000 {
		fmt.Fprintf(&b, "x += %d * x %% 7\n", i)
	}
	b.WriteString("fmt.Println(\"finished\", x)\n}\n")
	long := b.String()
	s := newSession(t)
	if res, _ := run(t, s, "import \"fmt\"\nvar x int"); res.Err != nil {
		t.Fatal(res.Err.Value)
	}
	// How long the cell takes here, to aim the interrupt inside it.
	t0 := time.Now()
	if res, r := run(t, s, long); res.Err != nil || !strings.Contains(r.out(), "finished") {
		t.Fatalf("the long cell, uninterrupted: %+v, stdout %q", res.Err, r.out())
	}
	whole := time.Since(t0)
	t.Logf("the long cell takes %v", whole)
	const want = 3 // interrupts that land in the compile
	delay, landed := whole/2, 0
	for try := 0; landed < want && try < 20; try++ {
		ctx, cancel := context.WithCancel(context.Background())
		rec := &recorder{}
		done := make(chan engine.Result)
		go func() { done <- s.Execute(ctx, engine.Request{Code: long}, recOutput{rec}) }()
		time.Sleep(delay)
		cancel()
		res := <-done
		atReturn := rec.out()
		next, r := run(t, s, `fmt.Println("next")`)
		time.Sleep(whole) // time for a compile left running to end and run
		if next.Err != nil || r.out() != "next\n" {
			t.Fatalf("try %d: the next cell: %+v, stdout %q", try, next.Err, r.out())
		}
		if out := rec.out(); out != atReturn {
			t.Fatalf("try %d: the interrupted cell printed %q after it returned", try, strings.TrimPrefix(out, atReturn))
		}
		if s.Broken() {
			t.Fatalf("try %d: the session is broken", try)
		}
		switch {
		case res.Err == nil:
			// The cell was over before the interrupt: it ran whole.
			if !strings.Contains(atReturn, "finished") {
				t.Fatalf("try %d: no error, but the cell did not run to its end: stdout %q", try, atReturn)
			}
			t.Logf("try %d: the interrupt after %v came after the cell's end; aiming earlier", try, delay)
			delay /= 2
		case res.Err.Name != "Interrupted":
			t.Fatalf("try %d: the interrupted cell: %+v, want Interrupted", try, res.Err)
		case atReturn == "":
			landed++ // before the cell's code started: in the compile
		default:
			t.Logf("try %d: the interrupt after %v landed while the code ran; aiming earlier", try, delay)
			delay = delay * 2 / 3
		}
	}
	if landed < want {
		t.Fatalf("only %d of the interrupts landed before the cell's code started", landed)
	}
}
