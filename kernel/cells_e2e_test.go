package kernel_test

// Go cells as a learner writes them, through the real kernel over ZeroMQ:
// mixed cells, whole programs, automatic imports, results, redefinition,
// error positions, crashes and the environment a cell sees. The interp
// package tests each rule in depth in process; these show the same rules
// hold end to end, in the session child process behind the protocol.

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gopad/gopad/kernel/client"
)

// e2eCell is what one execute_request produced.
type e2eCell struct {
	reply  client.ExecuteReply
	stdout string
	stderr string
	result string // text/plain of execute_result ("" when none)
	errors int    // error messages on iopub
}

func e2eRun(t *testing.T, c *client.Client, code string) e2eCell {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var r e2eCell
	var out, errOut strings.Builder
	rep, err := c.Execute(ctx, code, func(m client.Msg) {
		switch m.Header.MsgType {
		case "stream":
			var s struct{ Name, Text string }
			m.Decode(&s)
			if s.Name == "stdout" {
				out.WriteString(s.Text)
			} else {
				errOut.WriteString(s.Text)
			}
		case "execute_result":
			var res struct {
				Data map[string]any `json:"data"`
			}
			m.Decode(&res)
			r.result, _ = res.Data["text/plain"].(string)
		case "error":
			r.errors++
		}
	})
	if err != nil {
		t.Fatalf("execute %q: %v", code, err)
	}
	r.reply, r.stdout, r.stderr = rep, out.String(), errOut.String()
	return r
}

