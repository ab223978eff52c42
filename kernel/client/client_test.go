package client_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gopad/gopad/kernel"
	"github.com/gopad/gopad/kernel/client"
	"github.com/gopad/gopad/kernel/engine"
	"github.com/gopad/gopad/kernel/wire"
)

// The test binary doubles as the kernel process: with GOPAD_FAKE_KERNEL=1 it
// serves the real kernel.Kernel with a fake engine on the connection file
// given as its only argument.
func TestMain(m *testing.M) {
	if os.Getenv("GOPAD_FAKE_KERNEL") == "1" {
		os.Exit(fakeKernelMain(os.Args[len(os.Args)-1]))
	}
	os.Exit(m.Run())
}

func fakeKernelMain(connFile string) int {
	ci, err := wire.ReadConnectionFile(connFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	if takeShellPort(os.Getenv("GOPAD_FAKE_KERNEL_TAKE_PORT"), ci.ShellPort) {
		defer fmt.Fprintln(os.Stderr, "took the shell port")
	}
	k, err := kernel.New(kernel.Config{
		Conn: ci, Engine: fakeEngine{}, Version: "test",
		Info:   engine.Info{Name: "go", Version: "test", Mimetype: "text/x-go", FileExtension: ".go"},
		Logger: slog.New(slog.NewTextHandler(os.Stderr, nil)),
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	if err := k.Run(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Fprintln(os.Stderr, fakeKernelExited)
	return 0
}

// takeShellPort binds the shell port before the kernel can, as another
// process on a busy machine might, when marker is "always", or names a file
// that does not exist yet (it is then created: only the first start loses
// its port).
func takeShellPort(marker string, port int) bool {
	if marker == "" {
		return false
	}
	if marker != "always" {
		f, err := os.OpenFile(marker, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil {
			return false
		}
		f.Close()
	}
	l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		return false
	}
	_ = l // held until the process exits
	return true
}

// fakeKernelExited is what the fake kernel writes to its stderr when it
// returns from Run by itself.
const fakeKernelExited = "fake kernel: Run returned"

type fakeEngine struct{}

func (fakeEngine) Execute(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
	switch req.Code {
	case "print":
		fmt.Fprintln(out.Stdout(), "printed")
		fmt.Fprintln(out.Stderr(), "warned")
		return engine.Result{}
	case "fail":
		return engine.Result{Err: &engine.Error{Name: "E", Value: "it failed", Traceback: []string{"tb"}}}
	case "block":
		select {
		case <-ctx.Done():
			return engine.Result{Err: &engine.Error{Name: "Interrupted", Value: ctx.Err().Error()}}
		case <-time.After(20 * time.Second):
			return engine.Result{}
		}
	case "ask":
		name, err := out.Input(ctx, "name? ", false)
		if err != nil {
			return engine.Result{Err: &engine.Error{Name: "InputError", Value: err.Error()}}
		}
		fmt.Fprintf(out.Stdout(), "hello %s\n", name)
		return engine.Result{}
	case "die":
		os.Exit(3)
	}
	return engine.Result{Data: map[string]any{"text/plain": "=" + req.Code}}
}

func (fakeEngine) Complete(context.Context, string, int) engine.Completion {
	return engine.Completion{}
}
func (fakeEngine) Inspect(context.Context, string, int, int) engine.Inspection {
	return engine.Inspection{}
}
func (fakeEngine) IsComplete(string) (string, string) { return "complete", "" }
func (fakeEngine) Close() error                       { return nil }

type lockedBuffer struct {
	mu sync.Mutex
	sb strings.Builder
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.sb.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.sb.String()
}

func start(t *testing.T) *client.Client {
	t.Helper()
	return startWith(t, nil)
}

func startWith(t *testing.T, input func(string, bool) string) *client.Client {
	t.Helper()
	c, _ := startLogged(t, input)
	return c
}

// startLogged starts the fake kernel and returns its stderr too.
func startLogged(t *testing.T, input func(string, bool) string) (*client.Client, *lockedBuffer) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	stderr := &lockedBuffer{}
	c, err := client.Start(ctx, client.Options{
		Argv:         []string{os.Args[0], "{connection_file}"},
		Env:          []string{"GOPAD_FAKE_KERNEL=1"},
		Stderr:       stderr,
		InputHandler: input,
	})
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		select {
		case <-c.Exited():
		default:
			c.Kill()
		}
		if t.Failed() {
			t.Logf("kernel stderr:\n%s", stderr)
		}
	})
	return c, stderr
}

type collected struct {
	types  []string
	stdout string
	stderr string
}

func collect(out *collected) func(client.Msg) {
	return func(m client.Msg) {
		t := m.Header.MsgType
		switch t {
		case "status":
			var s struct {
				State string `json:"execution_state"`
			}
			m.Decode(&s)
			t += ":" + s.State
		case "stream":
			var s struct{ Name, Text string }
			m.Decode(&s)
			if s.Name == "stdout" {
				out.stdout += s.Text
			} else {
				out.stderr += s.Text
			}
		}
		out.types = append(out.types, t)
	}
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestExecute(t *testing.T) {
	c := start(t)
	ctx := ctxT(t)
	var got collected
	rep, err := c.Execute(ctx, "print", collect(&got))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Status != "ok" || rep.ExecutionCount != 1 {
		t.Errorf("reply = %+v", rep)
	}
	if got.stdout != "printed\n" || got.stderr != "warned\n" {
		t.Errorf("streams = %q / %q", got.stdout, got.stderr)
	}
	if n := len(got.types); n < 3 || got.types[0] != "status:busy" || got.types[1] != "execute_input" || got.types[n-1] != "status:idle" {
		t.Errorf("iopub = %v", got.types)
	}

	got = collected{}
	rep, err = c.Execute(ctx, "1 + 1", collect(&got))
	if err != nil {
		t.Fatal(err)
	}
	if rep.ExecutionCount != 2 || !strings.Contains(strings.Join(got.types, " "), "execute_result") {
		t.Errorf("second cell: reply %+v, iopub %v", rep, got.types)
	}

	rep, err = c.Execute(ctx, "fail", nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Status != "error" || rep.EName != "E" || rep.EValue != "it failed" || len(rep.Traceback) != 1 {
		t.Errorf("error reply = %+v", rep)
	}
	if err := c.Heartbeat(ctx); err != nil {
		t.Errorf("Heartbeat: %v", err)
	}
}

func TestInput(t *testing.T) {
	var mu sync.Mutex // the handler runs on the client's stdin goroutine
	var prompts []string
	c := startWith(t, func(prompt string, password bool) string {
		mu.Lock()
		defer mu.Unlock()
		prompts = append(prompts, prompt)
		return "gopher"
	})
	ctx := ctxT(t)
	var got collected
	rep, err := c.Execute(ctx, "ask", collect(&got))
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if rep.Status != "ok" || got.stdout != "hello gopher\n" || len(prompts) != 1 || prompts[0] != "name? " {
		t.Errorf("reply %+v, stdout %q, prompts %q", rep, got.stdout, prompts)
	}
}

// Without an InputHandler the client sends allow_stdin false: the cell's
// Input fails instead of hanging.
func TestInputWithoutHandler(t *testing.T) {
	c := start(t)
	rep, err := c.Execute(ctxT(t), "ask", nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Status != "error" || rep.EName != "InputError" || !strings.Contains(rep.EValue, "input is not available") {
		t.Errorf("input without a handler: %+v", rep)
	}
}

func TestInterrupt(t *testing.T) {
	c := start(t)
	ctx := ctxT(t)
	started := make(chan struct{})
	type result struct {
		rep client.ExecuteReply
		err error
	}
	done := make(chan result, 1)
	go func() {
		rep, err := c.Execute(ctx, "block", func(m client.Msg) {
			if m.Header.MsgType == "execute_input" {
				close(started)
			}
		})
		done <- result{rep, err}
	}()
	<-started
	t0 := time.Now()
	if err := c.Interrupt(ctx); err != nil {
		t.Fatalf("Interrupt: %v", err)
	}
	r := <-done
	if r.err != nil || r.rep.Status != "error" || r.rep.EName != "Interrupted" {
		t.Errorf("interrupted cell: %+v, %v", r.rep, r.err)
	}
	t.Logf("the cell ended %v after the interrupt", time.Since(t0).Round(time.Millisecond))
	// Still usable.
	if rep, err := c.Execute(ctx, "x", nil); err != nil || rep.Status != "ok" {
		t.Errorf("after interrupt: %+v, %v", rep, err)
	}
}

func TestShutdown(t *testing.T) {
	c, stderr := startLogged(t, nil)
	dir := filepath.Dir(c.ConnectionFile())
	if _, err := os.Stat(c.ConnectionFile()); err != nil {
		t.Fatalf("connection file: %v", err)
	}
	t0 := time.Now()
	if err := c.Shutdown(ctxT(t)); err != nil {
		t.Errorf("Shutdown: %v", err)
	}
	select {
	case <-c.Exited():
	default:
		t.Fatal("Shutdown returned before the process exited")
	}
	// The client kills a kernel that does not exit by itself: only one
	// that returned from Run says so.
	if !strings.Contains(stderr.String(), fakeKernelExited) {
		t.Errorf("the kernel did not exit by itself (killed after the client's grace period); its stderr:\n%s", stderr)
	}
	t.Logf("shutdown took %v", time.Since(t0).Round(time.Millisecond))
	if code := c.Process(); code == nil {
		t.Error("no process")
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("connection file folder left behind: %v", err)
	}
}

func TestKernelDeathIsReported(t *testing.T) {
	c := start(t)
	ctx := ctxT(t)
	t0 := time.Now()
	_, err := c.Execute(ctx, "die", nil)
	if err == nil || errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "died") {
		t.Errorf("Execute on a dying kernel: err = %v, want a kernel-died error", err)
	}
	t.Logf("death noticed after %v", time.Since(t0).Round(time.Millisecond))
}

func TestStartErrors(t *testing.T) {
	ctx := ctxT(t)
	if _, err := client.Start(ctx, client.Options{}); err == nil {
		t.Error("Start with no command succeeded")
	}
	if _, err := client.Start(ctx, client.Options{Argv: []string{filepath.Join(t.TempDir(), "no-such-kernel")}}); err == nil {
		t.Error("Start with a missing binary succeeded")
	}
	t0 := time.Now()
	_, err := client.Start(ctx, client.Options{Argv: []string{"/bin/sh", "-c", "exit 7"}, Stderr: io.Discard})
	if err == nil || !strings.Contains(err.Error(), "exited") {
		t.Errorf("Start with a kernel that exits at once: err = %v", err)
	}
	t.Logf("noticed the exit after %v", time.Since(t0).Round(time.Millisecond))
}

// TestStartPicksNewPortsWhenOneIsTaken: another process takes one of the
// connection file's ports before the kernel binds it. Start tries again
// with new ports and connects; a port that is always taken ends in an error
// that says so.
func TestStartPicksNewPortsWhenOneIsTaken(t *testing.T) {
	marker := filepath.Join(t.TempDir(), "taken")
	// Each Start may start the kernel up to three times: a bound on hangs
	// that a busy machine running -race does not reach.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := client.Start(ctx, client.Options{
		Argv: []string{os.Args[0], "{connection_file}"},
		Env:  []string{"GOPAD_FAKE_KERNEL=1", "GOPAD_FAKE_KERNEL_TAKE_PORT=" + marker},
	})
	if err != nil {
		t.Fatalf("Start after a taken port: %v", err)
	}
	defer c.Kill()
	if _, err := os.Stat(marker); err != nil {
		t.Fatalf("the first kernel did not take its port: %v", err)
	}
	var out collected
	if _, err := c.Execute(ctx, "print", collect(&out)); err != nil || out.stdout != "printed\n" {
		t.Errorf("after the retry: stdout = %q, err = %v", out.stdout, err)
	}

	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Minute)
	defer cancel2()
	_, err = client.Start(ctx2, client.Options{
		Argv: []string{os.Args[0], "{connection_file}"},
		Env:  []string{"GOPAD_FAKE_KERNEL=1", "GOPAD_FAKE_KERNEL_TAKE_PORT=always"},
	})
	if err == nil || !strings.Contains(err.Error(), "address already in use") && !strings.Contains(err.Error(), "taken") {
		t.Errorf("Start with a port always taken: err = %v, want one that names the taken port", err)
	}
}

// BenchmarkRoundTrip measures an execute request through the real kernel
// (with a fake engine that answers at once) and this client: reply and
// idle status received. It is the kernel's share of a trivial cell.
func BenchmarkRoundTrip(b *testing.B) {
	ctx := context.Background()
	c, err := client.Start(ctx, client.Options{
		Argv: []string{os.Args[0], "{connection_file}"},
		Env:  []string{"GOPAD_FAKE_KERNEL=1"},
	})
	if err != nil {
		b.Fatal(err)
	}
	defer c.Kill()
	for b.Loop() {
		if _, err := c.Execute(ctx, "1+1", nil); err != nil {
			b.Fatal(err)
		}
	}
}
