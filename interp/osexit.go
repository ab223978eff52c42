package interp

import (
	"runtime"
	"strconv"

	yaegi "github.com/traefik/yaegi/interp"
)

// A cell's os.Exit ends the program as Go's does: at once, without running
// deferred calls (neither those of the functions on the stack nor the
// cell's own) and without a panic that a recover could catch. The cell's
// goroutine hands the exit code to the evaluation waiting for it (execute,
// interrupt.go) and parks until the session closes; the cell ends with
// gopad's Exit error and the session lives on.

// exitValue is the panic value the session reports as an Exit error.
func exitValue(code int) string { return "os.Exit(" + strconv.Itoa(code) + ")" }

// osExit is os.Exit for cells. Called on a goroutine of interpreted code;
// when no evaluation waits (a goroutine an earlier cell left running), it
// panics as before, which ends that goroutine's cell or is reported.
func (s *Session) osExit(code int) {
	if ended := s.running.Load(); ended != nil {
		// execute may not have reached its wait yet (a busy machine).
		select {
		case s.exits <- code:
			<-s.closed
			runtime.Goexit()
		case <-*ended:
		}
	}
	select {
	case s.exits <- code:
	default:
		if !s.exitWait.Load() {
			panic(exitValue(code))
		}
		s.exits <- code // the cell's main ended with runtime.Goexit (goexit.go)
	}
	<-s.closed
	runtime.Goexit()
}

// exitError is the error of an evaluation that called os.Exit.
func exitError(code int) error { return yaegi.Panic{Value: exitValue(code)} }
