package remote

import (
	"bytes"
	"io"
	"strings"
	"sync"
)

// tail keeps what the child wrote on its standard error: the last max
// bytes, and the Go runtime's fatal message from its first line on.
type tail struct {
	mu    sync.Mutex
	max   int
	buf   []byte
	fatal []byte
}

const maxFatal = 4 << 10

func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.fatal) == 0 {
		for _, marker := range []string{"panic: ", "fatal error: "} {
			if i := bytes.Index(p, []byte(marker)); i >= 0 && (i == 0 || p[i-1] == '\n') {
				t.fatal = append(t.fatal, p[i:min(len(p), i+maxFatal)]...)
				break
			}
		}
	} else if len(t.fatal) < maxFatal {
		t.fatal = append(t.fatal, p[:min(len(p), maxFatal-len(t.fatal))]...)
	}
	t.buf = append(t.buf, p...)
	if len(t.buf) > t.max {
		t.buf = append([]byte(nil), t.buf[len(t.buf)-t.max:]...)
	}
	return len(p), nil
}

// summary returns the fatal message (the "panic:" or "fatal error:" line).
func (t *tail) summary() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.fatal) > 0 {
		line, _, _ := strings.Cut(string(t.fatal), "\n")
		return strings.TrimSpace(line)
	}
	return ""
}

// detail returns a few more lines of the child's last words.
func (t *tail) detail() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	src := t.fatal
	if len(src) == 0 {
		src = t.buf
	}
	lines := strings.Split(string(bytes.TrimSpace(src)), "\n")
	if len(lines) > 10 {
		lines = lines[:10]
	}
	return strings.Join(lines, "\n")
}

var _ io.Writer = (*tail)(nil)
