package async

import (
	"context"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// scope is what a Run (or a Gather or Sequential called outside any Run)
// owns: its timeline, its tasks and its goroutines.
type scope struct {
	tl     *Timeline       // nil for the ambient scope
	parent context.Context // the context the root was started with
	host   context.Context // the host context when the root started
	n      atomic.Int64    // default names "task N"
	wg     sync.WaitGroup  // goroutines started in the scope

	mu    sync.Mutex
	tasks []*Task // started with Go, for the unawaited report
}

// ambient holds tasks started outside any Run.
var ambient = &scope{}

var lastTL atomic.Pointer[Timeline]

type scopeKey struct{}

type scopeVal struct {
	sc    *scope
	depth int
}

func withScope(ctx context.Context, sc *scope, depth int) context.Context {
	return context.WithValue(ctx, scopeKey{}, scopeVal{sc, depth})
}

func scopeOf(ctx context.Context) (*scope, int) {
	if v, ok := ctx.Value(scopeKey{}).(scopeVal); ok {
		return v.sc, v.depth
	}
	return ambient, 0
}

// beginRoot starts a new root scope unless ctx already has one and
// always is false. The returned context is cancelled by end, by ctx and by
// the host context; end reports unawaited tasks, cancels what is left and
// waits for it.
func beginRoot(ctx context.Context, always bool) (*scope, context.Context, func()) {
	if sc, _ := scopeOf(ctx); sc != ambient && !always {
		return sc, ctx, func() {}
	}
	host := Context()
	cctx, cancel := context.WithCancel(ctx)
	stop := context.AfterFunc(host, cancel)
	sc := &scope{tl: &Timeline{begin: time.Now()}, parent: ctx, host: host}
	lastTL.Store(sc.tl)
	end := func() {
		sc.report(getWriter(&reportW, stderrBox), false)
		cancel()
		stop()
		sc.wait()
		sc.tl.mu.Lock()
		sc.tl.finish = time.Now()
		sc.tl.mu.Unlock()
	}
	return sc, withScope(cctx, sc, 0), end
}

// cancelledFromOutside tells whether the root's parent or the host
// context is done.
func (sc *scope) cancelledFromOutside() bool {
	return sc.parent != nil && (sc.parent.Err() != nil || sc.host.Err() != nil)
}

func (sc *scope) outsideErr() error {
	if err := sc.parent.Err(); err != nil {
		return err
	}
	return sc.host.Err()
}

// wait waits for the scope's goroutines; when the run was interrupted from
// outside it gives them only a short grace period.
func (sc *scope) wait() {
	done := make(chan struct{})
	go func() { sc.wg.Wait(); close(done) }()
	select {
	case <-done:
		return
	case <-sc.parent.Done():
	case <-sc.host.Done():
	}
	select {
	case <-done:
	case <-time.After(100 * time.Millisecond):
	}
}

// nameFor returns f's name: the one given by Named, else the Go function
// name when it is meaningful, else "task N".
func (sc *scope) nameFor(f Func) string {
	if name := funcName(f); name != "" {
		return name
	}
	return fmt.Sprintf("task %d", sc.n.Add(1))
}

func (sc *scope) begin(name string, depth int) *Span {
	sp := &Span{Name: name, Start: time.Now(), Depth: depth}
	if sc.tl != nil {
		sc.tl.mu.Lock()
		sc.tl.spans = append(sc.tl.spans, sp)
		sc.tl.mu.Unlock()
	}
	return sp
}

func (sc *scope) end(sp *Span, res any, err error) {
	if sc.tl != nil {
		sc.tl.mu.Lock()
		defer sc.tl.mu.Unlock()
	}
	sp.End, sp.Result, sp.Err = time.Now(), res, err
}

// report writes a line for each task that was never awaited and forgets
// it. With onlyDone, tasks still running are kept for a later report.
func (sc *scope) report(w *writerBox, onlyDone bool) int {
	sc.mu.Lock()
	var names []string
	keep := sc.tasks[:0]
	for _, t := range sc.tasks {
		switch {
		case t.awaited.Load():
		case onlyDone && !t.isDone():
			keep = append(keep, t)
		default:
			names = append(names, t.name)
		}
	}
	clear(sc.tasks[len(keep):])
	sc.tasks = keep
	sc.mu.Unlock()
	for _, n := range names {
		w.write([]byte(fmt.Sprintf("async: task %q was never awaited\n", n)))
	}
	return len(names)
}

// ReportUnawaited writes "async: task "x" was never awaited" to w (the
// report writer when w is nil) for each task started outside any Run that
// has finished without being awaited or cancelled, forgets those tasks and
// returns how many there were. Tasks still running are checked again at
// the next call. A notebook kernel calls it at the end of every cell.
func ReportUnawaited(w io.Writer) int {
	b := getWriter(&reportW, stderrBox)
	if w != nil {
		b = &writerBox{w: w}
	}
	return ambient.report(b, true)
}

// LastTimeline returns the timeline of the most recent Run (or of the most
// recent Gather, GatherAll or Sequential called outside any Run), nil
// before the first. A timeline still in progress shows running tasks.
func LastTimeline() *Timeline { return lastTL.Load() }

// Task is a Func running in its own goroutine, like an asyncio.Task.
type Task struct {
	name    string
	cancel  context.CancelFunc
	done    chan struct{}
	res     any
	err     error
	awaited atomic.Bool
}

// Go starts f in a new goroutine and returns its task, like
// asyncio.create_task. The task's context is derived from ctx; inside a
// [Run] the task is cancelled when Run's function returns, and reported if
// it was never awaited (or cancelled). A panic in f becomes a *PanicError.
func Go(ctx context.Context, f Func) *Task {
	sc, depth := scopeOf(ctx)
	t := &Task{name: sc.nameFor(f), done: make(chan struct{})}
	tctx, cancel := context.WithCancel(ctx)
	t.cancel = cancel
	sp := sc.begin(t.name, depth)
	sc.mu.Lock()
	sc.tasks = append(sc.tasks, t)
	sc.mu.Unlock()
	sc.wg.Add(1)
	go func() {
		defer sc.wg.Done()
		defer cancel()
		t.res, t.err = protect(withScope(tctx, sc, depth+1), f, t.name)
		sc.end(sp, t.res, t.err)
		close(t.done)
	}()
	return t
}

// Name returns the task's name (see [Named]).
func (t *Task) Name() string { return t.name }

// Done returns a channel that is closed when the task has finished.
func (t *Task) Done() <-chan struct{} { return t.done }

func (t *Task) isDone() bool {
	select {
	case <-t.done:
		return true
	default:
		return false
	}
}

// Await waits for the task to finish and returns its result, like
// await task. It returns early with the host context's error when that
// context is done (a notebook interrupt). A cancelled task's error is
// usually context.Canceled.
func (t *Task) Await() (any, error) {
	t.awaited.Store(true)
	host := Context()
	select {
	case <-t.done:
		return t.res, t.err
	case <-host.Done():
		select {
		case <-t.done:
			return t.res, t.err
		default:
			return nil, host.Err()
		}
	}
}

// Cancel asks the task to stop by cancelling its context, like
// task.cancel(). It does not wait; use [Task.Await] for that. A cancelled
// task counts as handled: it is not reported as never awaited.
func (t *Task) Cancel() {
	t.awaited.Store(true)
	t.cancel()
}

// String returns the task's name and state.
func (t *Task) String() string {
	state := "running"
	if t.isDone() {
		state = "done"
	}
	return fmt.Sprintf("task %q (%s)", t.name, state)
}

type probeKey struct{}

// Named returns f with a name for reports and timelines, e.g.
// async.Gather(ctx, async.Named("Task One", taskOne), ...). Without it a
// task is named after its Go function (taskOne) when there is one, else
// "task 1", "task 2", … (functions declared in notebook cells have no Go
// name visible to this package).
func Named(name string, f Func) Func {
	return named(name, f)
}

//go:noinline
func named(name string, f Func) Func {
	return func(ctx context.Context) (any, error) {
		if p, ok := ctx.Value(probeKey{}).(*string); ok {
			*p = name
			return nil, nil
		}
		if f == nil {
			return nil, ErrNilFunc
		}
		return f(ctx)
	}
}

var namedPC = reflect.ValueOf(named("", nil)).Pointer()

var probeCtx = context.Background()

// funcName returns the name given by Named, or f's Go name when it is a
// plain (non-closure, non-interpreted) function, or "".
func funcName(f Func) string {
	if f == nil {
		return ""
	}
	pc := reflect.ValueOf(f).Pointer()
	if pc == namedPC {
		var name string
		f(context.WithValue(probeCtx, probeKey{}, &name)) //nolint:errcheck // probe only
		return name
	}
	fn := runtime.FuncForPC(pc)
	if fn == nil {
		return ""
	}
	return cleanName(fn.Name())
}

// cleanName turns "example.com/pkg.taskOne" into "taskOne" and
// "pkg.(*T).Run-fm" into "T.Run"; closures and reflection stubs give "".
func cleanName(full string) string {
	if strings.HasPrefix(full, "reflect.") || strings.Contains(full, "yaegi") {
		return ""
	}
	s := full[strings.LastIndexByte(full, '/')+1:]
	i := strings.IndexByte(s, '.')
	if i < 0 {
		return ""
	}
	s = strings.TrimSuffix(s[i+1:], "-fm")
	s = strings.NewReplacer("(*", "", ")", "").Replace(s)
	if s == "" || strings.ContainsAny(s, "[") {
		return ""
	}
	for _, part := range strings.Split(s, ".") {
		if part == "" || strings.Trim(part, "0123456789") == "" ||
			strings.HasPrefix(part, "func") && strings.Trim(part[4:], "0123456789") == "" {
			return "" // a closure: outer.func1, outer.func1.2, glob..func1
		}
	}
	return s
}

func stackLen(buf []byte) int { return runtime.Stack(buf, false) }
