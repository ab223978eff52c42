package kernel_test

// Tests against Debian's Jupyter stack (jupyter_client, jupyter_kernel_test,
// nbconvert/nbclient), driving a freshly built gopad through a kernelspec in
// a temporary Jupyter directory. The Python side lives in
// testdata/conformance; each script also runs by hand, see its docstring.
//
// The tests skip when /usr/bin/python3 or a Python module is missing, and
// fail instead when CI=true. They are skipped in -short mode.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// jtPython is Debian's interpreter: the python3 first on PATH may be another
// one that cannot see Debian's Jupyter packages.
const jtPython = "/usr/bin/python3"

// jtGopad builds gopad once per test binary into build/jupyter/ (the
// .gitignored build folder of the module) and returns the binary's path.
func jtGopad(t *testing.T) string {
	t.Helper()
	return hdGopad(t) // one build of gopad serves every test of the package
}

// jtNeed skips the test when ok is false, or fails it when CI=true.
func jtNeed(t *testing.T, ok bool, format string, args ...any) {
	t.Helper()
	if ok {
		return
	}
	msg := fmt.Sprintf(format, args...)
	if os.Getenv("CI") == "true" {
		t.Fatal("CI=true: " + msg)
	}
	t.Skip(msg)
}

// jtRequire checks for Debian's python3 and the given Python modules.
func jtRequire(t *testing.T, mods ...string) {
	t.Helper()
	if testing.Short() {
		t.Skip("Jupyter end-to-end test: skipped in -short mode")
	}
	_, err := os.Stat(jtPython)
	jtNeed(t, err == nil, "%s not found (Debian's python3 with its Jupyter packages)", jtPython)
	for _, m := range mods {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		err := exec.CommandContext(ctx, jtPython, "-c", "import "+m).Run()
		cancel()
		jtNeed(t, err == nil, "%s cannot import %s (apt-get install python3-%s)", jtPython, m,
			strings.ReplaceAll(m, "_", "-"))
	}
}

// jtEnv writes a kernelspec "gopad" for the built binary into a fresh
// Jupyter directory and returns the environment for the scripts, with every
// Jupyter directory pointing into it, never at the user's installation.
func jtEnv(t *testing.T) (env []string, bin string) {
	t.Helper()
	bin = jtGopad(t)
	root := t.TempDir()
	spec := map[string]any{
		"argv":           []string{bin, "kernel", "{connection_file}"},
		"display_name":   "Go (gopad)",
		"language":       "go",
		"interrupt_mode": "message",
		"metadata":       map[string]any{"debugger": false},
	}
	b, err := json.MarshalIndent(spec, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	specDir := filepath.Join(root, "kernels", "gopad")
	for _, d := range []string{specDir, filepath.Join(root, "config"), filepath.Join(root, "runtime")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(specDir, "kernel.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	drop := map[string]bool{"PYTHONPATH": true, "PYTHONHOME": true, "VIRTUAL_ENV": true,
		"JUPYTER_PATH": true, "JUPYTER_DATA_DIR": true, "JUPYTER_CONFIG_DIR": true,
		"JUPYTER_RUNTIME_DIR": true, "JUPYTER_CONFIG_PATH": true, "GOPAD_BIN": true}
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); !drop[k] {
			env = append(env, kv)
		}
	}
	env = append(env,
		"JUPYTER_PATH="+root,
		"JUPYTER_DATA_DIR="+root,
		"JUPYTER_CONFIG_DIR="+filepath.Join(root, "config"),
		"JUPYTER_RUNTIME_DIR="+filepath.Join(root, "runtime"),
		"GOPAD_JUPYTER_DIR="+root,
		"PYTHONDONTWRITEBYTECODE=1",
		"PYTHONUNBUFFERED=1",
		"PYDEVD_DISABLE_FILE_VALIDATION=1",
	)
	return env, bin
}

