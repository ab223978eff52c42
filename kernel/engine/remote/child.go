package remote

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gopad/gopad/kernel/engine"
)

// Serve is the child's side: it connects to the supervisor named in the
// environment and runs requests on e until the connection closes.
func Serve(e engine.Engine) error {
	addr, token := os.Getenv(envAddr), os.Getenv(envToken)
	if addr == "" {
		return errors.New("no supervisor: " + envAddr + " is not set")
	}
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		return fmt.Errorf("connecting to the supervisor: %w", err)
	}
	c := newConn(nc)
	defer c.close()
	limit, err := memoryLimit()
	if err != nil {
		return err
	}
	if err := c.send(0, &helloMsg{Token: token}); err != nil {
		return err
	}
	s := &server{c: c, e: e, running: map[uint64]context.CancelFunc{}, inputs: map[uint64]chan *inputReplyMsg{},
		execs: make(chan execJob, 16), quick: make(chan frame, 4), done: make(chan struct{})}
	defer close(s.done)
	go s.executor()
	go s.quickWorker()
	var oom atomic.Bool
	if limit > 0 {
		ctx, stop := context.WithCancel(context.Background())
		defer stop()
		go watchMemory(ctx, limit, func() {
			// The supervisor kills this process when it reads the frame;
			// closing the connection ends Serve in any case.
			oom.Store(true)
			sent := make(chan struct{})
			go func() {
				c.send(0, &fatalMsg{Err: fmt.Sprintf("out of memory (limit %s)", formatSize(limit))})
				close(sent)
			}()
			select {
			case <-sent:
			case <-time.After(time.Second): // the connection is clogged
			}
			c.close()
		})
	}
	err = s.serve()
	if oom.Load() {
		return fmt.Errorf("out of memory (limit %s)", formatSize(limit))
	}
	return err
}

// Resetter is implemented by engines whose cells can ask for a new
// session process (%reset). TakeReset, called after each cell, reports
// whether the cell asked, and the code of the cell that is still to run
// (in the new process).
type Resetter interface {
	TakeReset() (rest string, ok bool)
}

// execJob is an execute request for the executor.
type execJob struct {
	ctx context.Context
	id  uint64
	req engine.Request
}

type server struct {
	c *conn
	e engine.Engine

	mu      sync.Mutex
	running map[uint64]context.CancelFunc
	inputs  map[uint64]chan *inputReplyMsg
	current *childOutput // the latest cell's output
	bufs    bufPool      // stream segment buffers, shared by the cells
	// execs feeds the executor, which runs cells until done is closed;
	// quick feeds quickWorker, which answers completion and inspection
	// requests, so that the reading goroutine is always free to answer
	// pings (they wait for the session while a cell runs).
	execs chan execJob
	quick chan frame
	done  chan struct{}
}

// bufPool keeps the buffers of sent stream segments for later writes, of
// the same cell or the next, so that a flood's buffers grow once.
type bufPool struct {
	mu   sync.Mutex
	bufs [][]byte
}

// get returns an empty buffer with room for n bytes or more.
func (p *bufPool) get(n int) []byte {
	p.mu.Lock()
	defer p.mu.Unlock()
	if k := len(p.bufs); k > 0 && cap(p.bufs[k-1]) >= n {
		b := p.bufs[k-1][:0]
		p.bufs = p.bufs[:k-1]
		return b
	}
	return make([]byte, 0, max(64<<10, n)) // a flood's segments grow less
}

// put keeps b for a later get, unless enough are kept already.
func (p *bufPool) put(b []byte) {
	if cap(b) > 4*maxPending {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.bufs) < 2 {
		p.bufs = append(p.bufs, b)
	}
}

func (s *server) serve() error {
	for {
		f, err := s.c.recv()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		s.dispatch(f)
	}
}

