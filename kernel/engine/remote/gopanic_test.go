package remote_test

import (
	"strings"
	"testing"

	"github.com/gopad/gopad/kernel/engine/remote"
)

// TestGoroutinePanicKeepsSession: a panic in a goroutine a cell started
// ends that cell with the panic (a Go program would exit), and the session
// process, with its variables, goes on.
func TestGoroutinePanicKeepsSession(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	s := remote.NewSupervisor([]string{gopad, "session"}, nil)
	defer s.Close()
	if res, _ := exec1(s, "before := 1"); res.Err != nil {
		t.Fatalf("setup: %v", res.Err)
	}
	res, _ := exec1(s, "done := make(chan bool)\ngo func() { panic(\"in goroutine\") }()\n<-done")
	if res.Err == nil || res.Err.Name == "SessionCrashed" || !strings.Contains(res.Err.Value, "in goroutine") {
		t.Fatalf("got %+v, want the goroutine's panic as the cell's error", res.Err)
	}
	if res, _ := exec1(s, "before + 1"); res.Err != nil || res.Data["text/plain"] != "2" {
		t.Fatalf("after the panic: %+v, want the session's variable", res)
	}
}
