package interp

import (
	"context"
	"fmt"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	yaegi "github.com/traefik/yaegi/interp"
)

// How a cell is interrupted.
//
// yaegi's own cancellation (a cancelled ExecuteWithContext) stops every
// interpreted goroutine, but it also marks every closure created before it
// as belonging to a finished run: from then on such a closure returns zero
// values without running its body. A closure kept in a variable would give
// silent wrong answers after any interrupt. So gopad interrupts softly first,
// with code of its own that leaves the interpreter untouched:
//
//   - the rewrite pass puts a check at the top of every loop body and of
//     every function body the cells declare (if *gp_.Stop != 0 { gp_.Halt() });
//   - time.Sleep in cells is the stopper's sleep, which wakes at an interrupt;
//   - functions compiled by package native unwind at their next iteration.
//
// A goroutine that meets one of these while the interrupt is in effect ends
// (runtime.Goexit: its deferred calls run, a recover cannot catch it), and
// the cell's goroutine ending ends the cell. Only when the cell has not
// ended after softGrace (it waits in a channel operation, or in compiled
// code) does gopad fall back to yaegi's cancellation; the variables that
// hold functions created before it are then cleared, and the cell says so.

// softGrace is how long a soft interrupt may take before yaegi's
// cancellation stops the cell: loops and sleeps stop within microseconds,
// so this is only the time for the scheduler to run the interrupted
// goroutine on a busy machine (where 100 ms was seen to be too short).
const softGrace = 500 * time.Millisecond

// stopper is a session's soft interrupt. flag is read by interpreted code
// (gopad/builtin.Stop) without synchronization on every loop iteration:
// it is written atomically, and a stale read only delays the stop to a
// later iteration.
type stopper struct {
	flag    int32
	mu      sync.Mutex
	ch      chan struct{} // closed by raise; replaced by lower
	running bool          // an evaluation runs: raise has something to stop
}

func newStopper() *stopper { return &stopper{ch: make(chan struct{})} }

// begin marks the start of an evaluation. An interrupt stays in effect
// until here, so that the goroutines it should stop (those of earlier
// cells too) meet it even when a busy machine runs them late.
func (st *stopper) begin() {
	st.lower()
	st.mu.Lock()
	st.running = true
	st.mu.Unlock()
}

// end marks the end of an evaluation: a raise that comes later (its
// interrupt arrived as the evaluation ended) does nothing, or it would stop
// the next cell's code, which nobody interrupted. An interrupt raised
// during the evaluation stays in effect (see begin).
func (st *stopper) end() {
	st.mu.Lock()
	st.running = false
	st.mu.Unlock()
}

// raise puts the interrupt in effect while an evaluation runs: every
// check and sleep ends its goroutine until lower.
func (st *stopper) raise() {
	st.mu.Lock()
	defer st.mu.Unlock()
	if !st.running || atomic.LoadInt32(&st.flag) != 0 {
		return
	}
	atomic.StoreInt32(&st.flag, 1)
	close(st.ch)
}

// lower ends the interrupt, before the next cell runs.
func (st *stopper) lower() {
	st.mu.Lock()
	defer st.mu.Unlock()
	if atomic.LoadInt32(&st.flag) == 0 {
		return
	}
	st.ch = make(chan struct{})
	atomic.StoreInt32(&st.flag, 0)
}

func (st *stopper) done() <-chan struct{} {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.ch
}

// halt is gopad/builtin.Halt, called by the checks when the interrupt is
// in effect.
func (st *stopper) halt() {
	if atomic.LoadInt32(&st.flag) != 0 {
		runtime.Goexit()
	}
}

// exit ends the goroutine: gopad/builtin.Exit, for a channel wait that
// the interrupt ended.
func (st *stopper) exit() { runtime.Goexit() }

// recv is gopad/builtin.Recv: a receive from the channel ch that the
// interrupt ends, for a cell whose value is the received one.
func (st *stopper) recv(ch any) any {
	_, v, _ := reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(st.done())},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ch)},
	})
	if atomic.LoadInt32(&st.flag) != 0 {
		runtime.Goexit()
	}
	return v.Interface()
}

