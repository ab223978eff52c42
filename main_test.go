package main

// End-to-end tests of the gopad command as a user runs it: `gopad run` on
// notebooks written here (failures, raises-exception, --timeout, --inplace,
// live output) and `gopad kernel` with bad connection files.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	gopadBin  string
	buildErr  error
)

// gopadCmd builds gopad once for the package's tests.
func gopadCmd(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds gopad and starts kernels")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "gopad-main-test-")
		if err != nil {
			buildErr = err
			return
		}
		gopadBin = filepath.Join(dir, "gopad")
		if runtime.GOOS == "windows" {
			gopadBin += ".exe"
		}
		out, err := exec.Command("go", "build", "-o", gopadBin, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return gopadBin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if gopadBin != "" {
		os.RemoveAll(filepath.Dir(gopadBin))
	}
	os.Exit(code)
}

// cell is a code cell of a test notebook.
type cell struct {
	src  string
	tags []string
}

// writeNotebook writes an nbformat 4.5 notebook of code cells (and one
// markdown heading) and returns its path.
func writeNotebook(t *testing.T, dir, name string, cells ...cell) string {
	t.Helper()
	nbCells := []map[string]any{{
		"cell_type": "markdown", "id": "head", "metadata": map[string]any{}, "source": "# " + name,
	}}
	for i, c := range cells {
		md := map[string]any{}
		if len(c.tags) > 0 {
			md["tags"] = c.tags
		}
		nbCells = append(nbCells, map[string]any{
			"cell_type": "code", "id": fmt.Sprintf("c%d", i), "metadata": md,
			"source": c.src, "outputs": []any{}, "execution_count": nil,
		})
	}
	nb := map[string]any{
		"nbformat": 4, "nbformat_minor": 5, "cells": nbCells,
		"metadata": map[string]any{
			"kernelspec":    map[string]any{"name": "gopad", "display_name": "Go (gopad)", "language": "go"},
			"language_info": map[string]any{"name": "go"},
		},
	}
	b, err := json.MarshalIndent(nb, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// runGopad runs gopad with args and returns its exit code, stdout and stderr.
func runGopad(t *testing.T, timeout time.Duration, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(gopadCmd(t), args...)
	cmd.Env = append(os.Environ(), "JUPYTER_DATA_DIR="+t.TempDir())
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(timeout):
		cmd.Process.Kill()
		<-done
		t.Fatalf("gopad %s did not end within %v\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), timeout, &stdout, &stderr)
	}
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, stdout.String(), stderr.String()
}

// TestRunStopsAtAnUnexpectedError: an error in a cell without the
// raises-exception tag ends `gopad run` with status 1, naming the notebook
// and the cell; later cells do not run. A tagged error does not stop it.
func TestRunStopsAtAnUnexpectedError(t *testing.T) {
	dir := t.TempDir()
	nb := writeNotebook(t, dir, "bad.ipynb",
		cell{src: `fmt.Println("before")`},
		cell{src: `panic("on purpose")`, tags: []string{"raises-exception"}},
		cell{src: "var xs []int\nxs[3] = 1"},
		cell{src: `fmt.Println("after")`},
	)
	code, stdout, stderr := runGopad(t, 2*time.Minute, "run", nb)
	if code != 1 {
		t.Fatalf("exit status %d, want 1\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	// Cell 4 of the notebook's 5 (the markdown heading is cell 1).
	if !strings.Contains(stderr, "bad.ipynb, cell 4") || !strings.Contains(stderr, "index out of range") {
		t.Errorf("stderr does not name the notebook, the cell and the error:\n%s", stderr)
	}
	if !strings.Contains(stdout, "before") || !strings.Contains(stdout, "on purpose") {
		t.Errorf("the cells before the error (and the tagged one) did not show their output:\n%s", stdout)
	}
	if strings.Contains(stdout, "after") {
		t.Errorf("a cell after the unexpected error ran:\n%s", stdout)
	}
	// The transcript: the notebook's name, each cell's number and first
	// line, then its output.
	for _, want := range []string{"═══ bad.ipynb ═══", "In [1]: fmt.Println(\"before\")\nbefore\n", "In [2]: panic(\"on purpose\")", "In [3]: var xs []int"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the transcript lacks %q:\n%s", want, stdout)
		}
	}
}

// TestRunAllowErrors: with --allow-errors, as nbconvert's option, every
// cell runs; the errors are kept in the cells' outputs (with --inplace) and
// listed at the end, and the exit status is 1. The next notebook runs too.
func TestRunAllowErrors(t *testing.T) {
	dir := t.TempDir()
	nb := writeNotebook(t, dir, "a.ipynb",
		cell{src: "var xs []int\nxs[3] = 1"},
		cell{src: `fmt.Println("after the first error")`},
		cell{src: `panic("second")`},
	)
	nb2 := writeNotebook(t, dir, "b.ipynb", cell{src: `fmt.Println("next notebook")`})
	code, stdout, stderr := runGopad(t, 2*time.Minute, "run", "--allow-errors", "--inplace", nb, nb2)
	if code != 1 {
		t.Fatalf("exit status %d, want 1\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	for _, want := range []string{"after the first error", "next notebook"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("a cell after an error did not run (no %q):\n%s", want, stdout)
		}
	}
	for _, want := range []string{"2 cell(s) failed", "a.ipynb, cell 2", "index out of range", "a.ipynb, cell 4", "second"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	b, err := os.ReadFile(nb)
	if err != nil {
		t.Fatal(err)
	}
	var saved struct {
		Cells []struct {
			Outputs []map[string]any `json:"outputs"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(b, &saved); err != nil {
		t.Fatal(err)
	}
	var enames []any
	for _, c := range saved.Cells {
		for _, o := range c.Outputs {
			if o["output_type"] == "error" {
				enames = append(enames, o["ename"])
			}
		}
	}
	if len(enames) != 2 {
		t.Errorf("the notebook keeps %d error outputs (%v), want 2", len(enames), enames)
	}
}

// TestRunTimeout: --timeout interrupts a cell that runs too long, and the run
// fails saying so, long before the cell would have ended.
func TestRunTimeout(t *testing.T) {
	dir := t.TempDir()
	nb := writeNotebook(t, dir, "slow.ipynb",
		cell{src: `time.Sleep(time.Minute)`},
		cell{src: `fmt.Println("after")`},
	)
	gopadCmd(t) // the build is not part of the run
	start := time.Now()
	// The cell sleeps a minute: a run that ends before it did was ended by
	// the timeout, which its message confirms.
	code, stdout, stderr := runGopad(t, 50*time.Second, "run", "--timeout", "2s", nb)
	if code != 1 || !strings.Contains(stderr, "slow.ipynb, cell 2") || !strings.Contains(stderr, "timed out after 2s") {
		t.Fatalf("exit status %d; stderr:\n%s\nstdout:\n%s", code, stderr, stdout)
	}
	t.Logf("the timed-out run took %v", time.Since(start).Round(time.Millisecond))
}

// TestRunInPlace: --inplace stores each cell's fresh outputs and execution
// count in the notebook, as nbformat has them.
func TestRunInPlace(t *testing.T) {
	dir := t.TempDir()
	nb := writeNotebook(t, dir, "store.ipynb",
		cell{src: `fmt.Println("hello, file")`},
		cell{src: `6 * 7`},
	)
	if code, stdout, stderr := runGopad(t, 2*time.Minute, "run", "--inplace", nb); code != 0 {
		t.Fatalf("exit status %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	b, err := os.ReadFile(nb)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Cells []struct {
			CellType       string `json:"cell_type"`
			ExecutionCount *int   `json:"execution_count"`
			Outputs        []struct {
				OutputType string         `json:"output_type"`
				Name       string         `json:"name"`
				Text       any            `json:"text"`
				Data       map[string]any `json:"data"`
			} `json:"outputs"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("the written notebook is not JSON: %v", err)
	}
	if len(got.Cells) != 3 {
		t.Fatalf("%d cells written back, want 3", len(got.Cells))
	}
	c1, c2 := got.Cells[1], got.Cells[2]
	if c1.ExecutionCount == nil || *c1.ExecutionCount != 1 || c2.ExecutionCount == nil || *c2.ExecutionCount != 2 {
		t.Errorf("execution counts not stored: %s", b)
	}
	if len(c1.Outputs) != 1 || c1.Outputs[0].OutputType != "stream" || c1.Outputs[0].Name != "stdout" ||
		joined(c1.Outputs[0].Text) != "hello, file\n" {
		t.Errorf("cell 1 outputs: %+v", c1.Outputs)
	}
	if len(c2.Outputs) != 1 || c2.Outputs[0].OutputType != "execute_result" || joined(c2.Outputs[0].Data["text/plain"]) != "42" {
		t.Errorf("cell 2 outputs: %+v", c2.Outputs)
	}
}

// joined is nbformat's multi-line text: a string or a list of lines.
func joined(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case []any:
		var b strings.Builder
		for _, l := range v {
			s, _ := l.(string)
			b.WriteString(s)
		}
		return b.String()
	}
	return fmt.Sprintf("%#v", v)
}

// TestRunIsLive: a line printed before a pause reaches gopad run's terminal
// during the pause, not when the cell ends. The cell waits (up to 30 s) for
// a file that the test creates only once it has read the first line: held
// back to the cell's end, the line would come after the wait gave up.
func TestRunIsLive(t *testing.T) {
	dir := t.TempDir()
	seen := filepath.Join(dir, "seen")
	nb := writeNotebook(t, dir, "live.ipynb",
		cell{src: fmt.Sprintf("fmt.Println(\"first\")\nwaited := false\n"+
			"for i := 0; i < 3000 && !waited; i++ {\n\t_, err := os.Stat(%q)\n\twaited = err == nil\n\ttime.Sleep(10 * time.Millisecond)\n}\n"+
			"fmt.Println(\"second\", waited)", seen)},
	)
	cmd := exec.Command(gopadCmd(t), "run", nb)
	cmd.Env = append(os.Environ(), "JUPYTER_DATA_DIR="+t.TempDir())
	pr, pw := io.Pipe()
	cmd.Stdout = pw
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { pw.CloseWithError(cmd.Wait()) }()
	var lines []string
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "first" {
			if err := os.WriteFile(seen, nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if l == "first" || strings.HasPrefix(l, "second") {
			lines = append(lines, l)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("gopad run: %v\n%s", err, &stderr)
	}
	if want := []string{"first", "second true"}; !slices.Equal(lines, want) {
		t.Errorf("lines %q, want %q: \"second false\" means the first line was held back until the cell ended\nstderr:\n%s", lines, want, &stderr)
	}
}

// TestKernelBadConnectionFile: a missing, unreadable or malformed connection
// file is a one-line error and exit status 1, not a panic.
func TestKernelBadConnectionFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"shell_port": 5`), 0o600)
	noKey := filepath.Join(dir, "ports.json")
	os.WriteFile(noKey, []byte(`{"transport": "tcp", "ip": "127.0.0.1", "shell_port": "x"}`), 0o600)
	dirAsFile := filepath.Join(dir, "folder")
	os.Mkdir(dirAsFile, 0o700)
	for name, path := range map[string]string{
		"missing": filepath.Join(dir, "nope.json"), "malformed": bad, "wrong types": noKey, "a folder": dirAsFile,
	} {
		code, _, stderr := runGopad(t, 30*time.Second, "kernel", path)
		if code != 1 {
			t.Errorf("%s: exit status %d, want 1; stderr:\n%s", name, code, stderr)
		}
		if !strings.HasPrefix(stderr, "gopad kernel: ") || !strings.Contains(stderr, filepath.Base(path)) {
			t.Errorf("%s: stderr does not name the file: %q", name, stderr)
		}
		if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") {
			t.Errorf("%s: the kernel panicked:\n%s", name, stderr)
		}
	}
}

// TestKernelWarnsOfAReadableKey: a connection file that other users can
// read (mode 0644) makes the kernel warn on stderr that they could run
// code in it; the kernel still starts.
func TestKernelWarnsOfAReadableKey(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("file modes")
	}
	file := writeConnectionFile(t, 0o644)
	stderr := startKernelProcess(t, file, "GOPAD_LOG=info")
	waitFor(t, stderr.String, "kernel started")
	if !strings.Contains(stderr.String(), "can be read by other users") {
		t.Errorf("no warning about the readable key:\n%s", stderr.String())
	}
	if !strings.Contains(stderr.String(), "kernel started") {
		t.Errorf("the kernel did not start:\n%s", stderr.String())
	}
}

// TestKernelLogToFile: GOPAD_LOG=info:file writes the kernel's log to
// gopad-NAME.log in Jupyter's runtime directory, and nothing to stderr but
// warnings.
func TestKernelLogToFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("file modes")
	}
	file := writeConnectionFile(t, 0o644)
	runtimeDir := t.TempDir()
	stderr := startKernelProcess(t, file, "GOPAD_LOG=info:file", "JUPYTER_RUNTIME_DIR="+runtimeDir)
	logPath := filepath.Join(runtimeDir, "gopad-"+strings.TrimSuffix(filepath.Base(file), ".json")+".log")
	readLog := func() string { b, _ := os.ReadFile(logPath); return string(b) }
	waitFor(t, readLog, "kernel started")
	if !strings.Contains(readLog(), "level=INFO msg=\"kernel started\"") {
		t.Errorf("%s does not have the kernel's INFO line:\n%s", logPath, readLog())
	}
	if !strings.Contains(readLog(), "can be read by other users") {
		t.Errorf("%s does not have the warning:\n%s", logPath, readLog())
	}
	if s := stderr.String(); s != "" {
		t.Errorf("with the log in a file, stderr has:\n%s", s)
	}
}

func TestParseLogSpec(t *testing.T) {
	for _, c := range []struct {
		in     string
		level  slog.Level
		toFile bool
		bad    bool
	}{
		{"", slog.LevelWarn, false, false},
		{"info", slog.LevelInfo, false, false},
		{"DEBUG", slog.LevelDebug, false, false},
		{"debug:file", slog.LevelDebug, true, false},
		{"file", slog.LevelWarn, true, false},
		{"error", slog.LevelError, false, false},
		{"loud", slog.LevelWarn, false, true},
	} {
		got, err := parseLogSpec(c.in)
		if (err != nil) != c.bad || got.level != c.level || got.toFile != c.toFile {
			t.Errorf("parseLogSpec(%q) = %+v, %v; want level %v, file %v, error %v", c.in, got, err, c.level, c.toFile, c.bad)
		}
	}
}

// writeConnectionFile writes a connection file with free ports and a key,
// with the given file mode.
func writeConnectionFile(t *testing.T, mode os.FileMode) string {
	t.Helper()
	var ports []int
	for range 5 {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ports = append(ports, ln.Addr().(*net.TCPAddr).Port)
		ln.Close() // free again for the kernel
	}
	file := filepath.Join(t.TempDir(), "kernel-open.json")
	b, _ := json.Marshal(map[string]any{
		"transport": "tcp", "ip": "127.0.0.1", "key": "a-secret", "signature_scheme": "hmac-sha256",
		"shell_port": ports[0], "iopub_port": ports[1], "stdin_port": ports[2], "control_port": ports[3], "hb_port": ports[4],
	})
	if err := os.WriteFile(file, b, mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(file, mode); err != nil { // whatever the umask
		t.Fatal(err)
	}
	return file
}

// startKernelProcess starts `gopad kernel FILE` with env added; the test's
// cleanup kills it. It returns the kernel's stderr.
func startKernelProcess(t *testing.T, file string, env ...string) *syncBuf {
	t.Helper()
	cmd := exec.Command(gopadCmd(t), "kernel", file)
	cmd.Env = append(append(os.Environ(), "JUPYTER_DATA_DIR="+t.TempDir(), "GOPAD_LOG=", "GOPAD_DEBUG="), env...)
	stderr := new(syncBuf)
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return stderr
}

// waitFor waits up to 10 s for text() to contain want.
func waitFor(t *testing.T, text func() string, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) && !strings.Contains(text(), want) {
		time.Sleep(20 * time.Millisecond)
	}
}

// syncBuf is a bytes.Buffer safe for a process's writes and the test's reads.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
