package remote

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/gopad/gopad/kernel/engine"
)

// Grace is how long an interrupted cell may take to stop before its
// session is replaced.
const Grace = 2 * time.Second

// Supervisor is an engine.Engine that runs cells in a child process
// (started with Argv, which must call Serve) and replaces the child when it
// dies or does not honour an interrupt.
//
// Like every engine, its methods other than Close are called from the
// kernel's shell goroutine, one at a time (IsComplete also while a cell
// runs). mu guards the fields under it and is held only briefly: never
// while a child starts or a request waits for its reply.
type Supervisor struct {
	argv []string
	log  *slog.Logger
	dir  string // the folder every child starts in: the kernel's (the notebook's)
	tmp  string // where the children's GOPATH folders go

	mu       sync.Mutex
	child    *child
	starting *startup // the start under way, if any
	reuse    string   // a session folder the next child takes over
	starts   int
	nextID   uint64
	outputs  map[uint64]engine.Output   // recent cells, for late output
	ctxs     map[uint64]context.Context // running cells, for input requests
	order    []uint64
	closed   bool
}

// NewSupervisor returns a supervisor that starts children with argv: the
// first one when Start is called, or else when the first cell needs it.
// Every child starts in the current directory (Jupyter starts a kernel in the
// notebook's folder), whatever an earlier child changed its own to.
func NewSupervisor(argv []string, log *slog.Logger) *Supervisor {
	if log == nil {
		log = slog.Default()
	}
	dir, _ := os.Getwd()
	return &Supervisor{argv: argv, log: log, dir: dir, tmp: os.TempDir(),
		outputs: map[uint64]engine.Output{}, ctxs: map[uint64]context.Context{}}
}

// readLoop dispatches the child's frames until its connection closes.
func (s *Supervisor) readLoop(ch *child) {
	defer func() {
		ch.mu.Lock()
		close(ch.gone)
		for id, w := range ch.waiters {
			close(w)
			delete(ch.waiters, id)
		}
		ch.mu.Unlock()
	}()
	for {
		ch.frames.Add(1)
		ch.reading.Store(true)
		f, err := ch.c.recv()
		ch.reading.Store(false)
		ch.frames.Add(1)
		if err != nil {
			return
		}
		s.dispatch(ch, f)
	}
}

// dispatch handles one frame from ch, on its reading goroutine.
func (s *Supervisor) dispatch(ch *child, f frame) {
	// A child that retired ends: what it still prints is dropped.
	late := ch.retired.Load()
	switch m := f.Msg.(type) {
	case *streamMsg:
		if !late {
			s.route(f.ID, m.Name, m.Data)
		}
	case *displayMsg:
		if o := s.output(f.ID); o != nil && !late {
			o.Display(m.Display)
		}
	case *clearMsg:
		if o := s.output(f.ID); o != nil && !late {
			o.ClearOutput(m.Wait)
		}
	case *fatalMsg:
		s.log.Warn("the Go session ended itself", "reason", m.Err)
		ch.lose(&loss{engine.ErrSessionCrashed, m.Err, fatalHint})
	case *inputRequestMsg:
		go s.input(ch, f.ID, m)
	case *resultMsg, *completionMsg, *inspectionMsg, *isCompleteReplyMsg:
		if r, ok := m.(*resultMsg); ok {
			if r.Retire {
				ch.retired.Store(true)
			}
			if r.Reset {
				ch.keep.Store(true)
			}
		}
		ch.mu.Lock()
		w := ch.waiters[f.ID]
		delete(ch.waiters, f.ID)
		ch.mu.Unlock()
		if w != nil {
			w <- f
		}
	case *pongMsg:
		// Counted by readLoop as a frame: the child is alive.
	default:
		s.log.Warn("the Go session sent a frame this kernel does not know", "op", m.op())
	}
}

// input asks the frontend for the line that cell id wants, and answers
// the child.
func (s *Supervisor) input(ch *child, id uint64, m *inputRequestMsg) {
	reply := &inputReplyMsg{}
	o := s.output(id)
	s.mu.Lock()
	ctx := s.ctxs[id]
	s.mu.Unlock()
	if o == nil || ctx == nil {
		reply.Err = engine.ErrNoStdin.Error()
	} else {
		v, err := o.Input(ctx, m.Prompt, m.Password)
		if err != nil {
			reply.Err = err.Error()
		}
		reply.Value = v
	}
	ch.c.send(id, reply)
}

// output returns the Output of cell id, or of the latest cell for id 0.
func (s *Supervisor) output(id uint64) engine.Output {
	s.mu.Lock()
	defer s.mu.Unlock()
	if id == 0 && len(s.order) > 0 {
		id = s.order[len(s.order)-1]
	}
	return s.outputs[id]
}

