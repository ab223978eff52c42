package remote_test

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gopad/gopad/kernel/engine"
	"github.com/gopad/gopad/kernel/engine/remote"
)

var gopad string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gopad-remote-test-")
	if err != nil {
		panic(err)
	}
	gopad = filepath.Join(dir, "gopad")
	if runtime.GOOS == "windows" {
		gopad += ".exe"
	}
	cmd := exec.Command("go", "build", "-o", gopad, "github.com/gopad/gopad")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		panic("building gopad: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type output struct {
	mu     sync.Mutex
	stdout bytes.Buffer
	stderr bytes.Buffer
}

type writer struct {
	o   *output
	err bool
}

func (w writer) Write(p []byte) (int, error) {
	w.o.mu.Lock()
	defer w.o.mu.Unlock()
	if w.err {
		return w.o.stderr.Write(p)
	}
	return w.o.stdout.Write(p)
}

func (o *output) Stdout() io.Writer                { return writer{o, false} }
func (o *output) Stderr() io.Writer                { return writer{o, true} }
func (o *output) Display(engine.DisplayData) error { return nil }
func (o *output) ClearOutput(bool) error           { return nil }
func (o *output) Input(context.Context, string, bool) (string, error) {
	return "typed", nil
}

func (o *output) text() (string, string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.stdout.String(), o.stderr.String()
}

func exec1(s *remote.Supervisor, code string) (engine.Result, *output) {
	o := &output{}
	return s.Execute(context.Background(), engine.Request{Code: code, AllowStdin: true}, o), o
}

// interruptAfter runs code in s, interrupts it wait after ready first
// reports true (the cell runs: not a fixed time after Execute began, which
// on a busy machine can land in the cell's imports or compile), and
// returns its result and how long it took to end after the interrupt.
func interruptAfter(t *testing.T, s *remote.Supervisor, code string, ready func(*output) bool, wait time.Duration) (engine.Result, time.Duration) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan engine.Result, 1)
	o := &output{}
	go func() { done <- s.Execute(ctx, engine.Request{Code: code}, o) }()
	for deadline := time.Now().Add(60 * time.Second); !ready(o); time.Sleep(5 * time.Millisecond) {
		select {
		case res := <-done:
			stdout, stderr := o.text()
			t.Fatalf("the cell ended before it was interrupted: %+v, stdout %.200q, stderr %.200q", res.Err, stdout, stderr)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("the cell was not running 60 s after it was sent")
		}
	}
	time.Sleep(wait)
	start := time.Now()
	cancel()
	select {
	case res := <-done:
		return res, time.Since(start)
	case <-time.After(remote.Grace + 10*time.Second):
		t.Fatal("the interrupted cell never ended")
		return engine.Result{}, 0
	}
}

// printed is ready once the cell's stdout has text.
func printed(o *output) bool {
	stdout, _ := o.text()
	return stdout != ""
}

// sessionPid returns the process id of s's session process.
func sessionPid(t *testing.T, s *remote.Supervisor) int {
	t.Helper()
	res, _ := exec1(s, "import \"os\"\nos.Getpid()")
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	pid, err := strconv.Atoi(res.Data["text/plain"].(string))
	if err != nil {
		t.Fatal(err)
	}
	return pid
}

// selfStopped is ready once process pid is stopped, where /proc tells
// (elsewhere, half a second after it is first asked).
func selfStopped(pid int) func(*output) bool {
	var first time.Time
	return func(*output) bool {
		b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil {
			if first.IsZero() {
				first = time.Now()
			}
			return time.Since(first) > 500*time.Millisecond
		}
		// pid (comm) state ...: the state follows the last ')'.
		f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
		return len(f) > 0 && f[0] == "T"
	}
}

// stopSelf is a cell that stops its own session process (SIGSTOP), as a
// process wedged in native code would look.
const stopSelf = "import (\"os\"; \"os/exec\"; \"strconv\")\nexec.Command(\"kill\", \"-STOP\", strconv.Itoa(os.Getpid())).Run()"

