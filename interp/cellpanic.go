package interp

import (
	"errors"
	"strings"
	"sync/atomic"

	"github.com/gopad/gopad/interp/gopadrt"
	"github.com/gopad/gopad/interp/source"
	"github.com/gopad/gopad/kernel/engine"
	yaegi "github.com/traefik/yaegi/interp"
)

// A program split into cells keeps main's panic handlers: the deferred
// function literal that calls recover at the top of main covers the rest
// of main, which later cells run. So a cell's top-level handler is kept
// (rewrite.CellDefers puts it in the prelude's gopadHandlers) until a cell
// panics. Then, as Go unwinds main, the cell's own deferred calls and the
// kept handlers run with the panic in flight: recover() in them returns
// it, and a handler that recovers ends the cell as main's return ends the
// program, without an error. Handlers that no panic reached stay kept;
// a goroutine's panic, which main's defers cannot recover in Go either,
// and os.Exit do not run them.

// flight is a cell's panic while its deferred calls run.
type flight struct {
	value any
	taken atomic.Bool
	err   error // the evaluation's error, for a panic a deferred call raised
}

// recovered is gopadBuiltin.Recovered: recover()'s value in Go's words,
// or the cell's panic in flight for the first recover that finds none.
// Called on any goroutine of interpreted code. gopad's refusal of a
// construct goes on panicking: a handler that recovered it would let the
// program go on past an answer gopad could not give.
func (s *Session) recovered(v any) any {
	v = gopadrt.Recovered(v)
	if isRefusal(v) {
		panic(v)
	}
	if f := s.inFlight.Load(); v == nil && f != nil && f.taken.CompareAndSwap(false, true) {
		if isRefusal(f.value) {
			panic(f.value)
		}
		return f.value
	}
	return v
}

// isRefusal reports whether v is gopad's refusal of a construct it cannot
// run as Go does (an error that says "gopad cannot ...").
func isRefusal(v any) bool {
	err, ok := v.(error)
	return ok && strings.Contains(err.Error(), "gopad cannot ")
}

// notePanic records v, a panic a cell's statement raised, for its
// deferred calls; an os.Exit is no panic.
func (s *Session) notePanic(v any) {
	if str, ok := v.(string); ok && strings.HasPrefix(str, "os.Exit(") {
		return
	}
	s.panicked = &flight{value: v}
}

// unwind runs the cell's deferred calls, and the handlers cells kept, with
// the cell's panic in flight. It reports whether one of them recovered it
// (or the panic of a deferred call that replaced it, runDeferList), and
// the error of an os.Exit one of them called, or of the panic of a
// deferred call none recovered.
func (s *Session) unwind(p *flight) (recovered bool, exit error) {
	s.inFlight.Store(p)
	defer s.inFlight.Store(nil)
	if exit = s.runDefers(); exit != nil && isOsExit(exit) {
		return false, exit
	}
	return s.runHandlers()
}

// runHandlers runs the handlers cells kept with the panic in flight
// (s.inFlight, not nil), as unwind says.
func (s *Session) runHandlers() (recovered bool, exit error) {
	if s.handlers {
		s.handlers = false
		if exit = s.runDeferList("gopadRunHandlers()"); exit != nil && isOsExit(exit) {
			return false, exit
		}
	}
	cur := s.inFlight.Load()
	if cur.taken.Load() {
		return true, nil
	}
	return false, cur.err // nil: the cell's own panic goes on
}

// isOsExit reports whether err is the end of an evaluation that called
// os.Exit (osexit.go).
func isOsExit(err error) bool {
	var p yaegi.Panic
	if !errors.As(err, &p) {
		return false
	}
	str, ok := p.Value.(string)
	return ok && strings.HasPrefix(str, "os.Exit(")
}

// endCell runs the cell's deferred calls after its statements ended with
// err: with the panic in flight when it panicked. It returns the cell's
// error: nil when a deferred call recovered the panic or the cell called
// os.Exit(0), the Exit error of another os.Exit.
func (s *Session) endCell(err *engine.Error) *engine.Error {
	var exit error
	if p := s.panicked; err != nil && p != nil && (s.deferred || s.handlers) {
		var recovered bool
		if recovered, exit = s.unwind(p); recovered && exit == nil {
			return nil
		}
	} else {
		exit = s.runDefers()
		if exit != nil && !isOsExit(exit) {
			// A deferred call panicked (runDeferList): the handlers
			// run with its panic in flight, as main's would.
			var recovered bool
			if recovered, exit = s.runHandlers(); recovered {
				exit = nil
			}
		}
		s.inFlight.Store(nil)
	}
	if exit != nil {
		s.panicked = nil
		err = s.evalError("", exit, 0, source.Chunk{Kind: source.Stmt, Line: 1, Col: 1})
	}
	if err == nil {
		s.panicked = nil
	}
	if err != nil && err.Name == engine.ErrExit && err.Value == exitValue(0) {
		return nil // the program ended well, and so does the cell
	}
	return err
}