func (s *Supervisor) route(id uint64, name string, data []byte) {
	o := s.output(id)
	if o == nil {
		return
	}
	if name == "stderr" {
		o.Stderr().Write(data)
	} else {
		o.Stdout().Write(data)
	}
}

// call sends request id, m to ch and returns where its reply will arrive
// (closed if the child goes first).
func (s *Supervisor) call(ch *child, id uint64, m message) (chan frame, error) {
	w := make(chan frame, 1)
	ch.mu.Lock()
	if isDone(ch.gone) {
		ch.mu.Unlock()
		return nil, errors.New("the session process has gone")
	}
	ch.waiters[id] = w
	ch.mu.Unlock()
	if err := ch.c.send(id, m); err != nil {
		ch.mu.Lock()
		delete(ch.waiters, id)
		ch.mu.Unlock()
		return nil, err
	}
	return w, nil
}

func (s *Supervisor) newID() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextID++
	return s.nextID
}

// Execute implements engine.Engine.
func (s *Supervisor) Execute(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
	s.mu.Lock()
	last := s.child
	restarted := s.starts > 0 && (last == nil || isDone(last.exited) || isDone(last.gone) || last.retired.Load())
	s.mu.Unlock()
	ch, err := s.ensure(ctx)
	if err != nil {
		return engine.Result{Err: startError(err)}
	}
	if restarted {
		why := ""
		if last != nil && last.loss.Load() != nil {
			why = " (the last one ended: " + last.loss.Load().reason + ")"
		}
		fmt.Fprintf(out.Stderr(), "gopad: a fresh Go session was started%s; variables, functions and imports of earlier cells are gone.\n", why)
	}
	id := s.newID()
	// An input request of the cell ends with it (interrupted or not).
	cellCtx, cancel := context.WithCancel(ctx)
	s.track(id, cellCtx, out)
	defer func() {
		cancel()
		s.mu.Lock()
		delete(s.ctxs, id)
		s.mu.Unlock()
	}()
	for {
		res, r := s.executeOn(ctx, ch, id, req)
		if r == nil || !r.Reset {
			return res
		}
		// %reset: a new process, and the rest of the cell runs there.
		if ch, err = s.replace(ctx, ch); err != nil {
			return engine.Result{Err: startError(err)}
		}
		if r.Rest == "" && len(req.UserExpressions) == 0 || ctx.Err() != nil {
			return res
		}
		req.Code = r.Rest
	}
}

// startError explains why no session could run a cell.
func startError(err error) *engine.Error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return sessionError(engine.ErrInterrupted, "the cell was interrupted while the Go session was starting", "")
	}
	return sessionError(engine.ErrSession, "the Go session could not start: "+err.Error(), "")
}

// track records cell id's context (for its input requests) and output
// (for what it prints, also late); the outputs of the last 64 cells are
// kept.
func (s *Supervisor) track(id uint64, ctx context.Context, out engine.Output) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ctxs[id] = ctx
	s.outputs[id] = out
	s.order = append(s.order, id)
	if len(s.order) > 64 {
		delete(s.outputs, s.order[0])
		s.order = s.order[1:]
	}
}

// executeOn runs cell id in ch, and returns its result and the child's
// result message (nil when the child did not send one).
func (s *Supervisor) executeOn(ctx context.Context, ch *child, id uint64, req engine.Request) (engine.Result, *resultMsg) {
	w, err := s.call(ch, id, &executeMsg{Request: req})
	if err != nil {
		return s.crashed(ch), nil
	}
	select {
	case f, ok := <-w:
		if !ok {
			return s.crashed(ch), nil
		}
		return s.resultOf(f)
	case <-ctx.Done():
	}
	// Interrupted: ask the child to cancel, and replace it if it cannot.
	ch.c.send(id, &cancelMsg{})
	select {
	case f, ok := <-w:
		if !ok {
			return s.crashed(ch), nil
		}
		return s.resultOf(f)
	case <-time.After(Grace):
	}
	s.kill(ch)
	return engine.Result{Err: sessionError(engine.ErrInterrupted,
		fmt.Sprintf("the cell did not stop within %v of the interrupt (it was blocked in compiled code), so its Go session was replaced", Grace),
		"Variables, functions and imports of earlier cells are gone; the next cell runs in a fresh session.")}, nil
}

