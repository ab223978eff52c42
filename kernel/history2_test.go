package kernel_test

import (
	"fmt"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/gopad/gopad/kernel"
)

// TestHistoryQueriesAsIPykernel asks the forms of history_request that
// clients send of a history of two sessions (a, b, c before; d, e, f, g
// now), and expects what ipykernel 6.17 with IPython 8.5 answered for the
// same cells on this machine: tail with n gives the last n (n < 0 drops
// the -n oldest, a slice in IPython), ranges count from the current session
// (reported as session 0, and a negative start or stop counts from its
// end), search with n gives the last n matches. Two answers differ, for
// jupyter_kernel_test's sake: the current session asked by its number is
// reported by its number, and a search without n (0) gives every match.
func TestHistoryQueriesAsIPykernel(t *testing.T) {
	file := filepath.Join(t.TempDir(), "history.jsonl")
	before := kernel.NewHistory(file)
	for i, c := range []string{"a", "b", "c"} {
		before.Add(i+1, c)
	}
	before.Close()
	h := kernel.NewHistory(file)
	defer h.Close()
	for i, c := range []string{"d", "e", "f", "g"} {
		h.Add(i+1, c)
	}
	a, b, c := []any{1, 1, "a"}, []any{1, 2, "b"}, []any{1, 3, "c"}
	d, e, f, g := []any{2, 1, "d"}, []any{2, 2, "e"}, []any{2, 3, "f"}, []any{2, 4, "g"}
	cur := func(line int, in string) []any { return []any{0, line, in} }
	for _, tc := range []struct {
		req  kernel.HistoryRequest
		want [][]any
	}{
		{kernel.HistoryRequest{HistAccessType: "tail", N: 3}, [][]any{e, f, g}},
		{kernel.HistoryRequest{HistAccessType: "tail", N: -5}, [][]any{f, g}},
		{kernel.HistoryRequest{HistAccessType: "tail", N: -2}, [][]any{c, d, e, f, g}},
		{kernel.HistoryRequest{HistAccessType: "tail", N: -7}, [][]any{}},
		{kernel.HistoryRequest{HistAccessType: "tail", N: 0}, [][]any{}},
		{kernel.HistoryRequest{HistAccessType: "tail", N: 100}, [][]any{a, b, c, d, e, f, g}},
		{kernel.HistoryRequest{HistAccessType: "range", Session: 0, Start: 1}, [][]any{cur(1, "d"), cur(2, "e"), cur(3, "f"), cur(4, "g")}},
		{kernel.HistoryRequest{HistAccessType: "range", Session: 0, Start: 2, Stop: 0}, [][]any{cur(2, "e"), cur(3, "f"), cur(4, "g")}},
		{kernel.HistoryRequest{HistAccessType: "range", Session: 0, Start: -2}, [][]any{cur(3, "f"), cur(4, "g")}},
		{kernel.HistoryRequest{HistAccessType: "range", Session: 0, Start: 1, Stop: -1}, [][]any{cur(1, "d"), cur(2, "e"), cur(3, "f")}},
		{kernel.HistoryRequest{HistAccessType: "range", Session: 0, Start: 2, Stop: 100}, [][]any{cur(2, "e"), cur(3, "f"), cur(4, "g")}},
		{kernel.HistoryRequest{HistAccessType: "range", Session: 2, Start: 2, Stop: 3}, [][]any{e}},
		{kernel.HistoryRequest{HistAccessType: "range", Session: -1, Start: 1}, [][]any{a, b, c}},
		{kernel.HistoryRequest{HistAccessType: "range", Session: -1, Start: 2, Stop: 3}, [][]any{b}},
		{kernel.HistoryRequest{HistAccessType: "range", Session: 1, Start: 1}, [][]any{a, b, c}},
		{kernel.HistoryRequest{HistAccessType: "search", Pattern: "*", N: 2}, [][]any{f, g}},
		{kernel.HistoryRequest{HistAccessType: "search", Pattern: "*", N: -2}, [][]any{a, b, c, d, e, f, g}},
		{kernel.HistoryRequest{HistAccessType: "search", Pattern: "*"}, [][]any{a, b, c, d, e, f, g}},
	} {
		if got := h.Query(tc.req); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%+v:\n got %v\nwant %v", tc.req, got, tc.want)
		}
	}
}

// TestHistorySessionsAllocatedAtOnce: histories opened at once on one file
// (kernels starting together) get different session numbers, also before
// any of them wrote a cell.
func TestHistorySessionsAllocatedAtOnce(t *testing.T) {
	file := filepath.Join(t.TempDir(), "history.jsonl")
	hs := make([]*kernel.History, 8)
	var wg sync.WaitGroup
	for i := range hs {
		wg.Add(1)
		go func() { defer wg.Done(); hs[i] = kernel.NewHistory(file) }()
	}
	wg.Wait()
	for i, h := range hs {
		h.Add(1, fmt.Sprint("cell of history ", i))
	}
	for _, h := range hs {
		h.Close()
	}
	sessions := map[any]int{}
	for _, e := range kernel.NewHistory(file).Query(kernel.HistoryRequest{HistAccessType: "tail", N: 100}) {
		sessions[e[0]]++
	}
	if len(sessions) != len(hs) {
		t.Errorf("%d histories opened at once wrote into %d sessions: %v", len(hs), len(sessions), sessions)
	}
}