// jtRun runs a Python script in testdata/conformance with a timeout, in its
// own process group, and returns its output; the test fails with that
// output when the script fails or times out. Kernels left running by the
// script (jupyter_client starts them in a session of their own) are killed.
func jtRun(t *testing.T, timeout time.Duration, args ...string) string {
	t.Helper()
	env, bin := jtEnv(t)
	dir, err := filepath.Abs(filepath.Join("testdata", "conformance"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, jtPython, args...)
	cmd.Dir = dir
	cmd.Env = env
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	start := time.Now()
	err = cmd.Run()
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	if n := jtKillKernels(bin, env); n > 0 {
		t.Logf("killed %d gopad kernel(s) left running", n)
	}
	text := out.String()
	what := jtPython + " " + strings.Join(args, " ")
	if ctx.Err() != nil {
		t.Fatalf("%s: timed out after %v; output:\n%s", what, timeout, text)
	}
	if err != nil {
		t.Fatalf("%s failed after %.1f s: %v; output:\n%s", what, time.Since(start).Seconds(), err, text)
	}
	return text
}

// jtKillKernels kills the kernels running bin whose connection file lies in
// the Jupyter folder of env (so only this test's kernels: tests run in
// parallel) and returns how many it found. Their session processes end
// with them.
func jtKillKernels(bin string, env []string) int {
	if runtime.GOOS != "linux" {
		return 0
	}
	var root string
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "GOPAD_JUPYTER_DIR="); ok {
			root = v
		}
	}
	procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	n := 0
	for _, p := range procs {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		argv0, _, _ := bytes.Cut(b, []byte{0})
		if string(argv0) != bin || root == "" || !bytes.Contains(b, []byte(root+string(filepath.Separator))) {
			continue
		}
		pid, err := strconv.Atoi(filepath.Base(filepath.Dir(p)))
		if err != nil || pid == os.Getpid() {
			continue
		}
		if syscall.Kill(pid, syscall.SIGKILL) == nil {
			n++
		}
	}
	return n
}

// TestConformance runs jupyter_kernel_test's suite (and gopad's extra
// protocol checks) in testdata/conformance/test_gopad.py.
func TestConformance(t *testing.T) {
	t.Parallel()
	jtRequire(t, "jupyter_client", "jupyter_kernel_test")
	out := jtRun(t, 4*time.Minute, "-m", "unittest", "-v", "test_gopad")
	t.Log("\n" + out)
}

// TestNbconvertExecute executes testdata/notebooks/basics.ipynb with
// "jupyter nbconvert --execute" and checks its outputs.
func TestNbconvertExecute(t *testing.T) {
	t.Parallel()
	jtRequire(t, "jupyter_client", "nbformat", "nbclient", "nbconvert")
	_, err := os.Stat("/usr/bin/jupyter")
	jtNeed(t, err == nil, "/usr/bin/jupyter not found (apt-get install jupyter-nbconvert)")
	out := jtRun(t, 4*time.Minute, "check_nbconvert.py")
	t.Log(strings.TrimSpace(out))
}

// TestStreamArrivesLive checks that a cell's output lines reach the client
// as they are printed, not at the end of the cell: the cell waits for the
// client to have each line before it prints the next.
func TestStreamArrivesLive(t *testing.T) {
	t.Parallel()
	jtRequire(t, "jupyter_client")
	out := jtRun(t, 2*time.Minute, "stream_timing.py")
	t.Log("\n" + out)
}

// TestNewClientGetsItsFirstStatus: clients that connect iopub and shell
// together and ask at once (JupyterLab through jupyter_server) receive
// their request's busy and idle statuses, each of forty.
func TestNewClientGetsItsFirstStatus(t *testing.T) {
	t.Parallel()
	jtRequire(t, "jupyter_client", "zmq")
	out := jtRun(t, 3*time.Minute, "first_status.py")
	t.Log(strings.TrimSpace(out))
}