// dispatch hands one frame from the supervisor to whoever handles it,
// without waiting for a cell.
func (s *server) dispatch(f frame) {
	switch m := f.Msg.(type) {
	case *executeMsg:
		ctx, cancel := context.WithCancel(context.Background())
		s.mu.Lock()
		s.running[f.ID] = cancel
		s.mu.Unlock()
		select {
		case s.execs <- execJob{ctx, f.ID, m.Request}:
		default:
			// The kernel sends a cell when the last one ended: a full
			// queue is a cell blocked for good (the kernel replaces this
			// process). This one runs beside it.
			go s.execute(ctx, f.ID, m.Request)
		}
	case *cancelMsg:
		s.mu.Lock()
		cancel := s.running[f.ID]
		s.mu.Unlock()
		if cancel != nil {
			cancel()
		}
	case *inputReplyMsg:
		s.mu.Lock()
		ch := s.inputs[f.ID]
		s.mu.Unlock()
		if ch != nil {
			select {
			case ch <- m:
			default:
			}
		}
	case *pingMsg:
		s.c.send(f.ID, &pongMsg{})
	case *completeMsg, *inspectMsg, *isCompleteMsg:
		select {
		case s.quick <- f:
		default:
			go s.answer(f) // the worker waits for a long cell
		}
	}
}

// quickWorker answers completion and inspection requests, one after
// another, until done is closed.
func (s *server) quickWorker() {
	for {
		select {
		case f := <-s.quick:
			s.answer(f)
		case <-s.done:
			return
		}
	}
}

func (s *server) answer(f frame) {
	switch m := f.Msg.(type) {
	case *completeMsg:
		c := s.e.Complete(context.Background(), m.Code, m.Cursor)
		s.c.send(f.ID, &completionMsg{Completion: c})
	case *inspectMsg:
		in := s.e.Inspect(context.Background(), m.Code, m.Cursor, m.Detail)
		s.c.send(f.ID, &inspectionMsg{Inspection: in})
	case *isCompleteMsg:
		st, ind := s.e.IsComplete(m.Code)
		s.c.send(f.ID, &isCompleteReplyMsg{Status: st, Indent: ind})
	}
}

// executor runs the cells, one after another, on one goroutine for the
// process, which keeps most of the stack the interpreter grows (a
// collection halves an idle goroutine's stack at most). A goroutine for
// every cell grew it again, by copies.
func (s *server) executor() {
	for {
		select {
		case j := <-s.execs:
			s.execute(j.ctx, j.id, j.req)
		case <-s.done:
			return
		}
	}
}

func (s *server) execute(ctx context.Context, id uint64, req engine.Request) {
	out := &childOutput{s: s, id: id, wake: make(chan struct{}, 1), retire: make(chan struct{})}
	s.mu.Lock()
	if s.current != nil {
		s.current.retired.Store(true)
		close(s.current.retire)
	}
	s.current = out
	s.mu.Unlock()
	res := s.e.Execute(ctx, req, out)
	out.flush()
	s.mu.Lock()
	if cancel := s.running[id]; cancel != nil {
		cancel()
	}
	delete(s.running, id)
	s.mu.Unlock()
	// Code that ignores interrupts and keeps running makes the engine
	// broken: this process ends (Serve returns) and says so with the
	// result, so the supervisor never sends it another cell.
	b, ok := s.e.(engine.Breaker)
	broken := ok && b.Broken()
	// A cell that asked for a new session process (%reset) ends this one
	// too; the supervisor runs the rest of the cell in the next.
	var rest string
	var reset bool
	if r, ok := s.e.(Resetter); ok {
		rest, reset = r.TakeReset()
	}
	s.c.send(id, &resultMsg{Result: &res, Retire: broken || reset, Reset: reset, Rest: rest})
	if broken || reset {
		s.c.close()
	}
}

// childOutput is the engine.Output of one cell in the child: everything is
// forwarded to the parent, tagged with the cell's id. Stream writes are
// batched by a flusher goroutine: while it sends one frame, later writes
// gather for the next, so a flood of small writes costs few frames and a
// lone line leaves at once. The flusher starts with the first write that
// needs it (most cells print nothing, or lone lines).
type childOutput struct {
	s  *server
	id uint64

	mu        sync.Mutex
	segs      []segment // pending output, in order
	pending   int       // bytes in segs
	lastFlush time.Time // when output was last sent
	wake      chan struct{}
	retire    chan struct{} // closed when a newer cell started
	retired   atomic.Bool   // retire is closed
	flushing  atomic.Bool   // the flusher was started
	sendMu    sync.Mutex    // keeps frames in order across flushes
}