// resultOf returns the cell's result that reply f carries. A reply that
// is not a result, or claims one but carries none, is a protocol error: it
// is logged, and the cell fails with an error that says so.
func (s *Supervisor) resultOf(f frame) (engine.Result, *resultMsg) {
	r, ok := f.Msg.(*resultMsg)
	if ok && r.Result != nil {
		return *r.Result, r
	}
	s.log.Error("protocol error: the Go session answered a cell without a result", "id", f.ID, "op", f.Msg.op())
	return engine.Result{Err: sessionError(engine.ErrProtocol,
		"the Go session answered the cell without a result", "This is a bug in gopad; the session keeps running.")}, r
}

// replace ends ch, which asked for it (%reset), and starts its successor,
// which takes over ch's session folder.
func (s *Supervisor) replace(ctx context.Context, ch *child) (*child, error) {
	s.mu.Lock()
	if s.child == ch && ch.keep.Load() {
		ch.retired.Store(true)
		ch.c.close()
		s.reuse = ch.folder // the start lets ch exit first
	}
	s.mu.Unlock()
	next, err := s.ensure(ctx)
	s.mu.Lock()
	if s.reuse != "" { // no start took it over
		os.RemoveAll(s.reuse)
		s.reuse = ""
	}
	s.mu.Unlock()
	return next, err
}

// fatalHint explains an error the child reported before it ended itself.
const fatalHint = "The Go session used more memory than its limit (set " + EnvMemoryLimit + " to change it) and was restarted: variables, functions and imports of earlier cells are gone."

// crashed waits for a dead child to exit and explains why it died.
func (s *Supervisor) crashed(ch *child) engine.Result {
	select {
	case <-ch.exited:
	case <-time.After(5 * time.Second):
		s.kill(ch)
	}
	if l := ch.loss.Load(); l != nil {
		return engine.Result{Err: sessionError(l.name, l.reason, l.more)}
	}
	reason := ch.stderr.summary()
	code := ch.cmd.ProcessState.ExitCode()
	if reason == "" {
		reason = fmt.Sprintf("the session process exited with status %d", code)
	}
	return engine.Result{Err: sessionError(engine.ErrSessionCrashed, reason,
		"The Go session died and was restarted: variables, functions and imports of earlier cells are gone.\n"+ch.stderr.detail())}
}

func (s *Supervisor) kill(ch *child) {
	if ch.cmd.Process != nil {
		ch.cmd.Process.Kill()
	}
	<-ch.exited
}

// sessionError is the error name: value, with more lines of explanation
// under it.
func sessionError(name, value, more string) *engine.Error {
	e := engine.NewError(name, value)
	if more != "" {
		e.Traceback = append(e.Traceback, strings.Split(strings.TrimRight(more, "\n"), "\n")...)
	}
	return e
}

func isDone(c chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// quick sends a short request (completion, inspection) and returns the
// reply, or nil if none came within a time limit.
func (s *Supervisor) quick(ctx context.Context, m message) message {
	ch, err := s.ensure(ctx)
	if err != nil {
		return nil
	}
	w, err := s.call(ch, s.newID(), m)
	if err != nil {
		return nil
	}
	select {
	case r, ok := <-w:
		if ok {
			return r.Msg
		}
	case <-ctx.Done():
	case <-time.After(10 * time.Second):
	}
	return nil
}

// Complete implements engine.Engine.
func (s *Supervisor) Complete(ctx context.Context, code string, cursor int) engine.Completion {
	if r, ok := s.quick(ctx, &completeMsg{Code: code, Cursor: cursor}).(*completionMsg); ok {
		return r.Completion
	}
	return engine.Completion{CursorStart: cursor, CursorEnd: cursor}
}

// Inspect implements engine.Engine.
func (s *Supervisor) Inspect(ctx context.Context, code string, cursor, detail int) engine.Inspection {
	if r, ok := s.quick(ctx, &inspectMsg{Code: code, Cursor: cursor, Detail: detail}).(*inspectionMsg); ok {
		return r.Inspection
	}
	return engine.Inspection{}
}

// IsComplete implements engine.Engine.
func (s *Supervisor) IsComplete(code string) (string, string) {
	if r, ok := s.quick(context.Background(), &isCompleteMsg{Code: code}).(*isCompleteReplyMsg); ok {
		return r.Status, r.Indent
	}
	return "unknown", ""
}

// Close stops the child, and abandons a start under way (ending the
// process it started).
func (s *Supervisor) Close() error {
	s.mu.Lock()
	wasClosed := s.closed
	s.closed = true
	ch, st := s.child, s.starting
	s.child = nil
	s.mu.Unlock()
	if st != nil && !wasClosed {
		close(st.abort)
		<-st.done
	}
	if ch != nil {
		ch.c.close()
		select {
		case <-ch.exited:
		case <-time.After(time.Second):
			s.kill(ch)
		}
	}
	return nil
}
