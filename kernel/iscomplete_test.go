package kernel_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/gopad/gopad/kernel"
	"github.com/gopad/gopad/kernel/engine"
)

// slowIsComplete is code on which the fake engine's IsComplete takes 3 s.
const slowIsComplete = "slow is_complete"

// isCompleteWithin sends is_complete_request for code and returns its reply,
// failing the test unless it comes within limit: jupyter console waits 1 s,
// then stops asking the kernel for the rest of the session.
func isCompleteWithin(t *testing.T, tk *testKernel, code string, limit time.Duration) kernel.IsCompleteReply {
	t.Helper()
	start := time.Now()
	id := tk.send("shell", "is_complete_request", map[string]any{"code": code})
	m, ok := tk.waitFor("shell", 10*time.Second, func(m rxMsg) bool { return m.parentID() == id })
	took := time.Since(start)
	t.Logf("is_complete %q answered in %v", code, took)
	if !ok {
		t.Fatalf("is_complete %q: no reply within 10 s", code)
	}
	if took > limit {
		t.Errorf("is_complete %q answered after %v; jupyter console gives up after 1 s", code, took)
	}
	var rep kernel.IsCompleteReply
	json.Unmarshal(m.Content, &rep)
	return rep
}

// TestIsCompleteWhileACellRuns: the console asks is_complete when Enter is
// pressed, also while a cell still runs (jupyter console 6.4 shows its
// prompt again after Ctrl-C without interrupting anything), and right after
// an interrupt. The kernel answers at once, and publishes no idle status
// that would end the running cell for a frontend.
func TestIsCompleteWhileACellRuns(t *testing.T) {
	release := make(chan struct{})
	tk := startKernel(t, map[string]cellFunc{
		"busy": func(ctx context.Context, _ engine.Request, _ engine.Output) engine.Result {
			<-release // ignores interrupts, as a blocked native call does
			return engine.Result{}
		},
	})
	cell := tk.sendExecute("busy", nil)
	time.Sleep(100 * time.Millisecond)
	if rep := isCompleteWithin(t, tk, "for {", 2*time.Second); rep.Status != "incomplete" {
		t.Errorf("is_complete while a cell runs = %+v, want incomplete", rep)
	}
	tk.waitReply("control", tk.send("control", "interrupt_request", map[string]any{}))
	if rep := isCompleteWithin(t, tk, "x := 1", 2*time.Second); rep.Status != "complete" {
		t.Errorf("is_complete right after an interrupt = %+v, want complete", rep)
	}
	if ms := tk.iopubFor(cell); len(ms) > 0 && isIdle(ms[len(ms)-1]) {
		t.Errorf("the running cell got an idle status: %v", types(ms))
	}
	close(release)
	tk.waitReply("shell", cell)
	tk.iopubUntilIdle(cell)
	// Idle again, is_complete goes the usual way, with its statuses.
	id := tk.send("shell", "is_complete_request", map[string]any{"code": "x := 1"})
	tk.waitReply("shell", id)
	tk.iopubUntilIdle(id)
}

// TestIsCompleteSlowEngine: an engine that cannot answer in time (a session
// process being replaced) gets "unknown" sent for it, on which the console
// runs the line.
func TestIsCompleteSlowEngine(t *testing.T) {
	tk := startKernel(t, nil)
	if rep := isCompleteWithin(t, tk, slowIsComplete, 2*time.Second); rep.Status != "unknown" {
		t.Errorf("is_complete with a slow engine = %+v, want unknown", rep)
	}
}