// TestCellsThroughTheKernel runs a learner's sequence of cells in one
// kernel, in order: each step's outcome depends on the ones before it.
func TestCellsThroughTheKernel(t *testing.T) {
	t.Parallel()
	hdSkipShort(t)
	work := t.TempDir()
	c, logs := hdStart(t, client.Options{Dir: work, Env: []string{"GOPAD_E2E_GREETING=hello from the environment"}})
	steps := []struct {
		name, code string
		stdout     string // exact, when set
		result     string // exact text/plain of execute_result; "-" for none
		ename      string // the error's ename, when the cell must fail
		inError    []string
		inStderr   string
	}{
		{name: "mixed declarations and statements, in source order",
			code: "import \"fmt\"\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) Sum() int { return p.X + p.Y }\n\n" +
				"const scale = 10\nvar origin = Point{}\n\np := Point{1, 2}\nfor i := 0; i < 2; i++ {\n\tfmt.Println(\"step\", i)\n}\n" +
				"func double(n int) int { return 2 * n }\n\ndouble(p.Sum()) * scale",
			stdout: "step 0\nstep 1\n", result: "60"},
		{name: "state persists: variables, types and functions of earlier cells",
			code: "q := Point{X: 4}\nq.Sum() + double(origin.X)", result: "4"},
		{name: "a whole program runs its main",
			code:   "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello from main\")\n}",
			stdout: "hello from main\n", result: "-"},
		{name: "importing again is fine; standard library without import",
			code: "import \"fmt\"\nstrings.ToUpper(fmt.Sprint(\"go\"))", result: "GO"},
		{name: "all results of a call", code: "strconv.Atoi(\"7\")", result: "7 <nil>"},
		{name: "println and void calls give no result", code: "fmt.Println(\"printed\")", stdout: "printed\n", result: "-"},
		{name: "declarations only give no result", code: "func greet() string { return \"hi\" }\nfunc hello() string { return greet() + \"!\" }", result: "-"},
		{name: "use", code: "hello()", result: "hi!"},
		{name: "edit and re-run: the new definition wins, also for earlier callers",
			code: "func greet() string { return \"hey\" }", result: "-", inStderr: "greet"},
		{name: "use after the edit", code: "hello()", result: "hey!"},
		{name: "a type redefined with a new field", code: "type Point struct{ X, Y, Z int }\nfunc (p Point) Sum() int { return p.X + p.Y + p.Z }", result: "-"},
		{name: "the new type is used", code: "Point{1, 2, 3}.Sum()", result: "6"},
		{name: "a compile error points at the cell's line and column",
			code: "a := 1\nb := a + undefinedThing\n_ = b", ename: "CompileError",
			inError: []string{"undefined: undefinedThing", "line 2", "b := a + undefinedThing"}},
		{name: "a runtime panic reads like Go's",
			code: "xs := []int{1, 2, 3}\nxs[5] = 1", ename: "runtime.Error",
			inError: []string{"index out of range [5] with length 3", "2 | xs[5] = 1"}},
		{name: "state survives errors", code: "double(21)", result: "42"},
		{name: "the environment and working directory of the kernel",
			code:   "wd, _ := os.Getwd()\nfmt.Println(os.Getenv(\"GOPAD_E2E_GREETING\"))\nfmt.Println(wd)",
			stdout: "hello from the environment\n" + work + "\n", result: "-"},
		{name: "files, the network (loopback) and os/exec",
			code: "import (\"net\"; \"os/exec\")\n" +
				"os.WriteFile(\"note.txt\", []byte(\"saved\"), 0o644)\n" +
				"ln, _ := net.Listen(\"tcp\", \"127.0.0.1:0\")\n" +
				"go func() { conn, _ := ln.Accept(); conn.Write([]byte(\"pong\")); conn.Close() }()\n" +
				"conn, _ := net.Dial(\"tcp\", ln.Addr().String())\nbuf := make([]byte, 4)\nn, _ := conn.Read(buf)\nfmt.Println(string(buf[:n]))\n" +
				"out, err := exec.Command(\"go\", \"env\", \"GOOS\").Output()\nfmt.Println(strings.TrimSpace(string(out)) != \"\", err)",
			stdout: "pong\ntrue <nil>\n", result: "-"},
		{name: "a task started and never awaited is reported when its Run ends",
			code: "import (\"context\"; \"github.com/gopad/gopad/interp/async\")\n" +
				"_, _ = async.Run(func(ctx context.Context) (any, error) {\n" +
				"\tasync.Go(ctx, async.Named(\"forgotten\", func(ctx context.Context) (any, error) { return 1, nil }))\n" +
				"\treturn nil, nil\n})",
			result: "-", inStderr: `task "forgotten" was never awaited`},
		{name: "a panic in a goroutine ends the cell, and the session keeps its state",
			code: "go func() { panic(\"in a goroutine\") }()\ntime.Sleep(2 * time.Second)", ename: "panic",
			inError: []string{"in a goroutine"}},
		{name: "the session is still the same", code: "double(2)", result: "4"},
		{name: "a crash kills the session, not the kernel", code: crashingCell, ename: "SessionCrashed",
			inError: []string{"stack overflow"}},
		{name: "the next cell runs in a fresh session, which says so",
			code: "1 + 1", result: "2", inStderr: "fresh Go session"},
		{name: "the fresh session has none of the old state",
			code: "double(1)", ename: "CompileError", inError: []string{"undefined: double"}},
	}
	for i, s := range steps {
		r := e2eRun(t, c, s.code)
		where := func() string {
			return "step " + s.name + ":\n" + s.code + "\n--- reply " + r.reply.Status + " " + r.reply.EName + ": " + r.reply.EValue +
				"\n--- traceback\n" + strings.Join(r.reply.Traceback, "\n") + "\n--- stdout\n" + r.stdout + "\n--- stderr\n" + r.stderr
		}
		if s.ename != "" {
			if r.reply.Status != "error" || r.reply.EName != s.ename {
				t.Fatalf("want an error %s\n%s", s.ename, where())
			}
			if r.errors != 1 {
				t.Errorf("%d error messages on iopub, want exactly 1\n%s", r.errors, where())
			}
			tb := r.reply.EValue + "\n" + strings.Join(r.reply.Traceback, "\n")
			for _, w := range s.inError {
				if !strings.Contains(tb, w) {
					t.Errorf("the error does not contain %q\n%s", w, where())
				}
			}
			continue
		}
		if r.reply.Status != "ok" {
			t.Fatalf("the cell failed\n%s", where())
		}
		if r.reply.ExecutionCount != i+1 {
			t.Errorf("execution_count %d, want %d\n%s", r.reply.ExecutionCount, i+1, where())
		}
		if s.stdout != "" && r.stdout != s.stdout {
			t.Errorf("stdout %q, want %q\n%s", r.stdout, s.stdout, where())
		}
		switch {
		case s.result == "-" && r.result != "":
			t.Errorf("an execute_result %q where none is expected\n%s", r.result, where())
		case s.result != "-" && s.result != "" && r.result != s.result:
			t.Errorf("execute_result %q, want %q\n%s", r.result, s.result, where())
		}
		if s.inStderr != "" && !strings.Contains(r.stderr, s.inStderr) {
			t.Errorf("stderr does not mention %q\n%s", s.inStderr, where())
		}
	}
	if b, err := os.ReadFile(filepath.Join(work, "note.txt")); err != nil || string(b) != "saved" {
		t.Errorf("the file a cell wrote in its working directory: %q, %v", b, err)
	}
	select {
	case <-c.Exited():
		t.Fatalf("the kernel exited\n%s", logs)
	default:
	}
}

// crashingCell ends its session process: a fatal stack overflow, which no
// recover catches (a goroutine's panic only ends the cell).
const crashingCell = "import \"runtime/debug\"\ndebug.SetMaxStack(1 << 20)\n" +
	"func down(n int, s string) int { return down(n+1, s) + 1 }\ndown(0, \"\")"
