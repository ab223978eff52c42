package interp

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/gopad/gopad/kernel/engine"

	"github.com/gopad/gopad/interp/gopadrt"
)

// A panic that no function recovers ends a Go program, also when it
// happens in a goroutine ("panic: ...", exit status 2). In yaegi such a
// panic kills the whole process, and with it the session. The session
// therefore starts every goroutine literal of a cell with a deferred
// recover that hands the panic to it:
//
//	go func() { work() }()   →   go func() { defer gopadGoRecover(); work() }()
//
// The running cell then ends with the panic as its error, as the program
// would have ended; the session and its state stay. A goroutine of an
// earlier cell that panics reports it on the stderr of the cell running.
// (The passes goRecover and goCall of package rewrite write the recovers.)

// goPanicPrelude is declared in every fresh interpreter: recover is only
// effective in the deferred function itself.
const goPanicPrelude = `import gopadGoPanicPkg "gopad/gopanic"
func gopadGoRecover() {
	if r := recover(); r != nil {
		gopadGoPanicPkg.Raise(r)
	}
}
`

// goPanics is the session's record of a goroutine's panic.
type goPanics struct {
	mu     sync.Mutex
	first  any                     // the first panic since the cell began
	cancel context.CancelCauseFunc // ends the running cell; nil between cells
	stderr io.Writer               // the session's stderr, for panics between cells
}

// begin starts a cell: cancel ends it.
func (g *goPanics) begin(cancel context.CancelCauseFunc) {
	g.mu.Lock()
	g.first, g.cancel = nil, cancel
	g.mu.Unlock()
}

// end ends the cell and returns the panic that ended it, or nil.
func (g *goPanics) end() any {
	g.mu.Lock()
	defer g.mu.Unlock()
	p := g.first
	g.first, g.cancel = nil, nil
	return p
}

// raise is gopad/gopanic.Raise, called on a panicking goroutine.
func (g *goPanics) raise(r any) {
	r = gopadrt.Recovered(r) // Go's run-time errors, not reflect's
	g.mu.Lock()
	cancel := g.cancel
	if cancel != nil && g.first == nil {
		g.first = r
	}
	g.mu.Unlock()
	if cancel != nil {
		cancel(errGoPanic)
		return
	}
	if g.stderr != nil {
		fmt.Fprintf(g.stderr, "panic: %v (in a goroutine an earlier cell started; a Go program would have exited with status 2)\n", r)
	}
}

var errGoPanic = fmt.Errorf("a goroutine panicked")

// goPanicError is the error of a cell ended by a goroutine's panic.
func goPanicError(p any) *engine.Error {
	msg := fmt.Sprint(p)
	if e, ok := p.(error); ok {
		msg = e.Error()
	}
	name := engine.ErrPanic
	if strings.HasPrefix(msg, "runtime error") {
		name = engine.ErrRuntime
	}
	if strings.HasPrefix(msg, "os.Exit(") {
		// A goroutine called os.Exit while no evaluation waited for it
		// (osexit.go): the program ends all the same.
		return engine.NewError(engine.ErrExit, msg, red(engine.ErrExit)+": a goroutine called "+msg+"; the Go session keeps running")
	}
	return &engine.Error{Name: name, Value: msg, Traceback: []string{
		red(engine.ErrPanic) + ": " + msg + " [in a goroutine]",
		"A Go program exits here (exit status 2); the session keeps its state.",
	}}
}