// send is gopad/builtin.Send: a send on the channel ch of the value p
// points to (nil: the element type's zero value) that the interrupt ends.
// A value of another basic type (an untyped constant's default type) is
// converted to the channel's element type, as Go's assignment does. The
// cases are the call's own: yaegi's select keeps one set per statement,
// which goroutines running the same statement overwrite for each other.
// It reports false, without sending, when the value is not assignable to
// the element type (a channel of a cell's interface type, whose values
// only yaegi makes): the cell's code then sends it itself.
func (st *stopper) send(ch, p any) bool {
	c := reflect.ValueOf(ch)
	et := c.Type().Elem()
	v := reflect.Zero(et)
	if p != nil {
		v = reflect.ValueOf(p).Elem()
	}
	if !v.Type().AssignableTo(et) {
		if !basicKind(v.Kind()) || !v.Type().ConvertibleTo(et) {
			return false
		}
		v = v.Convert(et)
	}
	for {
		chosen, _, _ := reflect.Select([]reflect.SelectCase{
			{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(st.done())},
			{Dir: reflect.SelectSend, Chan: c, Send: v},
		})
		if chosen == 1 {
			return true
		}
		if atomic.LoadInt32(&st.flag) != 0 {
			runtime.Goexit()
		}
	}
}

// choose is gopad/builtin.Select: the wait of a select statement
// (rewrite's SelectCases), with cases of the call's own, as (kind,
// channel, pointer) triples: kind 0 a receive into *pointer (nil: the
// value is dropped), 1 a send of *pointer, 2 the default. It returns the
// chosen case's index and a receive's ok. yaegi's select keeps one set of
// cases per statement, which goroutines running the same statement
// overwrote for each other. An interrupt ends the goroutine.
func (st *stopper) choose(triples ...any) (int, bool) {
	n := len(triples) / 3
	cases := make([]reflect.SelectCase, n+1)
	for i := range n {
		kind, ch, p := triples[3*i].(int), triples[3*i+1], triples[3*i+2]
		switch kind {
		case 0:
			cases[i] = reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ch)}
		case 1:
			c := reflect.ValueOf(ch)
			cases[i] = reflect.SelectCase{Dir: reflect.SelectSend, Chan: c, Send: sendable(c, reflect.ValueOf(p).Elem())}
		default:
			cases[i] = reflect.SelectCase{Dir: reflect.SelectDefault}
		}
	}
	for {
		cases[n] = reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(st.done())}
		chosen, v, ok := reflect.Select(cases)
		if chosen < n {
			if p := triples[3*chosen+2]; cases[chosen].Dir == reflect.SelectRecv && p != nil {
				dst := reflect.ValueOf(p).Elem()
				if !v.Type().AssignableTo(dst.Type()) {
					v = v.Convert(dst.Type())
				}
				dst.Set(v)
			}
			return chosen, ok
		}
		if atomic.LoadInt32(&st.flag) != 0 {
			runtime.Goexit()
		}
	}
}

// sendable is v as the channel c takes it: converted when v's type is not
// c's element type (a nil channel's case never sends).
func sendable(c, v reflect.Value) reflect.Value {
	if et := c.Type().Elem(); !v.Type().AssignableTo(et) && v.Type().ConvertibleTo(et) {
		return v.Convert(et)
	}
	return v
}

// basicKind reports whether k is a boolean, numeric or string kind.
func basicKind(k reflect.Kind) bool {
	return k >= reflect.Bool && k <= reflect.Complex128 || k == reflect.String
}

// sleep is time.Sleep for cells: it ends its goroutine when an interrupt
// comes first.
func (st *stopper) sleep(d time.Duration) {
	if d <= 0 {
		st.halt()
		return
	}
	t := time.NewTimer(d)
	select {
	case <-t.C:
	case <-st.done():
		t.Stop()
		runtime.Goexit()
	}
}

// execute runs prog as a cell's chunk: an interrupt (ctx done) stops it
// softly, and after softGrace with yaegi's cancellation. hard reports that
// the cancellation was used. A call of os.Exit ends it at once.
func (s *Session) execute(ctx context.Context, prog *yaegi.Program) (v reflect.Value, err error, hard bool) {
	execCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	exited := false
	defer func() {
		if !exited {
			cancel()
		}
	}()
	ended := make(chan struct{})
	s.running.Store(&ended) // before the cell can call os.Exit
	defer s.running.Store(nil)
	s.stop.begin() // before the interrupt can come, which raise would ignore
	stop := context.AfterFunc(ctx, func() {
		s.stop.raise()
		s.natives.rt.Interrupt()
		t := time.NewTimer(softGrace)
		defer t.Stop()
		select {
		case <-t.C:
			cancel()
		case <-ended:
		}
	})
	type result struct {
		v   reflect.Value
		err error
	}
	done := make(chan result, 1)
	go func() {
		v, err := s.in.ExecuteWithContext(execCtx, prog)
		done <- result{v, err}
	}()
	var dead chan struct{} // nil: no watch
	if !s.timers {
		dead = make(chan struct{})
		go watchDeadlock(ended, dead)
	}
	select {
	case r := <-done:
		v, err = r.v, r.err
		if s.goexited.Swap(false) {
			v, err = reflect.Value{}, errGoexit // the cell's main ended (goexit.go)
		}
	case <-dead:
		// Go's fatal error: the goroutines stay parked, as for os.Exit.
		exited = true
		s.stop.end()
		close(ended)
		stop()
		s.deferred = false
		return reflect.Value{}, errDeadlock, false
	case code := <-s.exits:
		// os.Exit (osexit.go): its goroutine stays parked. Cancelling
		// execCtx would make yaegi stop the whole interpreter.
		exited = true
		s.stop.end()
		close(ended)
		stop()
		s.deferred = false // Go runs no deferred call on exit
		return reflect.Value{}, exitError(code), false
	}
	hard = execCtx.Err() != nil
	s.stop.end()
	close(ended)
	stop()
	return v, err, hard
}