// TestSessionSurvivesCrashes checks that each way a cell can kill a Go
// process ends in an explained error, and the next cell runs in a fresh
// session that says so.
func TestSessionSurvivesCrashes(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	s := remote.NewSupervisor([]string{gopad, "session"}, nil)
	defer s.Close()
	crashes := []struct{ name, code, want string }{
		// (A panic in a goroutine literal ends the cell, not the session:
		// TestGoroutinePanicKeepsSession.)
		// Interpreted (package native would compile down(n int) and report
		// the runaway recursion as an error).
		{"stack overflow", "func down(n int, s string) int { return down(n+1, s) + 1 }\ndown(0, \"\")", "stack overflow"},
		{"concurrent map writes", "m := map[int]int{}\nfor i := 0; i < 8; i++ { go func() { for j := 0; ; j++ { m[j%100] = j } }() }\nimport \"time\"\ntime.Sleep(5*time.Second)", "concurrent map"},
		// A terabyte: the operating system refuses it (unless it overcommits
		// without limit), and Go's out-of-memory error is fatal.
		{"out of memory", "b := make([]byte, 1<<40)\nb[len(b)-1] = 1", "out of memory"},
	}
	for _, c := range crashes {
		t.Run(c.name, func(t *testing.T) {
			if c.name == "out of memory" {
				if b, err := os.ReadFile("/proc/sys/vm/overcommit_memory"); err != nil || strings.TrimSpace(string(b)) == "1" {
					t.Skip("this system may grant a terabyte (vm.overcommit_memory is not the heuristic mode)")
				}
			}
			if res, _ := exec1(s, "before := 1"); res.Err != nil {
				t.Fatalf("setup: %v", res.Err)
			}
			res, _ := exec1(s, c.code)
			if res.Err == nil || res.Err.Name != "SessionCrashed" || !strings.Contains(res.Err.Value+strings.Join(res.Err.Traceback, "\n"), c.want) {
				t.Fatalf("got %+v, want a SessionCrashed error mentioning %q", res.Err, c.want)
			}
			res, o := exec1(s, "1 + 1")
			if res.Err != nil || res.Data["text/plain"] != "2" {
				t.Fatalf("next cell: %+v", res)
			}
			if _, stderr := o.text(); !strings.Contains(stderr, "fresh Go session") {
				t.Errorf("no notice of the restart: %q", stderr)
			}
			if res, _ := exec1(s, "before"); res.Err == nil {
				t.Errorf("state survived a crash?")
			}
		})
	}
}

// TestInterruptOfBlockedNativeCall: a cell stuck in a compiled call that
// ignores cancellation (a native sleep) is interrupted at once, the session
// keeps its state, and the next cell runs.
func TestInterruptOfBlockedNativeCall(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	s := remote.NewSupervisor([]string{gopad, "session"}, nil)
	defer s.Close()
	if res, _ := exec1(s, "kept := 3"); res.Err != nil {
		t.Fatal(res.Err)
	}
	// A native sleep: a compiled function value called through reflection.
	res, took := interruptAfter(t, s, "import (\"fmt\"; \"time\")\nf := time.Sleep\nfmt.Println(\"sleeping\")\nf(time.Minute)", printed, 300*time.Millisecond)
	if res.Err == nil || res.Err.Name != "Interrupted" {
		t.Fatalf("got %+v, want Interrupted", res.Err)
	}
	if strings.Contains(res.Err.Value, "replaced") {
		t.Fatalf("interrupt after %v: the session was replaced instead of interrupted: %s", took, res.Err.Value)
	}
	t.Logf("interrupt returned after %v", took)
	if res, _ := exec1(s, "kept * 2"); res.Err != nil || res.Data["text/plain"] != "6" {
		t.Fatalf("next cell (state kept): %+v", res)
	}
}

