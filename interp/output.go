package interp

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gopad/gopad/kernel/engine"
)

// router is the one stable destination of the interpreter's output: yaegi
// captures its writers once, when the interpreter is made, so the session
// switches the target per cell instead. Output written after a cell ended
// (by goroutines it started) still reaches that cell's Output until the next
// cell begins, and then the current one; nothing is dropped.
type router struct {
	// lastWrite is when a write last ended (UnixNano, up to clockStep
	// early), and writing counts
	// the writes in progress: a write blocked on a slow reader is output
	// still coming, not quiet.
	lastWrite atomic.Int64
	writing   atomic.Int32
	coarse    atomic.Int64 // the writes' clock (see clock)
	ticking   atomic.Bool  // a ticker advances coarse
	// to is where output goes now (nil before the first cell): read
	// without a lock by every write.
	to atomic.Pointer[route]

	mu  sync.Mutex
	ctx context.Context
	// frames collects the positions yaegi reports for a panic.
	frames []frame
}

// route is a cell's output with its two streams, asked for once, and
// which of the cell's os.Stdin, os.Stdout and os.Stderr it has closed
// (closed[stream]): closing lasts until the next cell begins, as closing a
// program's stream lasts until it exits.
type route struct {
	out            engine.Output
	stdout, stderr io.Writer
	closed         [3]atomic.Bool
}

// The streams a cell can close, and the names *os.File gives them in
// its errors.
const (
	streamIn = iota
	streamOut
	streamErr
)

var streamNames = [3]string{"/dev/stdin", "/dev/stdout", "/dev/stderr"}

// closeStream closes the cell's stream i: its later reads or writes in
// this cell fail, and so does a second Close, with *os.File's errors.
func (r *router) closeStream(i int) error {
	rt := r.to.Load()
	if rt == nil {
		return nil
	}
	if rt.closed[i].Swap(true) {
		return closedErr("close", i)
	}
	return nil
}

// closedErr is *os.File's error for op on the closed stream i.
func closedErr(op string, i int) error {
	return &os.PathError{Op: op, Path: streamNames[i], Err: os.ErrClosed}
}

// streamClosed reports whether the current cell closed stream i.
func (r *router) streamClosed(i int) bool {
	rt := r.to.Load()
	return rt != nil && rt.closed[i].Load()
}

// frame is one position of a panic's interpreted stack, in the evaluated
// source's coordinates.
type frame struct {
	line, col int
	fn        string
}

func (r *router) set(ctx context.Context, o engine.Output) {
	r.mu.Lock()
	r.ctx = ctx
	r.frames = nil
	if o == nil {
		r.to.Store(nil)
	} else {
		r.to.Store(&route{out: o, stdout: o.Stdout(), stderr: o.Stderr()})
	}
	r.mu.Unlock()
}

func (r *router) current() engine.Output {
	if rt := r.to.Load(); rt != nil {
		return rt.out
	}
	return nil
}

// target returns the current output and context.
func (r *router) target() (engine.Output, context.Context) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.current(), r.ctx
}

func (r *router) takeFrames() []frame {
	r.mu.Lock()
	defer r.mu.Unlock()
	f := r.frames
	r.frames = nil
	return f
}

type routedWriter struct {
	r      *router
	stderr bool
}

// panicLine matches the pseudo stack lines yaegi prints on a panic, such as
// "3:2: panic: main(...)" or "_.go:3:2: panic".
var panicLine = regexp.MustCompile(`^(?:\S*?:)?(\d+):(\d+): panic(?:: (.*))?\n$`)

// CloseStream is os.Stdout.Close or os.Stderr.Close (gopadrt's stdFile).
func (w routedWriter) CloseStream() error { return w.r.closeStream(w.stream()) }

func (w routedWriter) stream() int {
	if w.stderr {
		return streamErr
	}
	return streamOut
}

func (w routedWriter) Write(p []byte) (int, error) {
	w.r.writing.Add(1)
	n, err := w.write(p)
	w.r.wrote()
	return n, err
}

// WriteString saves a string written to stdout (fmt.Print of a string)
// the conversion to []byte.
func (w routedWriter) WriteString(s string) (int, error) {
	if w.stderr {
		return w.Write([]byte(s)) // the panic lines are matched as bytes
	}
	w.r.writing.Add(1)
	n, err := len(s), error(nil)
	if rt := w.r.to.Load(); rt != nil && rt.closed[streamOut].Load() {
		n, err = 0, closedErr("write", streamOut)
	} else if rt != nil {
		n, err = io.WriteString(rt.stdout, s)
	}
	w.r.wrote()
	return n, err
}