// Quiet periods after an interrupt: the output of the interrupted code must
// have stopped for this long before the cell ends, or it would print into
// the next cells. After a soft interrupt the cell's goroutine has ended,
// and only goroutines it left may still print; after yaegi's cancellation
// the cell's goroutine itself may still run (yaegi returns at once), and a
// busy machine can keep it from running for a while.
const (
	quietSoft = 200 * time.Millisecond
	quietHard = time.Second
	quietMax  = 3 * time.Second
)

// afterInterrupt ends an interrupted evaluation: after yaegi's
// cancellation (hard) it clears the functions that no longer run, and it
// waits until the interrupted code stops printing. Code that goes on
// printing breaks the session (errBroken): nothing in-process can stop it.
func (s *Session) afterInterrupt(ctx context.Context, hard bool) error {
	idle := quietSoft
	if hard {
		idle = quietHard
		if names := s.clearFuncs(); len(names) > 0 && s.out != nil {
			fmt.Fprintf(s.out.Stderr(), "gopad: the interrupt had to stop the interpreter (the cell waited in a channel operation or in compiled code), "+
				"so functions created before it no longer run. These variables held such functions and are now nil: %s. "+
				"Run the cells that set them again.\n", strings.Join(names, ", "))
		}
	}
	if !s.router.quiet(idle, quietMax) {
		s.broken.Store(true)
		s.router.set(context.Background(), nil)
		return errBroken
	}
	return ctx.Err()
}

// clearFuncs clears, after yaegi's cancellation, the session's variables
// that hold functions (also in slices, arrays, maps, struct fields and
// pointers): closures created before the cancellation no longer run their
// bodies, and a nil function fails loudly where they would return zero
// values. It returns the names of the variables it changed.
func (s *Session) clearFuncs() []string {
	var names []string
	for name, v := range s.globals() {
		if clearFuncValues(v, map[uintptr]bool{}, 0) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// clearFuncValues sets the non-nil functions reachable from v to nil,
// where they can be set, and reports whether it found any.
func clearFuncValues(v reflect.Value, seen map[uintptr]bool, depth int) bool {
	if !v.IsValid() || depth > 16 {
		return false
	}
	switch v.Kind() {
	case reflect.Func:
		if v.IsNil() {
			return false
		}
		if v.CanSet() {
			v.Set(reflect.Zero(v.Type()))
		}
		return true
	case reflect.Interface:
		if v.IsNil() {
			return false
		}
		if e := v.Elem(); e.Kind() == reflect.Func {
			if v.CanSet() {
				v.Set(reflect.Zero(v.Type()))
			}
			return true
		}
		return clearFuncValues(v.Elem(), seen, depth+1)
	case reflect.Pointer:
		if v.IsNil() || seen[v.Pointer()] {
			return false
		}
		seen[v.Pointer()] = true
		return clearFuncValues(v.Elem(), seen, depth+1)
	case reflect.Struct:
		found := false
		for i := range v.NumField() {
			found = clearFuncValues(v.Field(i), seen, depth+1) || found
		}
		return found
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && (v.IsNil() || seen[v.Pointer()]) {
			return false
		}
		if v.Kind() == reflect.Slice {
			seen[v.Pointer()] = true
		}
		found := false
		for i := range v.Len() {
			found = clearFuncValues(v.Index(i), seen, depth+1) || found
		}
		return found
	case reflect.Map:
		return clearMapFuncs(v, seen, depth)
	}
	return false
}

// clearMapFuncs clears the functions among a map's values (map values
// cannot be set in place: a changed value is stored again).
func clearMapFuncs(m reflect.Value, seen map[uintptr]bool, depth int) bool {
	if m.IsNil() || seen[m.Pointer()] {
		return false
	}
	seen[m.Pointer()] = true
	found := false
	it := m.MapRange()
	for it.Next() {
		val := reflect.New(it.Value().Type()).Elem()
		val.Set(it.Value())
		if clearFuncValues(val, seen, depth+1) {
			found = true
			m.SetMapIndex(it.Key(), val)
		}
	}
	return found
}
