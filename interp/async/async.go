// Package async is the Go counterpart of Python's asyncio, for notebooks
// and ordinary programs alike.
//
// Go needs no event loop: goroutines already run concurrently, and a
// [context.Context] carries cancellation. This package gives the asyncio
// vocabulary a Go shape, records what ran when (see [Timeline]) and reports
// tasks that were started but never awaited:
//
//	asyncio                                   async
//	async def f(): ...                        func f(ctx context.Context) (any, error)  (a Func)
//	asyncio.run(main())                       async.Run(main)
//	await asyncio.sleep(2)                    async.Sleep(ctx, 2*time.Second)
//	await coro()                              async.Call(ctx, coro)  (or just coro(ctx))
//	await asyncio.gather(a(), b())            async.Gather(ctx, a, b)
//	gather(a(), b(), return_exceptions=True)  async.GatherAll(ctx, a, b)
//	task = asyncio.create_task(c())           task := async.Go(ctx, c)
//	await task                                task.Await()
//	task.cancel()                             task.Cancel()
//	await asyncio.wait_for(c(), 5)            async.WaitFor(ctx, 5*time.Second, c)
//	asyncio.TimeoutError                      an error wrapping context.DeadlineExceeded
//	asyncio.CancelledError                    context.Canceled
//
// A [Func] must watch its context: it should return soon after ctx is
// cancelled, as [Sleep] does. [Run] cancels the tasks still running when its
// function returns and waits for them, as asyncio.run does; tasks that were
// never awaited are reported ("async: task "x" was never awaited").
//
// # Hosts
//
// A notebook kernel calls [BeginCell] when a cell starts and the function
// it returns when the cell ends: an interrupt then stops the cell's Run,
// Sleep, Gather and Await calls, [Log] writes to the cell's output, and
// tasks never awaited are reported in it. Other hosts can use
// [SetBaseContext], [SetOutput], [SetReportWriter] and [ReportUnawaited]
// directly. Compiled programs need none of this: the defaults are
// context.Background, os.Stdout and os.Stderr.
//
// The exported API has no generic functions, so notebook cells can call
// all of it through the interpreter's symbol tables; functions declared in
// a cell can be passed as Funcs, also to the variadic Gather (each variadic
// function also has a slice form, such as [GatherSlice]).
package async

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Func is a coroutine: a function that may take a while, returns a result
// or an error, and stops early when ctx is cancelled.
type Func func(ctx context.Context) (any, error)

// PanicError is the error of a task whose function panicked.
type PanicError struct {
	Task  string // name of the task
	Value any    // value passed to panic
	Stack []byte // stack of the panicking goroutine
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("async: task %q panicked: %v", e.Task, e.Value)
}

// ErrNilFunc is returned for a nil Func.
var ErrNilFunc = errors.New("async: nil Func")

var baseFn atomic.Pointer[func() context.Context]

// SetBaseContext installs the host's base context and returns a function
// that restores the previous one; nil means context.Background. f is
// called when [Run] and each blocking call ([Sleep], [Gather], [WaitFor],
// [Task.Await], …) start, and the call returns early with the context's
// error once that context is done. The context must be done only when the
// work must stop (an interrupt): calls that started under it, also in
// background tasks, end when it is done. Notebook kernels should use
// [BeginCell], which takes care of this.
func SetBaseContext(f func() context.Context) (restore func()) {
	var p *func() context.Context
	if f != nil {
		p = &f
	}
	old := baseFn.Swap(p)
	return func() { baseFn.Store(old) }
}

// Context returns the host's base context: context.Background in compiled
// programs, in a notebook a context that is done when the running cell is
// interrupted.
func Context() context.Context {
	if p := baseFn.Load(); p != nil {
		if ctx := (*p)(); ctx != nil {
			return ctx
		}
	}
	return context.Background()
}

// BeginCell wires the package to a notebook cell that runs under ctx and
// returns the function to call when the cell ends. While the cell runs,
// cancelling ctx (an interrupt) stops Run, Sleep, Gather, Await and the
// other blocking calls; once end has been called, cancelling ctx no longer
// affects anything, so tasks left running by the cell go on. stdout and
// stderr, when not nil, become the writers of [Log] and of the reports of
// tasks never awaited (they stay in place after the cell, for background
// tasks). end reports the tasks started outside any Run that finished
// without being awaited (see [ReportUnawaited]).
func BeginCell(ctx context.Context, stdout, stderr io.Writer) (end func()) {
	if stdout != nil {
		SetOutput(stdout)
	}
	if stderr != nil {
		SetReportWriter(stderr)
	}
	cell, cancel := context.WithCancel(context.Background())
	stop := context.AfterFunc(ctx, cancel)
	restore := SetBaseContext(func() context.Context { return cell })
	var once sync.Once
	return func() {
		once.Do(func() {
			stop()
			restore()
			ReportUnawaited(nil)
		})
	}
}

// writerBox serializes writes to w, or to *std (read at each write, so
// that tests and examples can redirect os.Stdout) when w is nil.
type writerBox struct {
	mu  sync.Mutex
	w   io.Writer
	std **os.File
}

func (b *writerBox) write(p []byte) {
	b.mu.Lock()
	defer b.mu.Unlock()
	w := b.w
	if w == nil {
		w = *b.std
	}
	w.Write(p) //nolint:errcheck // best effort, like log output
}

var (
	stdoutBox = &writerBox{std: &os.Stdout}
	stderrBox = &writerBox{std: &os.Stderr}
)

var (
	outW    atomic.Pointer[writerBox]
	reportW atomic.Pointer[writerBox]
)