type segment struct {
	name string
	data []byte
}

type childStream struct {
	o    *childOutput
	name string
}

// maxPending bounds the bytes a writer may queue before it waits.
const maxPending = 1 << 20

// loneAfter is the quiet spell after which a whole line is sent at once.
const loneAfter = 20 * time.Millisecond

func (w childStream) Write(p []byte) (int, error) { return write(w, p) }

// WriteString saves fmt.Print of a string the conversion to []byte.
func (w childStream) WriteString(s string) (int, error) { return write(w, s) }

func write[T []byte | string](w childStream, p T) (int, error) {
	o := w.o
	o.mu.Lock()
	if n := len(o.segs); n > 0 && o.segs[n-1].name == w.name {
		o.segs[n-1].data = append(o.segs[n-1].data, p...)
	} else {
		o.segs = append(o.segs, segment{w.name, append(o.s.bufs.get(len(p)), p...)})
	}
	o.pending += len(p)
	pending := o.pending
	// A whole line after a quiet spell leaves at once, without the
	// flusher's gathering window. (Only a write that is all that is
	// pending can be one: in a flood the clock is not read.)
	lone := pending == len(p) && len(p) > 0 && p[len(p)-1] == '\n' && time.Since(o.lastFlush) >= loneAfter
	o.mu.Unlock()
	if o.retired.Load() {
		// Late output of an earlier cell: no flusher runs any more.
		o.flush()
		return len(p), nil
	}
	if lone || pending > maxPending {
		o.flush()
		return len(p), nil
	}
	if !o.flushing.Load() && o.flushing.CompareAndSwap(false, true) {
		go o.flusher()
	}
	select {
	case o.wake <- struct{}{}:
	default:
	}
	return len(p), nil
}

// flusher sends pending output whenever there is some, until a newer cell
// starts.
func (o *childOutput) flusher() {
	for {
		select {
		case <-o.wake:
			// A short gathering window turns a flood of small writes
			// into few frames; a lone line waits 100µs.
			time.Sleep(100 * time.Microsecond)
			o.flush()
		case <-o.retire:
			o.flush()
			return
		}
	}
}

// flush sends everything pending, in order.
func (o *childOutput) flush() {
	o.sendMu.Lock()
	defer o.sendMu.Unlock()
	o.mu.Lock()
	segs := o.segs
	o.segs, o.pending = nil, 0
	if len(segs) > 0 {
		o.lastFlush = time.Now()
	}
	o.mu.Unlock()
	for _, sg := range segs {
		o.s.c.send(o.id, &streamMsg{Name: sg.name, Data: sg.data})
	}
	// The frames are written: their buffers serve the next writes.
	for _, sg := range segs {
		o.s.bufs.put(sg.data)
	}
}

func (o *childOutput) Stdout() io.Writer { return childStream{o, "stdout"} }
func (o *childOutput) Stderr() io.Writer { return childStream{o, "stderr"} }

func (o *childOutput) Display(d engine.DisplayData) error {
	o.flush()
	return o.s.c.send(o.id, &displayMsg{Display: d})
}

func (o *childOutput) ClearOutput(wait bool) error {
	o.flush()
	return o.s.c.send(o.id, &clearMsg{Wait: wait})
}

func (o *childOutput) Input(ctx context.Context, prompt string, password bool) (string, error) {
	o.flush()
	ch := make(chan *inputReplyMsg, 1)
	o.s.mu.Lock()
	o.s.inputs[o.id] = ch
	o.s.mu.Unlock()
	defer func() {
		o.s.mu.Lock()
		delete(o.s.inputs, o.id)
		o.s.mu.Unlock()
	}()
	if err := o.s.c.send(o.id, &inputRequestMsg{Prompt: prompt, Password: password}); err != nil {
		return "", err
	}
	select {
	case f := <-ch:
		if f.Err != "" {
			if f.Err == engine.ErrNoStdin.Error() {
				return "", engine.ErrNoStdin
			}
			return "", errors.New(f.Err)
		}
		return f.Value, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}