// TestGraceReplacesAnUnresponsiveSession: when the session process cannot
// honour an interrupt at all (here it stopped itself with SIGSTOP, as a
// process wedged in native code would look), the supervisor waits
// remote.Grace, replaces it, says so under the cell, and the next cell runs
// in a fresh session that says so too.
func TestGraceReplacesAnUnresponsiveSession(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	if runtime.GOOS == "windows" {
		t.Skip("uses kill -STOP")
	}
	if _, err := exec.LookPath("kill"); err != nil {
		t.Skip("no kill command")
	}
	s := remote.NewSupervisor([]string{gopad, "session"}, nil)
	defer s.Close()
	if res, _ := exec1(s, "before := 1"); res.Err != nil {
		t.Fatal(res.Err)
	}
	res, took := interruptAfter(t, s, stopSelf, selfStopped(sessionPid(t, s)), 0)
	if res.Err == nil || res.Err.Name != "Interrupted" || !strings.Contains(res.Err.Value, "replaced") {
		t.Fatalf("got %+v, want Interrupted saying the session was replaced", res.Err)
	}
	if took < remote.Grace {
		t.Errorf("the session was replaced after %v, before the %v grace period", took, remote.Grace)
	}
	res, o := exec1(s, "1 + 1")
	if res.Err != nil || res.Data["text/plain"] != "2" {
		t.Fatalf("next cell: %+v", res)
	}
	if _, stderr := o.text(); !strings.Contains(stderr, "fresh Go session") {
		t.Errorf("no notice of the new session: %q", stderr)
	}
	if res, _ := exec1(s, "before"); res.Err == nil {
		t.Errorf("the old session's state is still there: it was not replaced")
	}
}

// TestOutputAndInput checks that output and input cross the process
// boundary, including writes to the child's real standard output.
func TestOutputAndInput(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	s := remote.NewSupervisor([]string{gopad, "session"}, nil)
	defer s.Close()
	res, o := exec1(s, "import (\"fmt\"; \"os\")\nfmt.Println(\"hello\")\nfmt.Fprintln(os.Stderr, \"warn\")\nvar name string\nfmt.Scanln(&name)\nfmt.Println(\"got\", name)")
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	stdout, stderr := o.text()
	if stdout != "hello\ngot typed\n" || stderr != "warn\n" {
		t.Fatalf("stdout %q stderr %q", stdout, stderr)
	}
	c := s.Complete(context.Background(), "fmt.Sprin", 9)
	if strings.Join(c.Matches, ",") != "Sprint,Sprintf,Sprintln" {
		t.Errorf("completion across the boundary: %+v", c)
	}
	if st, _ := s.IsComplete("func f() {"); st != "incomplete" {
		t.Errorf("is_complete: %q", st)
	}
}

// TestRunawayAfterInterrupt checks that code which keeps printing after an
// interrupt (here a compiled io.Copy that cannot be cancelled) does not
// print into the next cells: the session is replaced.
func TestRunawayAfterInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	s := remote.NewSupervisor([]string{gopad, "session"}, nil)
	defer s.Close()
	// The session runs first: an interrupt while it starts ends the cell
	// before it ran (see TestRequestsDuringASlowStart).
	if res, _ := exec1(s, "1"); res.Err != nil {
		t.Fatal(res.Err)
	}
	res, _ := interruptAfter(t, s, "import (\"crypto/rand\"; \"io\"; \"os\"; \"testing/iotest\")\nio.Copy(os.Stdout, iotest.OneByteReader(rand.Reader))", printed, 300*time.Millisecond)
	if res.Err == nil || res.Err.Name != "Interrupted" {
		t.Fatalf("got %+v, want Interrupted", res.Err)
	}
	res, o := exec1(s, "import \"fmt\"\nfmt.Println(\"clean\")")
	stdout, stderr := o.text()
	if res.Err != nil || stdout != "clean\n" {
		t.Fatalf("next cell: %v stdout %q", res.Err, stdout)
	}
	if !strings.Contains(stderr, "fresh Go session") {
		t.Errorf("no notice of the new session: %q", stderr)
	}
}

