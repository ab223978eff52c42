package interp

import (
	"errors"
	"regexp"
	"runtime"
	"strings"
	"time"

	"github.com/gopad/gopad/kernel/engine"
)

// Go ends a program whose goroutines are all blocked with "fatal error:
// all goroutines are asleep - deadlock!"; the session's process always has
// goroutines of its own, so Go's check never fires for a cell, which then
// waits for the interrupt. While a cell runs, watchDeadlock reads the stacks
// of every goroutine (runtime.Stack stops the world, so they are one
// consistent picture) and ends the cell with Go's error when nothing can
// wake the cell's goroutines again:
//
//   - every goroutine running interpreted code is blocked on a channel, a
//     select, a mutex or a WaitGroup, right in interpreted code (not in a
//     compiled function that may wait on something else: gopad's sleep, the
//     kernel's input, a pipe);
//   - every other goroutine is one of gopad's own (a goroutine a compiled
//     package started, such as an HTTP server's, may wake them);
//   - the cells have never used a timer or what may hold one (time.After,
//     Tick, NewTimer, NewTicker, AfterFunc, a context, os/signal, gopad's
//     async): a timer is no goroutine, and its channel wakes a receiver
//     that looks blocked.
//
// Two such pictures a watch period apart are required. Anything the watch
// does not know keeps it silent: the interrupt stays the way out.

// errDeadlock is the error of a cell whose goroutines are all asleep.
//
//lint:ignore ST1005 Go's own words, which programs and tests look for
var errDeadlock = errors.New("fatal error: all goroutines are asleep - deadlock!")

// deadlockError is errDeadlock for Jupyter, worded as Go's fatal error.
func deadlockError() *engine.Error {
	const msg = "all goroutines are asleep - deadlock!"
	return &engine.Error{Name: "fatal error", Value: msg, Traceback: []string{
		red("fatal error") + ": " + msg,
		"A Go program exits here (exit status 2); the session keeps its state, and the cell's goroutines stay blocked.",
	}}
}

// Watch periods: the first look after the cell ran this long; a look that
// finds the goroutines asleep is confirmed after deadlockPeriod, and the
// wait after a look that finds one awake doubles up to deadlockMaxPeriod,
// so that a long cell pays little for the stops of the world. With more
// than deadlockMaxGoroutines goroutines the watch does not look.
const (
	deadlockFirst         = 500 * time.Millisecond
	deadlockPeriod        = 500 * time.Millisecond
	deadlockMaxPeriod     = 4 * time.Second
	deadlockMaxGoroutines = 5000
)

// timerSources are the spellings of the cells' code that make the watch
// stay silent for the rest of the session (see above): the functions that
// start timers or signal delivery under any import name, the types that
// hold them, and imports of the packages whose values may (a context's
// deadline, gopad's async tasks).
var timerSources = regexp.MustCompile(`\b(After|Tick|NewTimer|NewTicker|AfterFunc|WithTimeout|WithDeadline|WithTimeoutCause|WithDeadlineCause|Notify|NotifyContext|Timer|Ticker)\b|"(context|os/signal|github\.com/gopad/gopad/interp/async)"|\bcontext\.|\basync\.`)

// noteTimers records whether a chunk's source may start a timer.
func (s *Session) noteTimers(src string) {
	if !s.timers && timerSources.MatchString(src) {
		s.timers = true
	}
}

// watchDeadlock reports on found when the cell's goroutines are all
// asleep, until ended is closed. Called on a goroutine of its own.
func watchDeadlock(ended <-chan struct{}, found chan<- struct{}) {
	t := time.NewTimer(deadlockFirst)
	defer t.Stop()
	seen, wait := 0, deadlockPeriod
	var buf []byte // allocated at the first look: most cells end before it
	for {
		select {
		case <-ended:
			return
		case <-t.C:
		}
		if runtime.NumGoroutine() <= deadlockMaxGoroutines && allAsleep(stacks(&buf)) {
			seen++
		} else {
			seen, wait = 0, min(2*wait, deadlockMaxPeriod)
		}
		if seen == 2 {
			select {
			case found <- struct{}{}:
			case <-ended:
			}
			return
		}
		if seen == 1 {
			t.Reset(deadlockPeriod)
		} else {
			t.Reset(wait)
		}
	}
}

// stacks is runtime.Stack of every goroutine, read into *buf (grown as
// needed).
func stacks(buf *[]byte) string {
	if *buf == nil {
		*buf = make([]byte, 1<<16)
	}
	for {
		n := runtime.Stack(*buf, true)
		if n < len(*buf) {
			return string((*buf)[:n])
		}
		*buf = make([]byte, 2*len(*buf))
	}
}

