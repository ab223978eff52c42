package remote

import (
	"fmt"
	"time"

	"github.com/gopad/gopad/kernel/engine"
)

// The supervisor checks that each child answers, whether or not a cell
// runs: a process that was stopped (SIGSTOP, a debugger) or is wedged would
// otherwise leave the next cell waiting, with no word, until the user
// interrupts it.
//
// The child answers pings on the goroutine that reads its connection, apart
// from the cells, so a cell that computes or sleeps for long is not taken for
// a wedged process. The supervisor counts as silence only the time it spends
// waiting for the child's next frame: time it spends handing output on to a
// slow frontend is not the child's.
const (
	// HealthInterval is how often the supervisor pings a child.
	HealthInterval = time.Second
	// HealthDeadline is how long a child may stay silent before it is
	// taken for stopped or wedged and replaced. Generous: a healthy child
	// answers within milliseconds, even with every processor busy; a
	// garbage collection of a large heap or a loaded machine takes it
	// nowhere near several seconds.
	HealthDeadline = 5 * time.Second
)

// watch pings ch every HealthInterval and ends it when it has been silent
// for HealthDeadline, until its connection ends.
func (s *Supervisor) watch(ch *child) {
	tick := time.NewTicker(HealthInterval)
	defer tick.Stop()
	sending := make(chan struct{}, 1) // one ping on its way at a time
	var seq uint64
	last, silent := ch.frames.Load(), 0
	for {
		select {
		case <-ch.gone:
			return
		case <-tick.C:
		}
		// Ticks are counted, not clock time: a kernel that was itself
		// suspended (a laptop asleep) sees one late tick, not a silence.
		if n := ch.frames.Load(); n != last || !ch.reading.Load() {
			last, silent = n, 0
		} else if silent++; time.Duration(silent)*HealthInterval >= HealthDeadline {
			s.log.Warn("the Go session stopped answering; replacing it", "pid", ch.cmd.Process.Pid)
			ch.lose(&loss{engine.ErrSessionUnresponsive,
				fmt.Sprintf("the Go session process stopped answering for %v (it was stopped or is wedged), so it was replaced", HealthDeadline),
				"Variables, functions and imports of earlier cells are gone; the next cell runs in a fresh session."})
			return
		}
		select {
		case sending <- struct{}{}:
			seq++
			go func(id uint64) {
				ch.c.send(id, &pingMsg{})
				<-sending
			}(seq)
		default:
		}
	}
}
