package kernel_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gopad/gopad/kernel"
)

// TestHistoryFile checks that cells added to a history (saved in the
// background) are all in its file once it is closed, in order, and that
// the next session, reading the file, numbers itself after them.
func TestHistoryFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "history.jsonl")
	h := kernel.NewHistory(file)
	for i := 1; i <= 200; i++ {
		h.Add(i, fmt.Sprintf("x%d := %d", i, i))
	}
	h.Close()
	next := kernel.NewHistory(file)
	got := next.Query(kernel.HistoryRequest{HistAccessType: "range", Session: -1, Start: 1})
	if len(got) != 200 {
		t.Fatalf("the next session reads %d cells of the last one, want 200", len(got))
	}
	for i, e := range got {
		if e[0] != 1 || e[1] != i+1 || e[2] != fmt.Sprintf("x%d := %d", i+1, i+1) {
			t.Fatalf("entry %d = %v, want [1 %d x%d := %d]", i, e, i+1, i+1, i+1)
		}
	}
}

// TestHistorySavedWhileRunning checks that cells reach the history file
// soon after they ran, without waiting for the kernel to close it (a kernel
// that is killed keeps its history but for the last moment).
func TestHistorySavedWhileRunning(t *testing.T) {
	file := filepath.Join(t.TempDir(), "history.jsonl")
	h := kernel.NewHistory(file)
	defer h.Close()
	for i := 1; i <= 3; i++ {
		h.Add(i, fmt.Sprintf("cell%d()", i))
		time.Sleep(time.Duration(i) * 30 * time.Millisecond)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		b, _ := os.ReadFile(file)
		if n := strings.Count(string(b), "\n"); n == 3 && strings.Contains(string(b), `"cell3()"`) {
			return
		} else if time.Now().After(deadline) {
			t.Fatalf("after 30 s the history file holds %d lines, want 3:\n%s", n, b)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestHistoryFileReplaced checks that a kernel's cells reach the history
// file after another kernel, starting, replaced the file with a shorter
// copy (it trims a file of more than twice maxHistory entries).
func TestHistoryFileReplaced(t *testing.T) {
	file := filepath.Join(t.TempDir(), "history.jsonl")
	a := kernel.NewHistory(file)
	a.Add(1, "a-first()")
	waitForLine(t, file, `"a-first()"`)
	var b strings.Builder
	for i := range 20001 {
		fmt.Fprintf(&b, "{\"session\":1,\"line\":%d,\"input\":\"old%d\"}\n", i+1, i)
	}
	f, err := os.OpenFile(file, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(b.String())
	f.Close()
	other := kernel.NewHistory(file) // trims the file
	other.Query(kernel.HistoryRequest{HistAccessType: "tail", N: 1})
	other.Close()
	a.Add(2, "a-second()")
	a.Close()
	waitForLine(t, file, `"a-second()"`)
}

// waitForLine waits up to 30 s for file to hold want.
func waitForLine(t *testing.T, file, want string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		b, _ := os.ReadFile(file)
		if strings.Contains(string(b), want) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the history file (%d bytes) does not hold %s after 30 s", len(b), want)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
