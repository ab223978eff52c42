package interp

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"time"

	"github.com/gopad/gopad/interp/source"
	"github.com/gopad/gopad/kernel/engine"
)

// runtime.Goexit on main's goroutine ends main (its deferred calls run)
// but not the program: the other goroutines run on until one calls
// os.Exit, or none is left that can run, where Go stops with "fatal
// error: no goroutines (main called runtime.Goexit) - deadlock!". yaegi
// runs a cell on a goroutine of its own and took its end for the end of
// the statement: the cell went on with the next one, or ended at once
// without what the goroutines still printed. The cells' runtime.Goexit
// (goexit) marks the end of the cell's own goroutine; execute ends the
// evaluation with errGoexit, and Execute (mainGoexited) runs the cell's
// deferred calls and waits as a Go program would.

var (
	// errGoexit ends an evaluation whose goroutine called runtime.Goexit.
	errGoexit = errors.New("the cell's goroutine called runtime.Goexit")
	// errNoGoroutines is Go's fatal error once main called
	// runtime.Goexit and no goroutine can run.
	//
	//lint:ignore ST1005 Go's own words, which programs and tests look for
	errNoGoroutines = errors.New("fatal error: no goroutines (main called runtime.Goexit) - deadlock!")
)

// goexitName names the engine error of errGoexit, which Execute takes
// back before anyone sees it.
const goexitName = "gopad: Goexit"

// noGoroutinesError is errNoGoroutines for Jupyter, worded as Go's.
func noGoroutinesError() *engine.Error {
	const msg = "no goroutines (main called runtime.Goexit) - deadlock!"
	return &engine.Error{Name: "fatal error", Value: msg, Traceback: []string{
		red("fatal error") + ": " + msg,
		"A Go program exits here (exit status 2); the session keeps its state.",
	}}
}

// cellGoroutine is how runtime.Stack names the creator of yaegi's
// goroutine for a cell (ExecuteWithContext's).
const cellGoroutine = "created by github.com/traefik/yaegi/interp.(*Interpreter).ExecuteWithContext"

// goexit is runtime.Goexit for cells; on the cell's own goroutine it
// first marks the end of the cell's main, from when on an os.Exit of
// another goroutine waits for the cell to take it.
func (s *Session) goexit() {
	buf := make([]byte, 64<<10)
	if strings.Contains(string(buf[:runtime.Stack(buf, false)]), cellGoroutine) {
		s.exitWait.Store(true)
		s.goexited.Store(true)
	}
	runtime.Goexit()
}

// mainGoexited ends a cell whose goroutine called runtime.Goexit: its
// deferred calls run (the rest of main's), then it waits for what ends
// the program (afterGoexit). It returns the cell's error.
func (s *Session) mainGoexited(ctx context.Context) *engine.Error {
	defer s.exitWait.Store(false)
	err := s.runDefers()
	if err == nil {
		err = s.afterGoexit(ctx)
	}
	return s.evalError("", err, 0, source.Chunk{Kind: source.Stmt, Line: 1, Col: 1})
}

// goexitPoll is how often afterGoexit looks at the goroutines.
const goexitPoll = 20 * time.Millisecond

// afterGoexit waits for an os.Exit of another goroutine, an interrupt, or
// the moment when no goroutine of interpreted code can run (seen twice in
// a row): every one is blocked in interpreted code (allAsleep's reading),
// or, once the cells used a timer, which wakes goroutines that look
// blocked, none is left.
func (s *Session) afterGoexit(ctx context.Context) error {
	none, ended := make(chan struct{}), make(chan struct{})
	defer close(ended)
	go func() {
		t := time.NewTicker(goexitPoll)
		defer t.Stop()
		var buf []byte
		for seen := 0; seen < 2; {
			select {
			case <-ended:
				return
			case <-t.C:
			}
			if noneCanRun(stacks(&buf), s.timers) {
				seen++
			} else {
				seen = 0
			}
		}
		close(none)
	}()
	select {
	case code := <-s.exits:
		return exitError(code)
	case <-ctx.Done():
		return ctx.Err()
	case <-none:
		return errNoGoroutines
	}
}

// noneCanRun reads a dump of runtime.Stack(all): no goroutine runs
// interpreted code that may go on (afterGoexit); goroutines parked by an
// os.Exit are none.
func noneCanRun(dump string, timers bool) bool {
	return eachGoroutine(dump, func(state string, frames, _ []string) bool {
		switch {
		case !hasFrame(frames, "github.com/traefik/yaegi/interp."),
			hasFrame(frames, "github.com/gopad/gopad/interp.(*Session).osExit"):
			return true
		}
		return !timers && asleepState(state) && blockedInInterpreted(frames)
	})
}
