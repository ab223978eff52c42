package kernel

import (
	"context"
	"io"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gopad/gopad/kernel/engine"
	"github.com/gopad/gopad/kernel/wire"
)

// Output coalescing. A whole line written after a quiet spell (busyWindow)
// leaves at once. Otherwise a write starts a short timer; everything written
// until it fires leaves in one stream message. A partial line therefore
// reaches the frontend about quietDelay after it was printed, while a flood of output
// is batched into messages of up to maxChunk bytes (busyDelay apart), so that
// a cell printing megabytes sends a few dozen messages, not a million.
const (
	quietDelay = 1 * time.Millisecond
	busyDelay  = 20 * time.Millisecond
	busyWindow = 50 * time.Millisecond
	maxChunk   = 1 << 20
)

// cellOutput is the engine.Output of one execute request: streams and
// displays published on iopub with that request as parent. It stays valid
// after the request ends, so late output of goroutines keeps its parent.
type cellOutput struct {
	k      *Kernel
	parent *wire.Message
	silent bool
	stdin  bool

	mu        sync.Mutex
	name      string            // stream the buffer holds: "stdout" or "stderr"
	buf       []byte            // pending bytes; flushing slices it forward, so a big write costs O(n)
	store     []byte            // buf's backing array, reused once buf is empty
	tails     map[string][]byte // unfinished runes of the other stream
	timer     *time.Timer
	armed     bool
	lastFlush time.Time

	stdout, stderr streamWriter
}

func newCellOutput(k *Kernel, parent *wire.Message, silent, allowStdin bool) *cellOutput {
	o := &cellOutput{k: k, parent: parent, silent: silent, stdin: allowStdin, name: "stdout", tails: map[string][]byte{}}
	o.stdout = streamWriter{o, "stdout"}
	o.stderr = streamWriter{o, "stderr"}
	o.timer = time.AfterFunc(time.Hour, o.timerFlush)
	o.timer.Stop()
	return o
}

type streamWriter struct {
	o    *cellOutput
	name string
}

func (w streamWriter) Write(p []byte) (int, error) { return w.o.write(w.name, p) }

// Stdout implements engine.Output.
func (o *cellOutput) Stdout() io.Writer { return o.stdout }

// Stderr implements engine.Output.
func (o *cellOutput) Stderr() io.Writer { return o.stderr }

// write appends p to the buffer. Output of the other stream that is still
// buffered leaves first, so stdout and stderr keep their order.
func (o *cellOutput) write(name string, p []byte) (int, error) {
	if o.silent {
		return len(p), nil
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.name != name {
		if len(o.buf) > 0 {
			o.flushLocked()
			// An unfinished UTF-8 sequence stays with its own stream.
			o.tails[o.name] = append(o.tails[o.name][:0], o.buf...)
			o.buf = o.store[:0]
		}
		o.name = name
		o.buf = append(o.buf, o.tails[name]...)
		delete(o.tails, name)
	}
	o.buf = append(o.buf, p...)
	if cap(o.buf) > cap(o.store) {
		o.store = o.buf[:0]
	}
	for len(o.buf) >= maxChunk {
		o.flushLocked()
	}
	if !o.armed && len(o.buf) > 0 && o.buf[len(o.buf)-1] == '\n' && time.Since(o.lastFlush) >= busyWindow {
		// A whole line after a quiet spell leaves at once; what follows it
		// closely is batched by the timer below.
		o.flushLocked()
	}
	if len(o.buf) > 0 && !o.armed {
		d := quietDelay
		if time.Since(o.lastFlush) < busyWindow {
			d = busyDelay
		}
		o.armed = true
		o.timer.Reset(d)
	}
	return len(p), nil
}

func (o *cellOutput) timerFlush() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.armed = false
	o.flushLocked()
	if len(o.buf) > 0 { // an incomplete UTF-8 sequence waits for its end
		o.armed = true
		o.timer.Reset(busyDelay)
	}
}

// flushLocked publishes the buffer (at most maxChunk bytes, never splitting
// a UTF-8 sequence unless it is invalid anyway).
func (o *cellOutput) flushLocked() {
	if len(o.buf) == 0 {
		return
	}
	n := len(o.buf)
	if n > maxChunk {
		n = maxChunk
	}
	n = completeRunes(o.buf[:n])
	if n == 0 {
		if len(o.buf) < utf8.UTFMax {
			return
		}
		n = len(o.buf) // not UTF-8: send it anyway, it is replaced by U+FFFD
	}
	text := string(o.buf[:n])
	o.buf = o.buf[n:]
	if len(o.buf) == 0 {
		o.buf = o.store[:0]
	}
	o.lastFlush = time.Now()
	o.k.publish(o.parent, "stream", StreamContent{Name: o.name, Text: text})
}

// completeRunes returns the length of the longest prefix of b that does not
// end inside an incomplete UTF-8 sequence.
func completeRunes(b []byte) int {
	for i := 1; i < utf8.UTFMax && i <= len(b); i++ {
		if start := len(b) - i; utf8.RuneStart(b[start]) {
			if !utf8.FullRune(b[start:]) {
				return start
			}
			return len(b)
		}
	}
	return len(b)
}

// Flush publishes everything buffered.
func (o *cellOutput) Flush() {
	o.mu.Lock()
	defer o.mu.Unlock()
	for name, tail := range o.tails {
		o.k.publish(o.parent, "stream", StreamContent{Name: name, Text: string(tail)})
		delete(o.tails, name)
	}
	for len(o.buf) > 0 {
		before := len(o.buf)
		o.flushLocked()
		if len(o.buf) == before { // a lone partial rune at the end
			text := string(o.buf)
			o.buf = o.store[:0]
			o.k.publish(o.parent, "stream", StreamContent{Name: o.name, Text: text})
		}
	}
}

// Display implements engine.Output.
func (o *cellOutput) Display(d engine.DisplayData) error {
	if o.silent {
		return nil
	}
	o.Flush()
	c := DisplayDataContent{Data: d.Data, Metadata: d.Metadata}
	if c.Metadata == nil {
		c.Metadata = map[string]any{}
	}
	if d.DisplayID != "" {
		c.Transient = map[string]any{"display_id": d.DisplayID}
	}
	t := "display_data"
	if d.Update {
		t = "update_display_data"
	}
	o.k.publish(o.parent, t, c)
	return nil
}

// ClearOutput implements engine.Output.
func (o *cellOutput) ClearOutput(wait bool) error {
	if o.silent {
		return nil
	}
	o.Flush()
	o.k.publish(o.parent, "clear_output", ClearOutputContent{Wait: wait})
	return nil
}

// Input implements engine.Output.
func (o *cellOutput) Input(ctx context.Context, prompt string, password bool) (string, error) {
	if !o.stdin {
		return "", engine.ErrNoStdin
	}
	o.Flush()
	return o.k.input(ctx, o.parent, prompt, password)
}
