package kernel

import (
	"bufio"
	"encoding/json"
	"os"
	"regexp"
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
// only if file is "". The new session's number follows the file's last one.
// The file is read in the background, so that it does not delay start-up.
func NewHistory(file string) *History {
	h := &History{file: file, session: 1}
	if file == "" {
		return h
	}
	h.mu.Lock()
	go func() {
		defer h.mu.Unlock()
		h.load()
	}()
	return h
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

// Query answers a history_request.
func (h *History) Query(req HistoryRequest) [][]any {
	h.mu.Lock()
	defer h.mu.Unlock()
	var sel []historyEntry
	switch req.HistAccessType {
	case "range":
		s := req.Session
		if s <= 0 {
			s = h.session + s
		}
		for _, e := range h.entries {
			if e.Session == s && e.Line >= req.Start && (req.Stop <= 0 || e.Line < req.Stop) {
				sel = append(sel, e)
			}
		}
	case "search":
		re := globRegexp(req.Pattern)
		seen := map[string]bool{}
		for i := len(h.entries) - 1; i >= 0; i-- {
			e := h.entries[i]
			if !re.MatchString(e.Input) {
				continue
			}
			if req.Unique {
				if seen[e.Input] {
					continue
				}
				seen[e.Input] = true
			}
			sel = append(sel, e)
			if req.N > 0 && len(sel) >= req.N {
				break
			}
		}
		for i, j := 0, len(sel)-1; i < j; i, j = i+1, j-1 {
			sel[i], sel[j] = sel[j], sel[i]
		}
	default: // "tail"
		sel = h.entries
		if req.N >= 0 && req.N < len(sel) {
			sel = sel[len(sel)-req.N:]
		}
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
