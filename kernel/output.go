package kernel

import (
	"context"
	"encoding/json"
	"io"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gopad/gopad/kernel/engine"
	"github.com/gopad/gopad/kernel/wire"
)

// Output coalescing. A whole line leaves at once, in a message of its own,
// as long as messages have not been coming faster than one per msgEvery
// (after a quiet spell, a burst of msgBurst may leave at once): a cell
// printing a line every few milliseconds shows each line as it is printed.
// Faster output waits for the next message's turn, at most msgEvery, and
// leaves with everything written meanwhile, in messages of up to maxChunk
// bytes, so that a cell printing megabytes sends a few dozen messages, not
// a million. A partial line waits quietDelay for its end.
const (
	quietDelay = 1 * time.Millisecond
	msgEvery   = 5 * time.Millisecond
	msgBurst   = 8
	maxChunk   = 1 << 20
)

// cellOutput is the engine.Output of one execute request: streams and
// displays published on iopub with that request as parent. It stays valid
// after the request ends, so late output of goroutines keeps its parent.
//
// Stream text is encoded as it is written: the pending message's content
// is built in enc, so a byte of output is copied once on its way from the
// engine to the socket, and not again to be buffered and then encoded.
type cellOutput struct {
	k      *Kernel
	parent *wire.Message
	silent bool
	stdin  bool

	mu        sync.Mutex
	name      string            // stream of the pending message: "stdout" or "stderr"
	enc       []byte            // the pending message's content, up to its closing `"}`
	text      int               // bytes of text encoded in enc
	last      int               // bytes of text the last message held
	tails     map[string][]byte // per stream, an unfinished UTF-8 sequence not yet encoded
	timer     *time.Timer
	armed     bool
	lastFlush time.Time
	// tokens is how many messages may leave at once (at most msgBurst), as
	// of lastFlush; one comes back every msgEvery. Messages that must leave
	// out of turn (a full chunk, a switch of stream) run up no debt: a line
	// never waits more than msgEvery.
	tokens float64

	stdout, stderr streamWriter
}

func newCellOutput(k *Kernel, parent *wire.Message, silent, allowStdin bool) *cellOutput {
	o := &cellOutput{k: k, parent: parent, silent: silent, stdin: allowStdin, name: "stdout", tails: map[string][]byte{}, tokens: msgBurst}
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

// write encodes p into the pending message. Output of the other stream
// that is pending leaves first, so stdout and stderr keep their order.
func (o *cellOutput) write(name string, p []byte) (int, error) {
	if o.silent {
		return len(p), nil
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.name != name {
		o.flushLocked()
		o.name = name
	}
	n := len(p)
	if tail := o.tails[name]; len(tail) > 0 {
		// The end of a sequence split across writes (rare): join them.
		p = append(tail, p...)
		delete(o.tails, name)
	}
	o.encode(p)
	if o.text == 0 || o.armed {
		return n, nil // sent already, or the timer sends it
	}
	now := time.Now()
	wait := o.turn(now)
	if wait == 0 && len(p) > 0 && p[len(p)-1] == '\n' {
		o.flushAt(now) // a whole line, in its turn: at once
		return n, nil
	}
	o.armed = true
	o.timer.Reset(max(wait, quietDelay))
	return n, nil
}

// turn returns how long the next message must wait for its turn.
func (o *cellOutput) turn(now time.Time) time.Duration {
	t := o.tokens + float64(now.Sub(o.lastFlush))/float64(msgEvery)
	if t >= 1 {
		return 0
	}
	return time.Duration((1 - t) * float64(msgEvery))
}

// encode appends p to the pending message of stream o.name, in messages of
// at most maxChunk bytes of text, never splitting a UTF-8 sequence. An
// unfinished sequence at the end waits in o.tails for the rest of it.
func (o *cellOutput) encode(p []byte) {
	for len(p) > 0 {
		room := maxChunk - o.text
		piece := p[:min(len(p), room)]
		k := completeRunes(piece)
		if k == 0 {
			switch {
			case len(piece) < len(p) && o.text > 0:
				o.flushLocked() // the sequence does not fit: it starts the next message
				continue
			case len(p) < utf8.UTFMax && len(piece) == len(p):
				o.tails[o.name] = append(o.tails[o.name][:0], p...) // wait for its end
				return
			}
			k = len(piece) // not UTF-8: encoded anyway, as U+FFFD
		}
		if o.text == 0 {
			// Room for as much as the last message held, and in a flood
			// (big messages in quick succession) for a whole chunk, so
			// that enc does not grow by copies.
			n := max(k, o.last)
			if o.last >= 64<<10 && time.Since(o.lastFlush) < 2*msgEvery {
				n = maxChunk
			}
			o.enc = o.start(o.name, n)
		}
		o.enc = wire.AppendEscaped(o.enc, piece[:k])
		o.text += k
		p = p[k:]
		if o.text >= maxChunk {
			o.flushLocked()
		}
	}
}

// start returns a new message buffer holding the head of a stream
// content, with room for about n more bytes of text.
func (o *cellOutput) start(name string, n int) []byte {
	b := make([]byte, 0, len(`{"name":"stdout","text":"`)+n+n/16+64)
	b = append(b, `{"name":`...)
	b = wire.AppendString(b, name)
	return append(b, `,"text":"`...)
}

func (o *cellOutput) timerFlush() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.armed = false
	o.flushLocked()
}

// flushAt publishes the pending message, if any, at now.
func (o *cellOutput) flushAt(now time.Time) {
	if o.text == 0 {
		return
	}
	content := append(o.enc, `"}`...)
	o.enc, o.text, o.last = nil, 0, o.text
	o.spend(now)
	o.k.publish(o.parent, "stream", json.RawMessage(content))
}

// spend takes a message's turn at now.
func (o *cellOutput) spend(now time.Time) {
	o.tokens = max(0, min(msgBurst, o.tokens+float64(now.Sub(o.lastFlush))/float64(msgEvery))-1)
	o.lastFlush = now
}

// flushLocked publishes the pending message, if any.
func (o *cellOutput) flushLocked() {
	if o.text > 0 {
		o.flushAt(time.Now())
	}
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

// Flush publishes everything pending, including unfinished UTF-8 sequences
// (as U+FFFD).
func (o *cellOutput) Flush() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.flushLocked()
	for _, name := range []string{o.name, "stdout", "stderr"} {
		if tail := o.tails[name]; len(tail) > 0 {
			delete(o.tails, name)
			o.publishText(name, tail)
		}
	}
}

// publishText publishes p as one stream message of its own.
func (o *cellOutput) publishText(name string, p []byte) {
	b := wire.AppendEscaped(o.start(name, len(p)), p)
	o.spend(time.Now())
	o.k.publish(o.parent, "stream", json.RawMessage(append(b, `"}`...)))
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