// allAsleep reads a dump of runtime.Stack(all) as described above.
func allAsleep(dump string) bool {
	cell := false
	all := eachGoroutine(dump, func(state string, frames, lines []string) bool {
		switch {
		case hasFrame(frames, "github.com/gopad/gopad/interp.watchDeadlock"):
		case hasFrame(frames, "github.com/traefik/yaegi/interp."):
			if !asleepState(state) || !blockedInInterpreted(frames) {
				return false
			}
			cell = true
		case !gopadOwn(frames, createdBy(lines)):
			return false
		}
		return true
	})
	return all && cell
}

// eachGoroutine calls f with each goroutine of a dump of
// runtime.Stack(all): its state, the functions of its frames and its
// lines. It reports whether every header read and f held for all.
func eachGoroutine(dump string, f func(state string, frames, lines []string) bool) bool {
	for _, g := range strings.Split(strings.TrimSpace(dump), "\n\n") {
		lines := strings.Split(g, "\n")
		state, ok := goroutineState(lines[0])
		if !ok || !f(state, frameNames(lines[1:]), lines) {
			return false
		}
	}
	return true
}

// goroutineState reads "goroutine 7 [chan receive, 2 minutes]:".
func goroutineState(header string) (string, bool) {
	open, end := strings.IndexByte(header, '['), strings.LastIndexByte(header, ']')
	if !strings.HasPrefix(header, "goroutine ") || open < 0 || end < open {
		return "", false
	}
	state, _, _ := strings.Cut(header[open+1:end], ",")
	return state, true
}

// asleepState reports whether state is a wait that only another goroutine
// ends.
func asleepState(state string) bool {
	switch state {
	case "chan receive", "chan send", "chan receive (nil chan)", "chan send (nil chan)", "select", "select (no cases)",
		"sync.Mutex.Lock", "sync.RWMutex.Lock", "sync.RWMutex.RLock", "sync.WaitGroup.Wait", "sync.Cond.Wait", "semacquire":
		return true
	}
	return false
}

// frameNames are the functions of a goroutine's frames, innermost first.
func frameNames(lines []string) []string {
	var out []string
	for _, l := range lines {
		if l == "" || strings.HasPrefix(l, "\t") || strings.HasPrefix(l, "created by ") {
			continue
		}
		name, _, _ := strings.Cut(l, "(")
		if strings.HasSuffix(name, ".") { // a method: pkg.(*T).M(...)
			name = l
		}
		out = append(out, name)
	}
	return out
}

// createdBy is the function that started the goroutine, or "".
func createdBy(lines []string) string {
	for _, l := range lines {
		if s, ok := strings.CutPrefix(l, "created by "); ok {
			name, _, _ := strings.Cut(s, " in goroutine")
			return name
		}
	}
	return ""
}

func hasFrame(frames []string, prefix string) bool {
	for _, f := range frames {
		if strings.HasPrefix(f, prefix) {
			return true
		}
	}
	return false
}

// blockedInInterpreted reports whether the frames above the first of the
// interpreter are the runtime's, reflect's, sync's and gopad's channel
// waits only: the goroutine waits in a channel operation, select or lock
// of interpreted code.
func blockedInInterpreted(frames []string) bool {
	for _, f := range frames {
		switch {
		case strings.HasPrefix(f, "github.com/traefik/yaegi/interp."):
			return true
		case strings.HasPrefix(f, "runtime."), strings.HasPrefix(f, "reflect."), strings.HasPrefix(f, "sync."),
			strings.HasPrefix(f, "internal/sync."), stopperWait(f):
		default:
			return false
		}
	}
	return false
}

// stopperWait reports whether the frame f is one of the channel waits
// gopad makes interruptible (gp_.Recv, Send, Select: interrupt.go), which
// only another goroutine of the cells ends; not its sleep.
func stopperWait(f string) bool {
	for _, m := range []string{"recv", "send", "choose"} {
		if strings.HasPrefix(f, "github.com/gopad/gopad/interp.(*stopper)."+m) {
			return true
		}
	}
	return false
}

// gopadOwn reports whether a goroutine without interpreted code is one of
// gopad's (or the test runner's): the kernel's, the session's. A goroutine
// of gopad's async package runs the cells' work.
func gopadOwn(frames []string, creator string) bool {
	if hasFrame(frames, "github.com/gopad/gopad/interp/async.") || strings.HasPrefix(creator, "github.com/gopad/gopad/interp/async.") {
		return false
	}
	for _, p := range []string{"github.com/gopad/gopad/", "testing.", "main."} {
		if strings.HasPrefix(creator, p) || creator == "" && hasFrame(frames, p) {
			return true
		}
	}
	return false
}
