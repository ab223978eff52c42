package kernel_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gopad/gopad/kernel/client"
	"github.com/gopad/gopad/kernel/wire"
)

// TestSoak mixes, at random (seeded), executes with output, failing cells,
// interrupts (of a sleep, a printing loop and an async.Gather),
// completions, inspections, badly signed messages, cells that crash the
// session, input requests, 2 MB outputs, clients that connect, run a cell
// and go, peers without the key that claim huge frames or take the
// client's routing identity, and heartbeats against one real kernel for a
// while (15 s; 2 minutes with GOPAD_LONG_TESTS=1; GOPAD_SOAK=1m30s sets
// it, GOPAD_SOAK_SEED fixes the seed). Every request must be answered,
// every output must arrive whole, every heartbeat must be answered, and the
// kernel must not die. Skipped in -short mode.
func TestSoak(t *testing.T) {
	t.Parallel()
	hdSkipShort(t)
	dur := 15 * time.Second
	if hdLong() {
		dur = 2 * time.Minute
	}
	if v := os.Getenv("GOPAD_SOAK"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatalf("GOPAD_SOAK=%q: %v", v, err)
		}
		dur = d
	}
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv("GOPAD_SOAK_SEED"); v != "" {
		s, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("GOPAD_SOAK_SEED=%q: %v", v, err)
		}
		seed = s
	}
	t.Logf("soak: %v, seed %d (GOPAD_SOAK_SEED=%d repeats it)", dur, seed, seed)
	rng := rand.New(rand.NewPCG(seed, 0x5eed))

	c, logs := hdStart(t, client.Options{InputHandler: func(string, bool) string { return "soak" }})
	r := hdDial(t, hdConnInfo(t, c))
	defer r.close()

	var counts struct {
		sent, answered, unanswered                  int
		executes, outputs, errors, interrupts       int
		interruptedOK, completes, inspects, isCompl int
		badSig, sessionCrashed, wrongOutput         int
		crashes, inputs, bigOutputs, reconnects     int
		attacks, oversize, impostors, dropped       int
		wrongConn                                   int
	}
	var maxInterrupt time.Duration

	hb := hdStartHeartbeat(c, 200*time.Millisecond) // in the background

	// request sends a request and waits for its reply; nil if unanswered.
	request := func(what string, send func() string) ([]byte, string) {
		counts.sent++
		id := send()
		rep, io := r.wait(id, 30*time.Second)
		defer r.forget(id)
		if rep == nil {
			counts.unanswered++
			var types []string
			for _, m := range io {
				types = append(types, m.Header.MsgType)
			}
			t.Errorf("%s: no reply and idle within 30 s (reply arrived: %v; iopub for it: %v)", what, r.hasReply(id), types)
			return nil, ""
		}
		counts.answered++
		return rep.Content, hdStdout(io)
	}
	execReply := func(content []byte) hdReply {
		var rep hdReply
		json.Unmarshal(content, &rep)
		if rep.EName == "SessionCrashed" {
			counts.sessionCrashed++
		}
		return rep
	}

	last := "start"
	deadline := time.Now().Add(dur)
	kernelDied := false
	for time.Now().Before(deadline) {
		select {
		case <-c.Exited():
			kernelDied = true
		default:
		}
		if kernelDied {
			break
		}
		p := rng.IntN(122)
		prev := last
		last = soakKind(p)
		switch {
		case p < 30: // execute with output
			counts.executes++
			k := rng.IntN(2000) + 1
			lines := rng.IntN(50) + 1
			code := fmt.Sprintf("for i := 0; i < %d; i++ {\n\tfmt.Println(i, strings.Repeat(\"ab\", %d))\n}", lines, k)
			content, out := request("execute", func() string { return r.sendExecute(code) })
			if content == nil {
				continue
			}
			counts.outputs++
			var want strings.Builder
			for i := range lines {
				fmt.Fprintln(&want, i, strings.Repeat("ab", k))
			}
			if rep := execReply(content); rep.Status != "ok" || out != want.String() {
				counts.wrongOutput++
				w := want.String()
				i := 0
				for i < len(out) && i < len(w) && out[i] == w[i] {
					i++
				}
				t.Errorf("execute (after %s): %+v, %d bytes of output, want %d; they differ at byte %d: got %.80q, want %.80q",
					prev, rep, len(out), len(w), i, out[i:], w[i:])
			}
		case p < 42: // failing cells: compile error, runtime panic
			counts.executes++
			code := []string{"undefinedSoakName + 1", "var a []int\n_ = a[5]", "panic(\"soak\")", "var m map[string]int\nm[\"a\"] = 1", "x := "}[rng.IntN(5)]
			content, _ := request("failing execute", func() string { return r.sendExecute(code) })
			if content == nil {
				continue
			}
			counts.errors++
			if rep := execReply(content); rep.Status != "error" {
				t.Errorf("failing cell %q: %+v", code, rep)
			}
		case p < 52: // interrupt a sleeping (or printing) cell
			counts.executes++
			counts.interrupts++
			code := []string{
				"time.Sleep(20 * time.Second)",
				"for i := 0; ; i++ {\n\tfmt.Println(i)\n}",
				"import (\"context\"; \"github.com/gopad/gopad/interp/async\")\n" +
					"wait := func(ctx context.Context) (any, error) { return nil, async.Sleep(ctx, 20*time.Second) }\n" +
					"async.Run(func(ctx context.Context) (any, error) { return async.Gather(ctx, wait, wait, wait) })",
			}[rng.IntN(3)]
			counts.sent++
			id := r.sendExecute(code)
			// Wait until the cell runs: an interrupt before that finds
			// nothing to stop (and the cell then sleeps 20 s, or prints
			// for ever). Behind a 2 MB output on a busy machine that can
			// take seconds.
			hdWaitFor(60*time.Second, func() bool {
				r.mu.Lock()
				defer r.mu.Unlock()
				for _, m := range r.iopubs[id] {
					if m.Header.MsgType == "execute_input" {
						return true
					}
				}
				return false
			})
			time.Sleep(time.Duration(rng.IntN(50)) * time.Millisecond)
			t0 := time.Now()
			_, _ = request("interrupt", func() string { return r.send(r.control, "interrupt_request", struct{}{}) })
			hdWaitFor(30*time.Second, func() bool { return r.hasReply(id) })
			d := time.Since(t0)
			rep, _ := r.wait(id, 5*time.Second)
			r.forget(id)
			if rep == nil {
				counts.unanswered++
				t.Errorf("interrupted cell %q: no reply", code)
				continue
			}
			counts.answered++
			if d > maxInterrupt {
				maxInterrupt = d
			}
			if er := execReply(rep.Content); er.EName == "Interrupted" {
				counts.interruptedOK++
			} else {
				t.Errorf("interrupted cell %q: %+v", code, er)
			}
		case p < 67: // complete
			counts.completes++
			code := []string{"fmt.Pri", "strings.Rep", "pri", "x.", "", "é日本.", "fmt."}[rng.IntN(7)]
			cursor := rng.IntN(len([]rune(code))+2) - 1
			content, _ := request("complete", func() string {
				return r.send(r.shell, "complete_request", map[string]any{"code": code, "cursor_pos": cursor})
			})
			var rep struct {
				Status      string   `json:"status"`
				Matches     []string `json:"matches"`
				CursorStart int      `json:"cursor_start"`
				CursorEnd   int      `json:"cursor_end"`
			}
			if content != nil {
				json.Unmarshal(content, &rep)
				if rep.Status != "ok" || rep.CursorStart > rep.CursorEnd || rep.CursorEnd > len([]rune(code)) {
					t.Errorf("complete %q at %d: %s", code, cursor, content)
				}
			}
		case p < 77: // inspect
			counts.inspects++
			code := []string{"fmt.Println", "strings", "len", "nothing", ""}[rng.IntN(5)]
			content, _ := request("inspect", func() string {
				return r.send(r.shell, "inspect_request", map[string]any{"code": code, "cursor_pos": len(code), "detail_level": rng.IntN(2)})
			})
			if content != nil && !strings.Contains(string(content), `"status":"ok"`) {
				t.Errorf("inspect %q: %s", code, content)
			}
		case p < 85: // is_complete
			counts.isCompl++
			code := []string{"for {", "x := 1", "`", "f(", ")"}[rng.IntN(5)]
			content, _ := request("is_complete", func() string {
				return r.send(r.shell, "is_complete_request", map[string]any{"code": code})
			})
			if content != nil && !strings.Contains(string(content), `"status"`) {
				t.Errorf("is_complete %q: %s", code, content)
			}
		case p >= 100 && p < 102: // a cell that kills its session
			counts.executes++
			counts.crashes++
			content, _ := request("crashing execute", func() string {
				return r.sendExecute(crashingCell)
			})
			if content == nil {
				continue
			}
			if rep := execReply(content); rep.EName != "SessionCrashed" || !strings.Contains(rep.EValue, "stack overflow") {
				t.Errorf("crashing cell: %+v, want SessionCrashed naming the panic", rep)
			}
		case p >= 102 && p < 106: // a cell that reads standard input
			counts.executes++
			counts.inputs++
			counts.sent++
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			out := &strings.Builder{}
			rep, err := c.Execute(ctx, "var s string\nfmt.Scanln(&s)\nfmt.Println(\"got\", s)", func(m client.Msg) {
				if m.Header.MsgType == "stream" {
					var st struct{ Name, Text string }
					m.Decode(&st)
					if st.Name == "stdout" {
						out.WriteString(st.Text)
					}
				}
			})
			cancel()
			if err != nil {
				counts.unanswered++
				t.Errorf("input cell: %v", err)
				continue
			}
			counts.answered++
			if rep.Status != "ok" || out.String() != "got soak\n" {
				counts.wrongOutput++
				t.Errorf("input cell: %+v, stdout %q", rep, out.String())
			}
		case p >= 106 && p < 109: // 2 MB of output from one cell
			counts.executes++
			counts.bigOutputs++
			content, out := request("big output", func() string {
				return r.sendExecute("line := strings.Repeat(\"z\", 99)\nfor i := 0; i < 20000; i++ {\n\tfmt.Println(line)\n}")
			})
			if content == nil {
				continue
			}
			want := strings.Repeat(strings.Repeat("z", 99)+"\n", 20000)
			if rep := execReply(content); rep.Status != "ok" || out != want {
				counts.wrongOutput++
				t.Errorf("big output (after %s): %+v, %d bytes, want %d", prev, rep, len(out), len(want))
			}
		case p >= 109 && p < 110: // a frontend that connects, runs a cell and goes
			counts.reconnects++
			r2 := hdDial(t, hdConnInfo(t, c))
			counts.sent++
			id := r2.sendExecute("6 * 7")
			rep, io := r2.wait(id, 30*time.Second)
			r2.close()
			if rep == nil {
				counts.unanswered++
				t.Errorf("a new client's cell got no reply")
				continue
			}
			counts.answered++
			if er := execReply(rep.Content); er.Status != "ok" || !soakHasResult(io, "42") {
				t.Errorf("a new client's cell: %+v", er)
			}
		case p >= 116 && p < 119: // a peer without the key claims a huge frame
			counts.attacks++
			counts.oversize++
			ci := hdConnInfo(t, c)
			port := hdPorts(ci)[rng.IntN(5)]
			peer := zmtpDial(t, ci, port.port)
			size := uint64(1)<<(31+rng.IntN(30)) + rng.Uint64N(1<<20)
			if peer.greet() == nil && peer.ready(port.peer, "") == nil && peer.header(byte(rng.IntN(2)), size) == nil {
				if closed, _ := peer.closedByKernel(5 * time.Second); closed {
					counts.dropped++
				} else {
					t.Errorf("%s: a connection that claimed a frame of %d bytes is still open", port.name, size)
				}
			}
			peer.c.Close()
		case p >= 119: // a peer without the key takes the client's identity
			counts.attacks++
			counts.impostors++
			ci := hdConnInfo(t, c)
			peer := zmtpDial(t, ci, ci.ShellPort)
			refused := peer.greet() != nil || peer.ready("DEALER", r.session) != nil
			counts.sent++
			id := r.sendExecute("6 * 7")
			rep, io := r.wait(id, 30*time.Second)
			if rep == nil {
				counts.unanswered++
				t.Errorf("the client's cell got no reply with an impostor about")
			} else if counts.answered++; !soakHasResult(io, "42") {
				t.Errorf("the client's cell with an impostor about: %s", rep.Content)
			}
			if !refused {
				closed, frames := peer.closedByKernel(time.Second)
				refused = closed
				counts.wrongConn += len(frames)
			}
			if refused {
				counts.dropped++
			} else {
				t.Errorf("an impostor with the client's identity is still connected")
			}
			peer.c.Close()
		default: // a badly signed execute request: dropped, nothing runs
			counts.badSig++
			f := r.encode(r.newMsg("execute_request", hdExecRequest("panic(\"forged message ran\")")))
			f[1] = []byte(strings.Repeat("0", len(f[1])))
			sock := r.shell
			if rng.IntN(2) == 0 {
				sock = r.control
			}
			r.sendFrames(sock, f)
		}
	}
	hbFigures, hbMissed := hb.end()
	select {
	case <-c.Exited():
		kernelDied = true
	default:
	}

	// A badly signed message gets no reply, so the last ones sent may not
	// be logged yet: give the kernel time to read them.
	countDrops := func() int { return strings.Count(logs.String(), "dropping invalid message") }
	hdWaitFor(10*time.Second, func() bool { return countDrops() >= counts.badSig })
	drops := countDrops()
	crashes := 0
	if kernelDied {
		crashes = 1
	}
	t.Logf(`soak counts:
  requests sent      %d
  answered           %d
  unanswered         %d
  executes           %d (with output %d, failing %d, interrupted %d of %d; slowest interrupt %v)
  completes          %d
  inspects           %d
  is_complete        %d
  bad signatures     %d (kernel logged %d drops)
  crashing cells     %d
  input cells        %d
  2 MB outputs       %d
  new clients        %d
  %s
  bytes out / in     %d / %d
  kernel deaths      %d
  session restarts   %d (SessionCrashed)
  wrong output       %d
  attacks            %d (%d oversize frames, %d taken identities; connections dropped %d)
  wrong connection   %d (frames delivered to an impostor)`,
		counts.sent, counts.answered, counts.unanswered,
		counts.executes, counts.outputs, counts.errors, counts.interruptedOK, counts.interrupts, maxInterrupt.Round(time.Millisecond),
		counts.completes, counts.inspects, counts.isCompl, counts.badSig, drops,
		counts.crashes, counts.inputs, counts.bigOutputs, counts.reconnects,
		hbFigures,
		r.bytesOut.Load(), r.bytesIn.Load(), crashes, counts.sessionCrashed, counts.wrongOutput,
		counts.attacks, counts.oversize, counts.impostors, counts.dropped, counts.wrongConn)
	var warns []string
	for _, line := range strings.Split(logs.String(), "\n") {
		if (strings.Contains(line, "level=WARN") || strings.Contains(line, "level=ERROR")) &&
			!strings.Contains(line, "dropping invalid message") && !strings.Contains(line, "closing a ZeroMQ connection") {
			warns = append(warns, line)
		}
	}
	if len(warns) > 0 {
		t.Logf("kernel warnings and errors (%d):\n%s", len(warns), hdTail(strings.Join(warns, "\n"), 4000))
	}
	if kernelDied {
		t.Errorf("the kernel process died; log tail:\n%s", hdTail(logs.String(), 3000))
	}
	if counts.unanswered > 0 {
		t.Errorf("%d requests unanswered", counts.unanswered)
	}
	if counts.sessionCrashed != counts.crashes {
		t.Errorf("%d SessionCrashed replies for %d crashing cells: only those may crash the session", counts.sessionCrashed, counts.crashes)
	}
	if hbMissed != nil {
		t.Errorf("the heartbeat missed a ping: %v", hbMissed)
	}
	if counts.wrongConn > 0 {
		t.Errorf("%d frames meant for the client reached an impostor", counts.wrongConn)
	}
	if counts.dropped != counts.attacks {
		t.Errorf("%d attacks, %d of their connections dropped", counts.attacks, counts.dropped)
	}
	if drops != counts.badSig {
		t.Errorf("sent %d badly signed messages, the kernel logged %d drops", counts.badSig, drops)
	}
}

// soakHasResult reports whether ms hold an execute_result showing text.
func soakHasResult(ms []*wire.Message, text string) bool {
	for _, m := range ms {
		if m.Header.MsgType == "execute_result" && strings.Contains(string(m.Content), `"text/plain":"`+text+`"`) {
			return true
		}
	}
	return false
}

// soakKind names the action TestSoak takes for a roll p.
func soakKind(p int) string {
	switch {
	case p >= 100 && p < 102:
		return "crashing execute"
	case p >= 102 && p < 106:
		return "input"
	case p >= 106 && p < 109:
		return "big output"
	case p >= 109 && p < 110:
		return "new client"
	case p >= 116 && p < 119:
		return "oversize frame"
	case p >= 119:
		return "taken identity"
	case p >= 110:
		return "bad signature"
	case p < 30:
		return "execute with output"
	case p < 42:
		return "failing execute"
	case p < 52:
		return "interrupt"
	case p < 67:
		return "complete"
	case p < 77:
		return "inspect"
	case p < 85:
		return "is_complete"
	}
	return "bad signature"
}
