package kernel

import (
	"bufio"
	"cmp"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// History records executed cells, numbered by session and line as IPython
// numbers them. With a file, it keeps earlier sessions' cells too, so that a
// restarted kernel still answers history_request (and console up-arrow).
type History struct {
	mu      sync.Mutex
	file    string
	session int
	entries []historyEntry
	unsaved []historyEntry // added, not yet in the file
	timer   *time.Timer    // runs save; nil until the first Add
	closed  bool
	saveMu  sync.Mutex // held while writing the file
}

type historyEntry struct {
	Session int    `json:"session"`
	Line    int    `json:"line"`
	Input   string `json:"input"`
}

// maxHistory bounds the entries loaded from the history file.
const maxHistory = 10000

// NewHistory returns a History stored in file (JSON lines), or in memory
// only if file is "". The file is read in the background, so that it does
// not delay start-up.
//
// The new session's number follows the last one given out: it is taken
// under a lock file (file.lock, made with an exclusive create) from a
// counter file (file.session), so that kernels starting at once in one data
// folder get numbers of their own, as IPython's INSERT into its sessions
// table gives them, also before any of them wrote a cell.
func NewHistory(file string) *History {
	h := &History{file: file, session: 1}
	if file == "" {
		return h
	}
	h.mu.Lock()
	go func() {
		defer h.mu.Unlock()
		unlock := lockFile(file + ".lock")
		defer unlock()
		h.load()
		counter := file + ".session"
		if b, err := os.ReadFile(counter); err == nil {
			if n, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil && n >= h.session {
				h.session = n + 1
			}
		}
		os.WriteFile(counter, []byte(strconv.Itoa(h.session)+"\n"), 0o600)
	}()
	return h
}

// Lock files. A lock older than staleLock was left by a kernel that died
// holding it (it is held for the few milliseconds of reading the history)
// and is broken; a kernel that cannot take the lock within lockWait goes on
// without it: history is a convenience.
const (
	staleLock = 10 * time.Second
	lockWait  = 5 * time.Second
)

// lockFile takes the lock at path and returns its release.
func lockFile(path string) (unlock func()) {
	deadline := time.Now().Add(lockWait)
	for {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err == nil {
			f.Close()
			return func() { os.Remove(path) }
		}
		if !errors.Is(err, fs.ErrExist) || time.Now().After(deadline) {
			return func() {}
		}
		if fi, err := os.Stat(path); err == nil && time.Since(fi.ModTime()) > staleLock {
			os.Remove(path)
			continue
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// load reads the history file; it is called with h.mu held. A file grown
// past maxHistory entries is rewritten with the newest ones.
func (h *History) load() {
	f, err := os.Open(h.file)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	for sc.Scan() {
		var e historyEntry
		if json.Unmarshal(sc.Bytes(), &e) == nil {
			h.entries = append(h.entries, e)
			if e.Session >= h.session {
				h.session = e.Session + 1
			}
		}
	}
	// Kernels running at once append their cells in turn: order them as
	// IPython's queries do, by session and line.
	slices.SortStableFunc(h.entries, func(a, b historyEntry) int {
		return cmp.Or(cmp.Compare(a.Session, b.Session), cmp.Compare(a.Line, b.Line))
	})
	if len(h.entries) > 2*maxHistory {
		h.entries = h.entries[len(h.entries)-maxHistory:]
		var b []byte
		for _, e := range h.entries {
			line, _ := json.Marshal(e)
			b = append(append(b, line...), '\n')
		}
		tmp := h.file + ".tmp"
		if os.WriteFile(tmp, b, 0o600) == nil {
			os.Rename(tmp, h.file)
		}
	}
}

// saveDelay is how long a cell waits to be written to the history file,
// so that cells run in quick succession are written together.
const saveDelay = 50 * time.Millisecond

// Add records cell number line of the current session. The file is
// appended to in the background, saveDelay later, off the way of the cell:
// opening, writing and closing it for every cell took a seventh of the
// kernel's CPU time in a run of trivial cells. (It is opened for each
// batch, not kept open: another kernel may replace it with a shorter copy,
// and on Windows an open file cannot be replaced.)
func (h *History) Add(line int, input string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	e := historyEntry{Session: h.session, Line: line, Input: input}
	h.entries = append(h.entries, e)
	if h.file == "" || h.closed {
		return
	}
	h.unsaved = append(h.unsaved, e)
	if len(h.unsaved) > 1 {
		return // the timer is set already
	}
	if h.timer == nil {
		h.timer = time.AfterFunc(saveDelay, h.save)
	} else {
		h.timer.Reset(saveDelay)
	}
}

// save appends the unsaved entries to the file, in order.
func (h *History) save() {
	h.saveMu.Lock()
	defer h.saveMu.Unlock()
	h.mu.Lock()
	batch := h.unsaved
	h.unsaved = nil
	h.mu.Unlock()
	if len(batch) == 0 {
		return
	}
	var b []byte
	for _, e := range batch {
		line, _ := json.Marshal(e)
		b = append(append(b, line...), '\n')
	}
	f, err := os.OpenFile(h.file, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return // history is a convenience: the kernel goes on without it
	}
	f.Write(b)
	f.Close()
}

// Close writes the cells added so far to the file. Cells added later are
// kept in memory only.
func (h *History) Close() {
	h.mu.Lock()
	h.closed = true
	if h.timer != nil {
		h.timer.Stop()
	}
	h.mu.Unlock()
	h.save()
}

// Query answers a history_request as ipykernel (6.17, with IPython 8.5's
// history) does.
func (h *History) Query(req HistoryRequest) [][]any {
	h.mu.Lock()
	defer h.mu.Unlock()
	var sel []historyEntry
	switch req.HistAccessType {
	case "range":
		sel = h.rangeOf(req.Session, req.Start, req.Stop)
	case "search":
		sel = h.search(req.Pattern, req.N, req.Unique)
	default: // "tail"
		sel = h.tail(req.N)
	}
	out := make([][]any, 0, len(sel))
	for _, e := range sel {
		if req.Output {
			out = append(out, []any{e.Session, e.Line, []any{e.Input, nil}})
		} else {
			out = append(out, []any{e.Session, e.Line, e.Input})
		}
	}
	return out
}

// tail returns the last n cells, the current session's last. IPython takes
// them newest first and slices the list to n, so a negative n drops the -n
// oldest cells of the whole history.
func (h *History) tail(n int) []historyEntry {
	var cur, others []historyEntry
	for _, e := range h.entries {
		if e.Session == h.session {
			cur = append(cur, e)
		} else {
			others = append(others, e)
		}
	}
	all := append(others, cur...) // oldest first
	switch {
	case n >= 0:
		return all[len(all)-min(n, len(all)):]
	case -n >= len(all):
		return nil
	default:
		return all[-n:]
	}
}

// rangeOf returns session's cells from line start to stop (excluded; 0 for
// no end). A session of 0 or less counts back from the current one. In the
// current session, a negative start or stop counts back from its end, and
// the session is reported as the request named it (0, as IPython does, or
// its number, as jupyter_kernel_test expects); in an earlier one, the
// lines are taken as they are.
func (h *History) rangeOf(session, start, stop int) []historyEntry {
	asked := max(session, 0)
	if session <= 0 {
		session += h.session
	}
	var sel []historyEntry
	if session != h.session {
		for _, e := range h.entries {
			if e.Session == session && e.Line >= start && (stop == 0 || e.Line < stop) {
				sel = append(sel, e)
			}
		}
		return sel
	}
	end := 1 // one past the last line, as IPython's input list counts
	for _, e := range h.entries {
		if e.Session == h.session {
			end = max(end, e.Line+1)
		}
	}
	if start < 0 {
		start += end
	}
	switch {
	case stop == 0 || stop > end:
		stop = end
	case stop < 0:
		stop += end
	}
	for _, e := range h.entries {
		if e.Session == h.session && e.Line >= start && e.Line < stop {
			e.Session = asked
			sel = append(sel, e)
		}
	}
	return sel
}

// search returns the last n cells (every one if n <= 0: a request without
// n, which jupyter_kernel_test sends, asks for all) that match pattern,
// once each if unique.
func (h *History) search(pattern string, n int, unique bool) []historyEntry {
	re := globRegexp(pattern)
	seen := map[string]bool{}
	var sel []historyEntry
	for i := len(h.entries) - 1; i >= 0 && (n <= 0 || len(sel) < n); i-- {
		e := h.entries[i]
		if !re.MatchString(e.Input) || unique && seen[e.Input] {
			continue
		}
		seen[e.Input] = true
		sel = append(sel, e)
	}
	slices.Reverse(sel)
	return sel
}

// globRegexp compiles a history search pattern as IPython reads it (SQLite
// GLOB): * matches any text, including "/" and newlines, ? one character,
// [...] a class.
func globRegexp(pat string) *regexp.Regexp {
	if pat == "" {
		pat = "*"
	}
	var b strings.Builder
	b.WriteString("(?s)^")
	for i := 0; i < len(pat); i++ {
		switch c := pat[i]; c {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		case '[':
			if j := strings.IndexByte(pat[i+1:], ']'); j > 0 {
				class := pat[i+1 : i+1+j]
				if class[0] == '^' || class[0] == '!' {
					class = "^" + regexp.QuoteMeta(class[1:])
				} else {
					class = regexp.QuoteMeta(class)
				}
				b.WriteString("[" + strings.ReplaceAll(class, `\-`, "-") + "]")
				i += j + 1
				continue
			}
			b.WriteString(regexp.QuoteMeta("["))
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString("$")
	re, err := regexp.Compile(b.String())
	if err != nil {
		return regexp.MustCompile(regexp.QuoteMeta(pat))
	}
	return re
}