// wrote ends a write.
func (r *router) wrote() {
	r.lastWrite.Store(r.clock())
	r.writing.Add(-1)
}

// clockStep is the resolution of the writes' clock.
const clockStep = 2 * time.Millisecond

// clock returns the time a write ends at (UnixNano), from a coarse clock
// that a ticker advances while writes come: reading the system's clock
// for every write of a flood cost a tenth of its time. The ticker stops
// after 50 steps without a write, and the next write starts it again.
func (r *router) clock() int64 {
	if !r.ticking.Load() && r.ticking.CompareAndSwap(false, true) {
		r.coarse.Store(time.Now().UnixNano())
		go r.tick()
	}
	return r.coarse.Load()
}

func (r *router) tick() {
	t := time.NewTicker(clockStep)
	defer t.Stop()
	last, idle := r.lastWrite.Load(), 0
	for range t.C {
		r.coarse.Store(time.Now().UnixNano())
		if w := r.lastWrite.Load(); w != last {
			last, idle = w, 0
			continue
		}
		if idle++; idle >= 50 {
			r.ticking.Store(false)
			return
		}
	}
}

func (w routedWriter) write(p []byte) (int, error) {
	if w.stderr {
		if m := panicLine.FindSubmatch(p); m != nil {
			line, _ := strconv.Atoi(string(m[1]))
			col, _ := strconv.Atoi(string(m[2]))
			w.r.mu.Lock()
			w.r.frames = append(w.r.frames, frame{line, col, string(bytes.TrimSuffix(m[3], []byte("(...)")))})
			w.r.mu.Unlock()
			return len(p), nil
		}
	}
	rt := w.r.to.Load()
	if rt == nil {
		return len(p), nil
	}
	if rt.closed[w.stream()].Load() {
		return 0, closedErr("write", w.stream())
	}
	if w.stderr {
		return rt.stderr.Write(p)
	}
	return rt.stdout.Write(p)
}

// printAny is gopadBuiltin.Print: fmt.Print of one operand, which a
// string skips fmt for.
func (r *router) printAny(v any) {
	w := routedWriter{r: r}
	if s, ok := v.(string); ok {
		w.WriteString(s)
		return
	}
	fmt.Fprint(w, v)
}

// printlnAny is gopadBuiltin.Println: fmt.Println of one operand, in one
// write as Println's.
func (r *router) printlnAny(v any) {
	w := routedWriter{r: r}
	if s, ok := v.(string); ok {
		b := make([]byte, len(s)+1)
		copy(b, s)
		b[len(s)] = '\n'
		w.Write(b)
		return
	}
	fmt.Fprintln(w, v)
}

// printString is gopadStrPrint.Print: fmt.Print of an operand known to be
// a string. A func(string) costs yaegi's reflective call a third less
// than a func(any), which boxes the string twice.
func (r *router) printString(s string) {
	routedWriter{r: r}.WriteString(s)
}

// printlnString is gopadStrPrint.Println: fmt.Println of an operand known
// to be a string, in one write as Println's.
func (r *router) printlnString(s string) {
	b := make([]byte, len(s)+1)
	copy(b, s)
	b[len(s)] = '\n'
	routedWriter{r: r}.Write(b)
}

// stdinReader turns reads of os.Stdin in a cell into input requests: each
// read that finds no buffered text asks the frontend for a line.
type stdinReader struct {
	r   *router
	mu  sync.Mutex
	buf []byte
}

// CloseStream is os.Stdin.Close (gopadrt's stdFile).
func (s *stdinReader) CloseStream() error { return s.r.closeStream(streamIn) }

func (s *stdinReader) Read(p []byte) (int, error) {
	if s.r.streamClosed(streamIn) {
		return 0, closedErr("read", streamIn)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.buf) == 0 {
		o, ctx := s.r.target()
		if o == nil || ctx == nil {
			return 0, io.EOF
		}
		line, err := o.Input(ctx, "", false)
		if err != nil {
			return 0, err
		}
		s.buf = append(s.buf, line...)
		s.buf = append(s.buf, '\n')
	}
	n := copy(p, s.buf)
	s.buf = s.buf[n:]
	return n, nil
}

// quiet waits until no output has been written for a while (at most max):
// code that was told to stop may still run for a moment, and what it prints
// belongs to the cell that ran it, not to the next one.
// It reports whether the output went quiet.
func (r *router) quiet(idle, max time.Duration) bool {
	deadline := time.Now().Add(max)
	for time.Now().Before(deadline) {
		if r.writing.Load() == 0 && time.Since(time.Unix(0, r.lastWrite.Load())) >= idle+clockStep {
			return true
		}
		time.Sleep(idle / 4)
	}
	return false
}