// BenchmarkExecute measures a trivial cell through the supervisor and the
// session process: against interp's BenchmarkExecute (the same cell in
// process) it is the cost of the process boundary.
func BenchmarkExecute(b *testing.B) {
	s := remote.NewSupervisor([]string{gopad, "session"}, nil)
	defer s.Close()
	if res, _ := exec1(s, "1+1"); res.Err != nil {
		b.Fatal(res.Err.Value)
	}
	for b.Loop() {
		if res, _ := exec1(s, "1+1"); res.Err != nil {
			b.Fatal(res.Err.Value)
		}
	}
}

// TestResetIsAFreshSession: %reset gives what a restart gives. A goroutine
// an earlier cell left ticking prints nothing into the cells after it, a
// directory changed with os.Chdir is back to the one the session started in,
// and variables are gone; code after %reset in the same cell runs in the new
// session.
func TestResetIsAFreshSession(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	start, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	s := remote.NewSupervisor([]string{gopad, "session"}, nil)
	defer s.Close()
	res, _ := exec1(s, "import (\"fmt\"; \"os\"; \"time\")\nx := 41\ngo func() { for { fmt.Println(\"tick\"); time.Sleep(10 * time.Millisecond) } }()\nos.Chdir(os.TempDir())\ntime.Sleep(50 * time.Millisecond)")
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	res, o := exec1(s, "%reset\n\ny := 2\ny * 3")
	if res.Err != nil || res.Data["text/plain"] != "6" {
		t.Fatalf("%%reset then code: %+v", res)
	}
	if _, stderr := o.text(); !strings.Contains(stderr, "reset") {
		t.Errorf("no word of the reset: %q", stderr)
	}
	res, o = exec1(s, "import (\"fmt\"; \"os\"; \"time\")\ntime.Sleep(200 * time.Millisecond)\nwd, _ := os.Getwd()\nfmt.Println(wd)")
	stdout, stderr := o.text()
	if res.Err != nil || stdout != start+"\n" {
		t.Fatalf("after %%reset: %v, stdout %q (want only the starting directory %q), stderr %q", res.Err, stdout, start, stderr)
	}
	if strings.Contains(stderr, "fresh Go session") {
		t.Errorf("a reset is not a crash: %q", stderr)
	}
	if res, _ := exec1(s, "x"); res.Err == nil {
		t.Errorf("x survived %%reset: %+v", res)
	}
	if res, _ := exec1(s, "y"); res.Err != nil || res.Data["text/plain"] != "2" {
		t.Errorf("y, declared after %%reset in the same cell: %+v", res)
	}
}

