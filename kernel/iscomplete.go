package kernel

import (
	"context"
	"encoding/json"
	"time"

	"github.com/gopad/gopad/kernel/wire"
)

// is_complete_request is answered even while a cell runs. jupyter console
// asks it each time Enter is pressed and waits 1 s for the reply; a kernel
// that does not answer in time is never asked again in that console, which
// then runs every line as soon as it is typed. A request that would wait
// behind a running cell in the shell queue (a cell the console thinks it
// interrupted, for one: jupyter console 6.4's Ctrl-C interrupts nothing)
// goes to a lane of its own instead, answered without busy and idle
// statuses, which would tell frontends that the running cell had ended.

// isCompleteWait bounds the engine's answer; past it the reply says
// "unknown", on which jupyter console runs the code as it is.
const isCompleteWait = 500 * time.Millisecond

// routeShell queues a shell request, or hands an is_complete_request to
// the quick lane while the shell is busy. Called on the shell's receiving
// goroutine.
func (k *Kernel) routeShell(m *wire.Message) {
	k.peers.arrived(m)
	if m.Header.MsgType == "is_complete_request" && k.shellBusy.Load() > 0 {
		select {
		case k.quick <- m:
			return
		default: // the lane is full: wait in the queue
		}
	}
	k.enqueueShell(m)
}

// serveQuick answers the is_complete_requests that routeShell handed over,
// one at a time.
func (k *Kernel) serveQuick(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case m := <-k.quick:
			k.isComplete(m)
		}
	}
}

func (k *Kernel) isComplete(m *wire.Message) {
	var req IsCompleteRequest
	if err := json.Unmarshal(m.Content, &req); err != nil {
		k.badRequest(m, "is_complete_reply", err)
		return
	}
	status, indent := k.engineIsComplete(req.Code)
	rep := IsCompleteReply{Status: status}
	if status == "incomplete" {
		rep.Indent = indent
	}
	k.reply(k.shell, m, "is_complete_reply", rep)
}

// engineIsComplete asks the engine, waiting at most isCompleteWait.
func (k *Kernel) engineIsComplete(code string) (status, indent string) {
	type answer struct{ status, indent string }
	ch := make(chan answer, 1)
	go func() {
		s, i := k.cfg.Engine.IsComplete(code)
		ch <- answer{s, i}
	}()
	select {
	case a := <-ch:
		return a.status, a.indent
	case <-time.After(isCompleteWait):
		k.log.Warn("the engine did not answer is_complete in time", "wait", isCompleteWait)
		return "unknown", ""
	}
}
