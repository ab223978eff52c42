package kernel_test

import (
	"fmt"
	"path/filepath"
	"testing"

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