// goPaths lists the gopad-gopath-* folders in dir.
func goPaths(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, "gopad-gopath-*"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestGoPathFoldersAreRemoved: the session's temporary GOPATH goes with its
// process, however the process ends: a crash, a kill after an ignored
// interrupt, and the kernel's shutdown. After %reset the new process takes
// it over.
func TestGoPathFoldersAreRemoved(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	t.Setenv("TMP", tmp) // Windows
	s := remote.NewSupervisor([]string{gopad, "session"}, nil)
	defer s.Close()
	check := func(when string, want int) {
		t.Helper()
		if got := goPaths(t, tmp); len(got) != want {
			t.Errorf("%s: %d gopad-gopath folders %v, want %d", when, len(got), got, want)
		}
	}
	if res, _ := exec1(s, "1"); res.Err != nil {
		t.Fatal(res.Err)
	}
	check("a session running", 1)
	res, _ := exec1(s, "func down(n int, s string) int { return down(n+1, s) + 1 }\ndown(0, \"\")")
	if res.Err == nil || res.Err.Name != "SessionCrashed" {
		t.Fatalf("crash: %+v", res.Err)
	}
	check("after a crash", 0)
	exec1(s, "1")
	check("the next session", 1)
	if runtime.GOOS != "windows" {
		if res, _ := interruptAfter(t, s, stopSelf, selfStopped(sessionPid(t, s)), 0); res.Err == nil || !strings.Contains(res.Err.Value, "replaced") {
			t.Fatalf("ignored interrupt: %+v", res.Err)
		}
		check("after a kill", 0)
		exec1(s, "1")
	}
	before := goPaths(t, tmp)
	exec1(s, "%reset")
	check("after %reset", 1)
	if after := goPaths(t, tmp); len(before) != 1 || len(after) != 1 || before[0] != after[0] {
		t.Errorf("%%reset: folders %v before, %v after; want the same one (what %%go get fetched stays)", before, after)
	}
	s.Close()
	check("after Close", 0)
}

// TestStaleGoPathFoldersRemovedAtStart: a kernel starting up removes the
// gopad-gopath-* folders whose owner is gone, and old ones that name no
// owner, and keeps the others.
func TestStaleGoPathFoldersRemovedAtStart(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	t.Setenv("TMP", tmp)
	dead := exec.Command(gopad, "version")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	mk := func(name, owner string, age time.Duration) string {
		dir := filepath.Join(tmp, name)
		if err := os.MkdirAll(filepath.Join(dir, "src"), 0o755); err != nil {
			t.Fatal(err)
		}
		if owner != "" {
			if err := os.WriteFile(filepath.Join(dir, remote.OwnerFile), []byte(owner+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		old := time.Now().Add(-age)
		if err := os.Chtimes(dir, old, old); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	deadOwner := mk("gopad-gopath-dead", strconv.Itoa(dead.Process.Pid), 0)
	liveOwner := mk("gopad-gopath-live", strconv.Itoa(os.Getpid()), 72*time.Hour)
	oldOrphan := mk("gopad-gopath-old", "", 72*time.Hour)
	newOrphan := mk("gopad-gopath-new", "", time.Minute)
	other := mk("someone-else", strconv.Itoa(dead.Process.Pid), 72*time.Hour)

	s := remote.NewSupervisor([]string{gopad, "session"}, nil)
	defer s.Close()
	s.Start()
	exists := func(dir string) bool { _, err := os.Stat(dir); return err == nil }
	deadline := time.Now().Add(10 * time.Second)
	for (exists(deadOwner) || exists(oldOrphan)) && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	for dir, want := range map[string]bool{deadOwner: false, oldOrphan: false, liveOwner: true, newOrphan: true, other: true} {
		if exists(dir) != want {
			t.Errorf("%s exists: %v, want %v", filepath.Base(dir), !want, want)
		}
	}
}

// TestMemoryLimit: past GOPAD_MEMORY_LIMIT a cell fails with a
// SessionCrashed error that names the limit, and the next cell runs in a
// fresh session.
func TestMemoryLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	t.Setenv("GOPAD_MEMORY_LIMIT", "200M")
	s := remote.NewSupervisor([]string{gopad, "session"}, nil)
	defer s.Close()
	cells := map[string]string{
		// 1 GB, each page written.
		"allocations": "var keep [][]byte\nfor i := 0; i < 1024; i++ {\n\tb := make([]byte, 1<<20)\n\tfor j := 0; j < len(b); j += 4096 { b[j] = 1 }\n\tkeep = append(keep, b)\n}\nprintln(\"survived\", len(keep))",
		// About 10 KB a sleeping interpreted goroutine.
		"goroutines": "import \"time\"\nfor i := 0; i < 100000; i++ { go func() { time.Sleep(time.Hour) }() }\nprintln(\"survived\")",
	}
	for name, code := range cells {
		t.Run(name, func(t *testing.T) {
			if res, _ := exec1(s, "before := 1"); res.Err != nil {
				t.Fatal(res.Err)
			}
			res, _ := exec1(s, code)
			if res.Err == nil || res.Err.Name != "SessionCrashed" || res.Err.Value != "out of memory (limit 200M)" {
				t.Fatalf("got %+v, want SessionCrashed: out of memory (limit 200M)", res.Err)
			}
			res, o := exec1(s, "1 + 1")
			if res.Err != nil || res.Data["text/plain"] != "2" {
				t.Fatalf("next cell: %+v", res)
			}
			if _, stderr := o.text(); !strings.Contains(stderr, "fresh Go session") {
				t.Errorf("no notice of the new session: %q", stderr)
			}
			if res, _ := exec1(s, "before"); res.Err == nil {
				t.Errorf("state survived: the session was not replaced")
			}
		})
	}
}
