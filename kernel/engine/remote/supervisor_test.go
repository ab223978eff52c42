package remote

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gopad/gopad/kernel/engine"
)

// The test binary doubles as a fake session process: with envFake set it
// plays the child named by its value instead of running the tests.
const (
	envFake    = "GOPAD_REMOTE_FAKE"     // "noresult" or "hold"
	envFakeDir = "GOPAD_REMOTE_FAKE_DIR" // for "hold": where it says started and waits for release
)

func init() {
	switch os.Getenv(envFake) {
	case "":
		return
	case "noresult":
		fakeNoResult()
	case "hold":
		dir := os.Getenv(envFakeDir)
		os.WriteFile(filepath.Join(dir, "started"), nil, 0o644)
		for {
			if _, err := os.Stat(filepath.Join(dir, "release")); err == nil {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		if err := Serve(echo{}); err != nil {
			os.Exit(1)
		}
	}
	os.Exit(0)
}

// fakeNoResult says hello, then answers every cell with a result frame
// that carries no result.
func fakeNoResult() {
	nc, err := net.Dial("tcp", os.Getenv(envAddr))
	if err != nil {
		os.Exit(1)
	}
	c := newConn(nc)
	c.send(0, &helloMsg{Token: os.Getenv(envToken)})
	for {
		f, err := c.recv()
		if err != nil {
			os.Exit(0)
		}
		switch f.Msg.(type) {
		case *executeMsg:
			c.send(f.ID, &resultMsg{})
		case *pingMsg:
			c.send(f.ID, &pongMsg{})
		}
	}
}

// echo is an engine whose cells' value is their code.
type echo struct{}

func (echo) Execute(_ context.Context, req engine.Request, _ engine.Output) engine.Result {
	return engine.Result{Data: map[string]any{"text/plain": req.Code}}
}
func (echo) Complete(_ context.Context, code string, cursor int) engine.Completion {
	return engine.Completion{Matches: []string{code + "!"}, CursorStart: 0, CursorEnd: cursor}
}
func (echo) Inspect(context.Context, string, int, int) engine.Inspection { return engine.Inspection{} }
func (echo) IsComplete(string) (string, string)                          { return "complete", "" }
func (echo) Close() error                                                { return nil }

type discard struct{}

func (discard) Stdout() io.Writer                { return io.Discard }
func (discard) Stderr() io.Writer                { return io.Discard }
func (discard) Display(engine.DisplayData) error { return nil }
func (discard) ClearOutput(bool) error           { return nil }
func (discard) Input(context.Context, string, bool) (string, error) {
	return "", engine.ErrNoStdin
}

// syncBuffer is a log destination safe for the supervisor's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// TestResultFrameWithoutResult: a child that answers a cell with a result
// frame carrying no result gives the cell a ProtocolError and a line in
// the kernel's log; the kernel does not crash and the next cell is
// answered the same way.
func TestResultFrameWithoutResult(t *testing.T) {
	t.Setenv(envFake, "noresult")
	var logs syncBuffer
	s := NewSupervisor([]string{os.Args[0]}, slog.New(slog.NewTextHandler(&logs, nil)))
	defer s.Close()
	for range 2 {
		res := s.Execute(context.Background(), engine.Request{Code: "1"}, discard{})
		if res.Err == nil || res.Err.Name != engine.ErrProtocol || res.Data != nil {
			t.Fatalf("got %+v, want a %s", res, engine.ErrProtocol)
		}
	}
	if !strings.Contains(logs.String(), "protocol error") {
		t.Errorf("nothing logged: %q", logs.String())
	}
}

// holdStart starts a supervisor whose child waits, before it connects,
// until release is called. It returns once the child process runs.
func holdStart(t *testing.T) (s *Supervisor, release func()) {
	t.Helper()
	dir := t.TempDir()
	t.Setenv(envFake, "hold")
	t.Setenv(envFakeDir, dir)
	s = NewSupervisor([]string{os.Args[0]}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	s.Start()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if _, err := os.Stat(filepath.Join(dir, "started")); err == nil {
			break
		}
		if time.Now().After(deadline) {
			s.Close()
			t.Fatal("the session process never started")
		}
	}
	return s, func() { os.WriteFile(filepath.Join(dir, "release"), nil, 0o644) }
}

// startUnderWay reports whether s is still starting a child.
func startUnderWay(s *Supervisor) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.starting != nil && !isDone(s.starting.done)
}

// TestRequestsDuringASlowStart: while a session process is slow to
// connect, an interrupted cell and a cancelled completion return at once
// (they do not queue behind the start), and once the process connects the
// next cell runs in it.
func TestRequestsDuringASlowStart(t *testing.T) {
	s, release := holdStart(t)
	defer s.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res := s.Execute(ctx, engine.Request{Code: "x"}, discard{})
	if res.Err == nil || res.Err.Name != engine.ErrInterrupted {
		t.Errorf("interrupted cell during the start: %+v", res)
	}
	if c := s.Complete(ctx, "fm", 2); len(c.Matches) != 0 || c.CursorStart != 2 {
		t.Errorf("cancelled completion during the start: %+v", c)
	}
	if in := s.Inspect(ctx, "fm", 2, 0); in.Found {
		t.Errorf("cancelled inspection during the start: %+v", in)
	}
	if !startUnderWay(s) {
		t.Fatal("the start ended before the requests returned: they waited for it")
	}
	release()
	res = s.Execute(context.Background(), engine.Request{Code: "after"}, discard{})
	if res.Err != nil || res.Data["text/plain"] != "after" {
		t.Errorf("cell after the start: %+v", res)
	}
	if c := s.Complete(context.Background(), "fm", 2); len(c.Matches) != 1 || c.Matches[0] != "fm!" {
		t.Errorf("completion after the start: %+v", c)
	}
}

// TestCloseDuringASlowStart: Close abandons a start under way and ends its
// process, without waiting for it to connect; later cells are refused.
func TestCloseDuringASlowStart(t *testing.T) {
	s, _ := holdStart(t)
	s.mu.Lock()
	st := s.starting
	s.mu.Unlock()
	if st == nil {
		t.Fatal("no start under way")
	}
	s.Close()
	if !isDone(st.done) || st.err == nil || st.ch != nil {
		t.Fatalf("after Close the start is still under way or gave a child: err %v", st.err)
	}
	res := s.Execute(context.Background(), engine.Request{Code: "x"}, discard{})
	if res.Err == nil || res.Err.Name != engine.ErrSession {
		t.Errorf("cell after Close: %+v", res)
	}
}