func setWriter(p *atomic.Pointer[writerBox], w io.Writer) (restore func()) {
	var b *writerBox
	if w != nil {
		b = &writerBox{w: w}
	}
	old := p.Swap(b)
	return func() { p.Store(old) }
}

func getWriter(p *atomic.Pointer[writerBox], def *writerBox) *writerBox {
	if b := p.Load(); b != nil {
		return b
	}
	return def
}

// SetOutput sets where [Log] writes (os.Stdout when unset or nil) and
// returns a function that restores the previous writer.
func SetOutput(w io.Writer) (restore func()) { return setWriter(&outW, w) }

// SetReportWriter sets where [Run] reports tasks that were never awaited
// (os.Stderr when unset or nil) and returns a function that restores the
// previous writer.
func SetReportWriter(w io.Writer) (restore func()) { return setWriter(&reportW, w) }

// Now returns the wall clock as "15:04:05", the chapter's time.strftime
// ('%H:%M:%S').
func Now() string { return time.Now().Format("15:04:05") }

// Log prints "15:04:05 - " and the formatted message, with a newline, to
// the output set by [SetOutput].
func Log(format string, args ...any) {
	msg := Now() + " - " + fmt.Sprintf(format, args...)
	if !strings.HasSuffix(msg, "\n") {
		msg += "\n"
	}
	getWriter(&outW, stdoutBox).write([]byte(msg))
}

// Sleep pauses for d, like await asyncio.sleep(d). It returns nil after d,
// or ctx's error as soon as ctx (or the host's base context) is done.
func Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	host := Context()
	if d <= 0 {
		return host.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-host.Done():
		return host.Err()
	}
}

// Run runs f, like asyncio.run(f()): f gets a context derived from the
// host's base context, so interrupting a notebook cell cancels it. When f
// returns, Run reports the tasks started inside it (with [Go]) that were
// never awaited, cancels the tasks still running and waits for them to end.
// The tasks run inside it form the [Timeline] returned by [LastTimeline].
// If the run was cancelled from outside, Run returns the context's error.
func Run(f Func) (any, error) { return RunContext(Context(), f) }

// RunContext is [Run] with a parent context other than the host's.
func RunContext(ctx context.Context, f Func) (res any, err error) {
	if f == nil {
		return nil, ErrNilFunc
	}
	sc, rctx, end := beginRoot(ctx, true)
	defer func() {
		end()
		if err == nil && sc.cancelledFromOutside() {
			res, err = nil, sc.outsideErr()
		}
	}()
	return f(rctx)
}

// Call runs f now, in the calling goroutine, and returns its result, like
// await f(). Inside a [Run] the call is recorded in the timeline, so
// awaiting tasks one after another gives consecutive bars.
func Call(ctx context.Context, f Func) (any, error) {
	sc, depth := scopeOf(ctx)
	name := sc.nameFor(f)
	if f == nil {
		return nil, ErrNilFunc
	}
	sp := sc.begin(name, depth)
	res, err := f(withScope(ctx, sc, depth+1))
	sc.end(sp, res, err)
	return res, err
}

// Sequential awaits fs one after another and returns their results in
// order; it stops at the first error and returns it. Outside a [Run] it
// records its own timeline (see [LastTimeline]).
func Sequential(ctx context.Context, fs ...Func) ([]any, error) {
	return SequentialSlice(ctx, fs)
}

// SequentialSlice is [Sequential] with a slice parameter.
func SequentialSlice(ctx context.Context, fs []Func) (results []any, err error) {
	sc, cctx, end := beginRoot(ctx, false)
	defer func() {
		end()
		if err == nil && sc.cancelledFromOutside() {
			err = sc.outsideErr()
		}
	}()
	results = make([]any, 0, len(fs))
	for _, f := range fs {
		if err := cctx.Err(); err != nil {
			return results, err
		}
		r, err := Call(cctx, f)
		if err != nil {
			return results, err
		}
		results = append(results, r)
	}
	return results, nil
}

// WaitFor runs f with a time limit d, like asyncio.wait_for. When d passes
// first, f's context is cancelled and WaitFor returns at once with an error
// that wraps context.DeadlineExceeded (f's goroutine ends when f returns).
func WaitFor(ctx context.Context, d time.Duration, f Func) (any, error) {
	sc, depth := scopeOf(ctx)
	name := sc.nameFor(f)
	if f == nil {
		return nil, ErrNilFunc
	}
	tctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	sp := sc.begin(name, depth)
	type out struct {
		res any
		err error
	}
	ch := make(chan out, 1)
	sc.wg.Add(1)
	go func() {
		defer sc.wg.Done()
		r, err := protect(withScope(tctx, sc, depth+1), f, name)
		sc.end(sp, r, err)
		ch <- out{r, err}
	}()
	host := Context()
	select {
	case o := <-ch:
		if o.err != nil && errors.Is(tctx.Err(), context.DeadlineExceeded) && ctx.Err() == nil {
			return o.res, timeoutError(name, d)
		}
		return o.res, o.err
	case <-tctx.Done():
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, timeoutError(name, d)
	case <-host.Done():
		return nil, host.Err()
	}
}

func timeoutError(name string, d time.Duration) error {
	return fmt.Errorf("async: task %q timed out after %v: %w", name, d, context.DeadlineExceeded)
}

// protect calls f and turns a panic into a *PanicError.
func protect(ctx context.Context, f Func, name string) (res any, err error) {
	defer func() {
		if r := recover(); r != nil {
			buf := make([]byte, 8<<10)
			buf = buf[:stackLen(buf)]
			res, err = nil, &PanicError{Task: name, Value: r, Stack: buf}
		}
	}()
	if f == nil {
		return nil, ErrNilFunc
	}
	return f(ctx)
}
