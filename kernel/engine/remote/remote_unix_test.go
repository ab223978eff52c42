//go:build unix

package remote_test

import (
	"context"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gopad/gopad/kernel/engine"
	"github.com/gopad/gopad/kernel/engine/remote"
)

// TestHealthCheckReplacesAStoppedSession: a session process stopped from
// outside (SIGSTOP) while no cell runs: the next cell gets an error that
// says why within a few seconds, not silence, and the cell after it runs in
// a fresh session.
func TestHealthCheckReplacesAStoppedSession(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	s := remote.NewSupervisor([]string{gopad, "session"}, nil)
	defer s.Close()
	res, _ := exec1(s, "import \"os\"\nos.Getpid()")
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	pid, err := strconv.Atoi(res.Data["text/plain"].(string))
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	defer syscall.Kill(pid, syscall.SIGKILL)
	waitStopped(t, pid)
	done := make(chan engine.Result, 1)
	start := time.Now()
	go func() { done <- s.Execute(context.Background(), engine.Request{Code: "1 + 1"}, &output{}) }()
	select {
	case res = <-done:
	case <-time.After(remote.HealthDeadline + 20*time.Second):
		syscall.Kill(pid, syscall.SIGKILL)
		t.Fatal("a cell sent to a stopped session got no answer")
	}
	t.Logf("answered after %v", time.Since(start))
	if res.Err == nil || res.Err.Name != "SessionUnresponsive" || !strings.Contains(res.Err.Value, "stopped answering") {
		t.Fatalf("got %+v, want SessionUnresponsive saying it stopped answering", res.Err)
	}
	if res, _ := exec1(s, "1 + 1"); res.Err != nil || res.Data["text/plain"] != "2" {
		t.Fatalf("next cell: %+v", res)
	}
}

// waitStopped waits until the process pid is stopped, where /proc tells
// (the signal takes effect asynchronously).
func waitStopped(t *testing.T, pid int) {
	t.Helper()
	stat := "/proc/" + strconv.Itoa(pid) + "/stat"
	if _, err := os.Stat(stat); err != nil {
		time.Sleep(100 * time.Millisecond) // no /proc: give the signal a moment
		return
	}
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		b, err := os.ReadFile(stat)
		if err != nil {
			t.Fatal(err)
		}
		// pid (comm) state ...: the state follows the last ')'.
		if f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:])); len(f) > 0 && f[0] == "T" {
			return
		}
	}
	t.Fatalf("process %d is not stopped 5 s after SIGSTOP", pid)
}

// TestLongCellsAreNotKilled: a cell that sleeps or computes for longer than
// the health check's deadline is not mistaken for a wedged process.
func TestLongCellsAreNotKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	s := remote.NewSupervisor([]string{gopad, "session"}, nil)
	defer s.Close()
	long := strconv.Itoa(int((remote.HealthDeadline + 2*time.Second) / time.Millisecond))
	for name, code := range map[string]string{
		"sleep": "import \"time\"\ntime.Sleep(" + long + " * time.Millisecond)\n\"done\"",
		"busy":  "import \"time\"\nend := time.Now().Add(" + long + " * time.Millisecond)\nn := 0\nfor time.Now().Before(end) { n++ }\n\"done\"",
	} {
		res, _ := exec1(s, code)
		if res.Err != nil || res.Data["text/plain"] != "done" {
			t.Errorf("%s: %+v", name, res)
		}
	}
}
