package kernel_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gopad/gopad/kernel"
	"github.com/gopad/gopad/kernel/engine"
	"github.com/gopad/gopad/kernel/wire"
)

// checkWrapped asserts that ms (the iopub messages of one request up to
// idle) start with busy and end with idle, with exactly one of each.
func checkWrapped(t *testing.T, what string, ms []rxMsg) {
	t.Helper()
	ts := types(ms)
	if len(ts) < 2 || ts[0] != "status:busy" || ts[len(ts)-1] != "status:idle" {
		t.Errorf("%s: iopub = %v, want busy … idle", what, ts)
		return
	}
	for _, s := range ts[1 : len(ts)-1] {
		if strings.HasPrefix(s, "status") {
			t.Errorf("%s: extra %s inside busy…idle: %v", what, s, ts)
		}
	}
}

func TestKernelInfoReply(t *testing.T) {
	tk := startKernel(t, nil)
	for _, sock := range []string{"shell", "control"} {
		id := tk.send(sock, "kernel_info_request", map[string]any{})
		rep := tk.waitReply(sock, id)
		checkWrapped(t, sock+" kernel_info", tk.iopubUntilIdle(id))
		if rep.Header.MsgType != "kernel_info_reply" {
			t.Fatalf("%s: reply type %s", sock, rep.Header.MsgType)
		}
		var c kernel.KernelInfoReply
		if err := json.Unmarshal(rep.Content, &c); err != nil {
			t.Fatal(err)
		}
		if c.Status != "ok" || c.ProtocolVersion != "5.3" || c.Implementation != "gopad" || c.ImplementationVersion != "0.0.test" {
			t.Errorf("%s: kernel_info_reply = %+v", sock, c)
		}
		li := c.LanguageInfo
		if li.Name != "go" || li.Version != "go1.26" || li.Mimetype != "text/x-go" || li.FileExtension != ".go" {
			t.Errorf("%s: language_info = %+v", sock, li)
		}
		if rep.Header.Version != "5.3" || rep.Parent.MsgType != "kernel_info_request" {
			t.Errorf("%s: reply header %+v parent %+v", sock, rep.Header, rep.Parent)
		}
		// Content keys a frontend reads must be present.
		for _, k := range []string{"banner", "help_links", "language_info", "protocol_version"} {
			if _, ok := rep.content(t)[k]; !ok {
				t.Errorf("%s: kernel_info_reply lacks %q", sock, k)
			}
		}
	}
}

// Every shell and control request is wrapped in busy…idle with the request
// as parent, and answered with the matching reply type.
func TestBusyIdleWrapsEveryRequest(t *testing.T) {
	tk := startKernel(t, nil)
	reqs := []struct {
		sock, msgType string
		content       any
	}{
		{"shell", "kernel_info_request", map[string]any{}},
		{"shell", "execute_request", map[string]any{"code": "x", "silent": false}},
		{"shell", "complete_request", map[string]any{"code": "fmt.Print", "cursor_pos": 9}},
		{"shell", "inspect_request", map[string]any{"code": "fmt.Println", "cursor_pos": 5, "detail_level": 1}},
		{"shell", "is_complete_request", map[string]any{"code": "for {"}},
		{"shell", "history_request", map[string]any{"hist_access_type": "tail", "n": 10, "output": false, "raw": true}},
		{"shell", "comm_info_request", map[string]any{}},
		{"shell", "made_up_request", map[string]any{}},
		{"control", "kernel_info_request", map[string]any{}},
		{"control", "interrupt_request", map[string]any{}},
		{"control", "made_up_request", map[string]any{}},
	}
	for _, r := range reqs {
		id := tk.send(r.sock, r.msgType, r.content)
		rep := tk.waitReply(r.sock, id)
		want := strings.TrimSuffix(r.msgType, "_request") + "_reply"
		if rep.Header.MsgType != want {
			t.Errorf("%s %s: reply %s, want %s", r.sock, r.msgType, rep.Header.MsgType, want)
		}
		if rep.Parent.MsgID != id || rep.Parent.Session != tk.session {
			t.Errorf("%s %s: reply parent %+v", r.sock, r.msgType, rep.Parent)
		}
		ms := tk.iopubUntilIdle(id)
		checkWrapped(t, r.sock+" "+r.msgType, ms)
		for _, m := range ms {
			if m.Parent.MsgType != r.msgType {
				t.Errorf("%s %s: iopub %s has parent type %s", r.sock, r.msgType, m.Header.MsgType, m.Parent.MsgType)
			}
		}
	}
}

func TestIntrospectionReplies(t *testing.T) {
	tk := startKernel(t, nil)

	id := tk.send("shell", "complete_request", map[string]any{"code": "fmt.Print", "cursor_pos": 9})
	var comp kernel.CompleteReply
	json.Unmarshal(tk.waitReply("shell", id).Content, &comp)
	if comp.Status != "ok" || !reflect.DeepEqual(comp.Matches, []string{"Println", "Printf"}) || comp.CursorStart != 4 || comp.CursorEnd != 9 {
		t.Errorf("complete_reply = %+v", comp)
	}

	id = tk.send("shell", "inspect_request", map[string]any{"code": "fmt.Println", "cursor_pos": 6, "detail_level": 1})
	var in kernel.InspectReply
	json.Unmarshal(tk.waitReply("shell", id).Content, &in)
	if in.Status != "ok" || !in.Found || in.Data["text/plain"] != "func Println(a ...any) (detail 1)" {
		t.Errorf("inspect_reply = %+v", in)
	}
	id = tk.send("shell", "inspect_request", map[string]any{"code": "nothing", "cursor_pos": 3, "detail_level": 0})
	rep := tk.waitReply("shell", id)
	json.Unmarshal(rep.Content, &in)
	if in.Status != "ok" || in.Found {
		t.Errorf("inspect_reply for an unknown name = %s", rep.Content)
	}
	if c := rep.content(t); c["data"] == nil || c["metadata"] == nil {
		t.Errorf("inspect_reply needs data and metadata objects: %s", rep.Content)
	}

	for code, want := range map[string]kernel.IsCompleteReply{
		"for {":       {Status: "incomplete", Indent: "\t"},
		"x := 1":      {Status: "complete"},
		"fmt.Print()": {Status: "complete"},
	} {
		id = tk.send("shell", "is_complete_request", map[string]any{"code": code})
		rep := tk.waitReply("shell", id)
		var got kernel.IsCompleteReply
		json.Unmarshal(rep.Content, &got)
		if got != want {
			t.Errorf("is_complete %q = %s, want %+v", code, rep.Content, want)
		}
	}
}

func TestExecuteOrdering(t *testing.T) {
	cells := map[string]cellFunc{
		"hello": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			fmt.Fprint(out.Stdout(), "hello ")
			fmt.Fprint(out.Stdout(), "world\n")
			return engine.Result{Data: map[string]any{"text/plain": "42"}}
		},
	}
	tk := startKernel(t, cells)
	id, rep, ms := tk.execute("hello", nil)
	got := types(ms)
	want := []string{"status:busy", "execute_input", "stream", "execute_result", "status:idle"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("iopub = %v, want %v", got, want)
	}
	in := ms[1].content(t)
	if in["code"] != "hello" || in["execution_count"] != 1.0 {
		t.Errorf("execute_input = %s", ms[1].Content)
	}
	if text, _ := streams(t, ms); text["stdout"] != "hello world\n" {
		t.Errorf("stdout = %q", text["stdout"])
	}
	res := ms[3].content(t)
	if res["execution_count"] != 1.0 || !reflect.DeepEqual(res["data"], map[string]any{"text/plain": "42"}) || res["metadata"] == nil {
		t.Errorf("execute_result = %s", ms[3].Content)
	}
	c := rep.content(t)
	if c["status"] != "ok" || c["execution_count"] != 1.0 {
		t.Errorf("execute_reply = %s", rep.Content)
	}
	// The reply and the idle status travel on different sockets; the kernel's
	// own timestamps tell the order it sent them in: result, reply, idle.
	if !(ms[3].Header.Date <= rep.Header.Date && rep.Header.Date <= ms[4].Header.Date) {
		t.Errorf("dates: execute_result %s, reply %s, idle %s; want non-decreasing", ms[3].Header.Date, rep.Header.Date, ms[4].Header.Date)
	}
	for _, m := range ms {
		if m.Parent.MsgID != id {
			t.Errorf("%s has parent %s, want %s", m.Header.MsgType, m.Parent.MsgID, id)
		}
	}
	// ipykernel puts iopub messages under the topic kernel.<id>.<type>;
	// nothing to check on the topic frame here beyond decoding, which passed.
}

func TestExecutionCount(t *testing.T) {
	cells := map[string]cellFunc{
		"noisy": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			fmt.Fprintln(out.Stdout(), "should not be seen when silent")
			fmt.Fprintln(out.Stderr(), "nor this")
			out.Display(engine.DisplayData{Data: map[string]any{"text/plain": "display"}})
			return engine.Result{Data: map[string]any{"text/plain": "value"}}
		},
	}
	tk := startKernel(t, cells)
	count := func(rep rxMsg) float64 { return rep.content(t)["execution_count"].(float64) }

	for want := 1.0; want <= 3; want++ {
		_, rep, _ := tk.execute("x", nil)
		if got := count(rep); got != want {
			t.Errorf("execution_count = %v, want %v", got, want)
		}
	}
	id, rep, ms := tk.execute("noisy", map[string]any{"silent": true})
	if got := types(ms); !reflect.DeepEqual(got, []string{"status:busy", "status:idle"}) {
		t.Errorf("silent execution published %v", got)
	}
	if c := rep.content(t); c["status"] != "ok" {
		t.Errorf("silent reply = %s", rep.Content)
	}
	// Late messages for the silent request would show up here.
	time.Sleep(50 * time.Millisecond)
	if got := types(tk.iopubFor(id)); len(got) != 2 {
		t.Errorf("silent execution published %v", got)
	}
	if rs := tk.eng.requests(); !rs[len(rs)-1].Silent {
		t.Errorf("engine was not told the request is silent: %+v", rs[len(rs)-1])
	}
	_, rep, _ = tk.execute("x", map[string]any{"store_history": false})
	if got := count(rep); got != 3 {
		t.Errorf("store_history=false: execution_count = %v, want 3 (unchanged)", got)
	}
	_, rep, ms = tk.execute("x", nil)
	if got := count(rep); got != 4 {
		t.Errorf("after silent and store_history=false runs: execution_count = %v, want 4", got)
	}
	if in := ms[1].content(t); in["execution_count"] != 4.0 {
		t.Errorf("execute_input = %s", ms[1].Content)
	}
	if rs := tk.eng.requests(); rs[len(rs)-1].ExecutionCount != 4 {
		t.Errorf("engine got ExecutionCount %d, want 4", rs[len(rs)-1].ExecutionCount)
	}
}

func TestExecuteError(t *testing.T) {
	cells := map[string]cellFunc{
		"boom": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			return engine.Result{Err: &engine.Error{Name: "runtime.Error", Value: "index out of range", Traceback: []string{"\x1b[31mpanic\x1b[0m", "at 1:3"}}}
		},
	}
	tk := startKernel(t, cells)
	_, rep, ms := tk.execute("boom", nil)
	if got := types(ms); !reflect.DeepEqual(got, []string{"status:busy", "execute_input", "error", "status:idle"}) {
		t.Fatalf("iopub = %v, want exactly one error output", got)
	}
	e := ms[2].content(t)
	if e["ename"] != "runtime.Error" || e["evalue"] != "index out of range" || !reflect.DeepEqual(e["traceback"], []any{"\x1b[31mpanic\x1b[0m", "at 1:3"}) {
		t.Errorf("error = %s", ms[2].Content)
	}
	c := rep.content(t)
	if c["status"] != "error" || c["ename"] != "runtime.Error" || c["evalue"] != "index out of range" || c["execution_count"] != 1.0 {
		t.Errorf("execute_reply = %s", rep.Content)
	}
	if _, ok := c["traceback"]; !ok {
		t.Errorf("error reply lacks traceback: %s", rep.Content)
	}
	// The kernel keeps serving after an error.
	if _, rep, _ := tk.execute("x", nil); rep.content(t)["status"] != "ok" {
		t.Errorf("next execution: %s", rep.Content)
	}
}

func TestStopOnErrorAbortsQueued(t *testing.T) {
	cells := map[string]cellFunc{
		"slow-fail": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			sleepCtx(ctx, 300*time.Millisecond)
			return engine.Result{Err: &engine.Error{Name: "E", Value: "failed"}}
		},
	}
	t.Run("stop_on_error true", func(t *testing.T) {
		tk := startKernel(t, cells)
		fail := tk.sendExecute("slow-fail", nil)
		q1 := tk.sendExecute("queued 1", nil)
		q2 := tk.sendExecute("queued 2", nil)
		if c := tk.waitReply("shell", fail).content(t); c["status"] != "error" {
			t.Fatalf("failing cell reply: %v", c)
		}
		for _, id := range []string{q1, q2} {
			rep := tk.waitReply("shell", id)
			if c := rep.content(t); c["status"] != "aborted" {
				t.Errorf("queued request reply = %s, want status aborted", rep.Content)
			}
			checkWrapped(t, "aborted request", tk.iopubUntilIdle(id))
		}
		for _, r := range tk.eng.requests() {
			if strings.HasPrefix(r.Code, "queued") {
				t.Errorf("engine ran aborted cell %q", r.Code)
			}
		}
		// The abort ends with the queue: a later request runs.
		_, rep, _ := tk.execute("later", nil)
		if c := rep.content(t); c["status"] != "ok" {
			t.Errorf("request after the aborted ones: %s", rep.Content)
		}
	})
	t.Run("stop_on_error false", func(t *testing.T) {
		tk := startKernel(t, cells)
		fail := tk.sendExecute("slow-fail", map[string]any{"stop_on_error": false})
		q1 := tk.sendExecute("queued 1", nil)
		tk.waitReply("shell", fail)
		if c := tk.waitReply("shell", q1).content(t); c["status"] != "ok" {
			t.Errorf("queued request after a stop_on_error=false failure: %v", c)
		}
	})
}

func TestInterrupt(t *testing.T) {
	started := make(chan struct{})
	cells := map[string]cellFunc{
		"block": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			close(started)
			if sleepCtx(ctx, 20*time.Second) != nil {
				return interruptedResult()
			}
			return engine.Result{}
		},
	}
	tk := startKernel(t, cells)
	id := tk.sendExecute("block", nil)
	select {
	case <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("cell did not start")
	}
	t0 := time.Now()
	iid := tk.send("control", "interrupt_request", map[string]any{})
	irep := tk.waitReply("control", iid)
	if irep.Header.MsgType != "interrupt_reply" || irep.content(t)["status"] != "ok" {
		t.Errorf("interrupt reply: %s %s", irep.Header.MsgType, irep.Content)
	}
	rep := tk.waitReply("shell", id)
	t.Logf("execute_reply came %v after the interrupt", time.Since(t0).Round(time.Millisecond))
	if c := rep.content(t); c["status"] != "error" || c["ename"] != "Interrupted" {
		t.Errorf("execute_reply = %s", rep.Content)
	}
	tk.eng.mu.Lock()
	ctxErr := tk.eng.ctxErr[len(tk.eng.ctxErr)-1]
	tk.eng.mu.Unlock()
	if !errors.Is(ctxErr, context.Canceled) {
		t.Errorf("the cell's context error = %v, want context.Canceled", ctxErr)
	}
	// The control request has its own busy…idle.
	checkWrapped(t, "interrupt", tk.iopubUntilIdle(iid))
}

func TestInterruptMethod(t *testing.T) {
	started := make(chan struct{})
	cells := map[string]cellFunc{
		"block": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			close(started)
			if sleepCtx(ctx, 20*time.Second) != nil {
				return interruptedResult()
			}
			return engine.Result{}
		},
	}
	tk := startKernel(t, cells)
	tk.k.Interrupt() // nothing runs: a no-op
	id := tk.sendExecute("block", nil)
	<-started
	tk.k.Interrupt() // as a SIGINT handler does
	if c := tk.waitReply("shell", id).content(t); c["ename"] != "Interrupted" {
		t.Errorf("execute_reply = %v", c)
	}
}

func TestUnknownRequestKeepsServing(t *testing.T) {
	tk := startKernel(t, nil)
	for _, sock := range []string{"shell", "control"} {
		id := tk.send(sock, "frobnicate_request", map[string]any{"x": 1})
		rep := tk.waitReply(sock, id)
		c := rep.content(t)
		if rep.Header.MsgType != "frobnicate_reply" || c["status"] != "error" {
			t.Errorf("%s: reply %s %s", sock, rep.Header.MsgType, rep.Content)
		}
		id = tk.send(sock, "kernel_info_request", map[string]any{})
		tk.waitReply(sock, id)
	}
	// A message that is not a request gets no reply, but does not stop
	// the kernel either.
	tk.send("shell", "not_a_request_at_all", map[string]any{})
	_, rep, _ := tk.execute("x", nil)
	if rep.content(t)["status"] != "ok" {
		t.Errorf("execute after unknown messages: %s", rep.Content)
	}
}

func TestInvalidMessagesDropped(t *testing.T) {
	tk := startKernel(t, nil)

	// Signed with another key.
	otherSigner, _ := wire.NewSigner("hmac-sha256", []byte("wrong key"))
	bad := tk.newMsg("kernel_info_request", map[string]any{})
	frames, _ := wire.NewCodec(otherSigner).Encode(bad)
	tk.sendFrames("shell", frames)

	// Good signature over content that was altered afterwards.
	altered := tk.newMsg("execute_request", map[string]any{"code": "a"})
	frames2, _ := tk.codec.Encode(altered)
	frames2[len(frames2)-1] = []byte(`{"code":"b"}`)
	tk.sendFrames("shell", frames2)

	// Not a Jupyter message at all.
	tk.sendFrames("shell", [][]byte{[]byte("hello")})
	tk.sendFrames("control", [][]byte{[]byte(wire.Delimiter), []byte("sig")})

	// A valid message, then the same frames again (a replay).
	good := tk.newMsg("kernel_info_request", map[string]any{})
	goodFrames, _ := tk.codec.Encode(good)
	tk.sendFrames("shell", goodFrames)
	tk.waitReply("shell", good.Header.MsgID)
	tk.sendFrames("shell", goodFrames)

	// The kernel still serves.
	id := tk.send("shell", "kernel_info_request", map[string]any{})
	tk.waitReply("shell", id)
	cid := tk.send("control", "kernel_info_request", map[string]any{})
	tk.waitReply("control", cid)
	time.Sleep(100 * time.Millisecond)

	if r := tk.repliesTo("shell", bad.Header.MsgID); len(r) != 0 {
		t.Errorf("message signed with another key was answered: %v", types(r))
	}
	if r := tk.iopubFor(bad.Header.MsgID); len(r) != 0 {
		t.Errorf("message signed with another key caused iopub %v", types(r))
	}
	if r := tk.iopubFor(altered.Header.MsgID); len(r) != 0 {
		t.Errorf("altered message was handled: %v", types(r))
	}
	if r := tk.repliesTo("shell", good.Header.MsgID); len(r) != 1 {
		t.Errorf("replayed message answered %d times, want once", len(r))
	}
	for _, r := range tk.eng.requests() {
		t.Errorf("engine ran %q from an invalid message", r.Code)
	}
	log := tk.log.String()
	for _, reason := range []string{"bad signature", "replayed"} {
		if !strings.Contains(log, reason) {
			t.Errorf("the log does not say why a message was dropped (%q)", reason)
		}
	}
}

func TestHeartbeatWhileBusy(t *testing.T) {
	release := make(chan struct{})
	var once sync.Once
	free := func() { once.Do(func() { close(release) }) }
	cells := map[string]cellFunc{
		"busy": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			<-release // a blocking native call: ignores ctx
			return engine.Result{}
		},
	}
	tk := startKernel(t, cells)
	t.Cleanup(free) // before the kernel's own cleanup, which waits for the cell
	id := tk.sendExecute("busy", nil)
	if _, ok := tk.waitFor("iopub", 5*time.Second, func(m rxMsg) bool {
		return m.parentID() == id && m.Header.MsgType == "execute_input"
	}); !ok {
		t.Fatal("cell did not start")
	}
	for i := range 5 {
		ping := fmt.Sprintf("ping %d", i)
		t0 := time.Now()
		done := make(chan string, 1)
		go func() {
			if err := tk.hb.Send(zmq4.NewMsgString(ping)); err != nil {
				done <- "send: " + err.Error()
				return
			}
			m, err := tk.hb.Recv()
			if err != nil {
				done <- "recv: " + err.Error()
				return
			}
			done <- string(m.Bytes())
		}()
		select {
		case got := <-done:
			if got != ping {
				t.Errorf("heartbeat echoed %q, want %q", got, ping)
			}
			t.Logf("echo of %q after %v while a cell ran", ping, time.Since(t0).Round(10*time.Microsecond))
		case <-time.After(hdTimeToDead):
			t.Fatalf("no heartbeat echo within %v while a cell ran", hdTimeToDead)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if len(tk.repliesTo("shell", id)) != 0 {
		t.Errorf("the cell was over before the heartbeats were checked; the test proves nothing")
	}
	free()
	tk.waitReply("shell", id)
}

func TestOutputCoalescing(t *testing.T) {
	const n = 1000
	pacedAck := make(chan struct{}, 20) // the "paced" cell's tick arrived
	var want strings.Builder
	for i := range n {
		fmt.Fprintf(&want, "line %04d\n", i)
	}
	cells := map[string]cellFunc{
		"flood": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			w := out.Stdout()
			for i := range n {
				fmt.Fprintf(w, "line %04d\n", i)
			}
			return engine.Result{}
		},
		"interleave": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			for i := range 50 {
				fmt.Fprintf(out.Stdout(), "o%d ", i)
				fmt.Fprintf(out.Stderr(), "e%d ", i)
				if i%10 == 0 {
					time.Sleep(3 * time.Millisecond)
				}
			}
			return engine.Result{}
		},
		"split-rune": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			euro := []byte("€") // e2 82 ac
			out.Stdout().Write([]byte("price: "))
			out.Stdout().Write(euro[:2])
			time.Sleep(30 * time.Millisecond) // longer than the quiet delay: a flush falls between
			out.Stdout().Write(euro[2:])
			out.Stdout().Write([]byte("5 🙂"[:5]))
			time.Sleep(30 * time.Millisecond)
			out.Stdout().Write([]byte("5 🙂"[5:]))
			out.Stdout().Write([]byte("\n"))
			return engine.Result{}
		},
		"paced": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			for i := range 20 {
				fmt.Fprintf(out.Stdout(), "tick %d\n", i)
				select {
				case <-pacedAck:
				case <-time.After(10 * time.Second):
					fmt.Fprintf(out.Stdout(), "no ack for tick %d\n", i)
					return engine.Result{}
				}
			}
			return engine.Result{}
		},
		"split-rune-at-end": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			out.Stdout().Write([]byte("ok \xe2\x82"))
			return engine.Result{} // the kernel flushes what is left as it is
		},
	}
	tk := startKernel(t, cells)

	t.Run("flood", func(t *testing.T) {
		_, _, ms := tk.execute("flood", nil)
		text, seq := streams(t, ms)
		if text["stdout"] != want.String() {
			t.Errorf("stdout differs: got %d bytes, want %d", len(text["stdout"]), want.Len())
		}
		if len(seq) > n/10 {
			t.Errorf("%d writes became %d stream messages; want them batched", n, len(seq))
		}
		t.Logf("%d writes → %d stream messages", n, len(seq))
	})
	t.Run("paced lines", func(t *testing.T) {
		// A line followed by a pause (a progress report) is shown during
		// the pause, in a message of its own: the cell prints each tick
		// and waits until the client has it before it prints the next. A
		// line held back for more output, or to the cell's end, never
		// arrives while the cell waits (it gives up after 10 s and says
		// so). How long each tick took is a figure, not a check.
		id := tk.sendExecute("paced", nil)
		start := time.Now()
		var slowest time.Duration
		for i := range 20 {
			t0 := time.Now()
			tick := fmt.Sprintf("tick %d\n", i)
			if _, ok := tk.waitFor("iopub", 30*time.Second, func(m rxMsg) bool {
				return m.parentID() == id && m.Header.MsgType == "stream" && strings.Contains(string(m.Content), fmt.Sprintf("%q", tick))
			}); !ok {
				t.Errorf("%q never arrived by itself while the cell waited for it", tick)
				break
			}
			slowest = max(slowest, time.Since(t0))
			pacedAck <- struct{}{}
		}
		if _, ok := tk.waitFor("shell", 30*time.Second, func(m rxMsg) bool { return m.parentID() == id }); !ok {
			t.Fatal("no reply to the paced cell within 30 s")
		}
		text, seq := streams(t, tk.iopubUntilIdle(id))
		if !strings.HasPrefix(text["stdout"], "tick 0\n") || !strings.HasSuffix(text["stdout"], "tick 19\n") {
			t.Errorf("stdout = %q", text["stdout"])
		}
		if len(seq) != 20 {
			t.Errorf("20 lines, each printed when the client had the one before, came in %d stream messages, want one each: %q", len(seq), seq)
		}
		t.Logf("20 ticks in %v, the slowest %v from the ack to its arrival", time.Since(start).Round(time.Millisecond), slowest.Round(time.Microsecond))
	})
	t.Run("interleave", func(t *testing.T) {
		_, _, ms := tk.execute("interleave", nil)
		_, seq := streams(t, ms)
		var got, wantSeq []string
		for _, s := range seq {
			for _, tok := range strings.Fields(s[1]) {
				got = append(got, s[0]+":"+tok)
			}
		}
		for i := range 50 {
			wantSeq = append(wantSeq, fmt.Sprintf("stdout:o%d", i), fmt.Sprintf("stderr:e%d", i))
		}
		if !reflect.DeepEqual(got, wantSeq) {
			t.Errorf("stream order:\n got %v\nwant %v", got, wantSeq)
		}
	})
	t.Run("split rune", func(t *testing.T) {
		_, _, ms := tk.execute("split-rune", nil)
		text, seq := streams(t, ms)
		if text["stdout"] != "price: €5 🙂\n" {
			t.Errorf("stdout = %q (messages %q)", text["stdout"], seq)
		}
	})
	t.Run("partial rune at end", func(t *testing.T) {
		_, _, ms := tk.execute("split-rune-at-end", nil)
		text, _ := streams(t, ms)
		if !strings.HasPrefix(text["stdout"], "ok ") {
			t.Errorf("stdout = %q", text["stdout"])
		}
	})
}

func TestLateOutputKeepsParent(t *testing.T) {
	// The first cell's goroutine writes while the second cell runs: the
	// second cell lets it, rather than a timer a busy machine can outrun
	// (a write before the first cell's idle is no late output).
	secondRuns, wrote := make(chan struct{}), make(chan struct{})
	cells := map[string]cellFunc{
		"spawn": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			fmt.Fprintln(out.Stdout(), "early")
			go func() {
				<-secondRuns
				fmt.Fprintln(out.Stdout(), "late")
				close(wrote)
			}()
			return engine.Result{}
		},
		"second": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			fmt.Fprintln(out.Stdout(), "second")
			close(secondRuns)
			<-wrote
			time.Sleep(50 * time.Millisecond)
			return engine.Result{}
		},
	}
	tk := startKernel(t, cells)
	first, _, ms := tk.execute("spawn", nil)
	if text, _ := streams(t, ms); text["stdout"] != "early\n" {
		t.Errorf("before idle: stdout %q", text["stdout"])
	}
	second, _, ms2 := tk.execute("second", nil)
	if text, _ := streams(t, ms2); text["stdout"] != "second\n" {
		t.Errorf("second cell's stdout = %q; late output of the first cell must not land here", text["stdout"])
	}
	late, ok := tk.waitFor("iopub", 10*time.Second, func(m rxMsg) bool {
		return m.Header.MsgType == "stream" && strings.Contains(string(m.Content), "late")
	})
	if !ok {
		t.Fatal("late output never arrived")
	}
	if late.parentID() != first {
		t.Errorf("late output has parent %s, want the first request %s (second is %s)", late.parentID(), first, second)
	}
}

func TestHistoryRequest(t *testing.T) {
	tk := startKernel(t, nil)
	codes := []string{"a := 1", "b := a * 2", "fmt.Println(a, b)", "c := 10 / 2", "a := 1"}
	for _, c := range codes {
		tk.execute(c, nil)
	}
	tk.execute("hidden", map[string]any{"store_history": false})
	tk.execute("quiet", map[string]any{"silent": true})

	query := func(req map[string]any) [][]any {
		t.Helper()
		req["output"], req["raw"] = false, true
		id := tk.send("shell", "history_request", req)
		rep := tk.waitReply("shell", id)
		var h struct {
			Status  string  `json:"status"`
			History [][]any `json:"history"`
		}
		if err := json.Unmarshal(rep.Content, &h); err != nil || h.Status != "ok" {
			t.Fatalf("history_reply = %s (%v)", rep.Content, err)
		}
		return h.History
	}
	inputs := func(h [][]any) []string {
		var out []string
		for _, e := range h {
			if len(e) != 3 {
				t.Fatalf("history entry %v: want [session, line, input]", e)
			}
			out = append(out, fmt.Sprintf("%v:%v", e[1], e[2]))
		}
		return out
	}

	t.Run("tail", func(t *testing.T) {
		got := inputs(query(map[string]any{"hist_access_type": "tail", "n": 2}))
		if want := []string{"4:c := 10 / 2", "5:a := 1"}; !reflect.DeepEqual(got, want) {
			t.Errorf("tail 2 = %q, want %q", got, want)
		}
		if got := query(map[string]any{"hist_access_type": "tail", "n": 100}); len(got) != 5 {
			t.Errorf("tail 100 = %v, want the 5 stored cells", got)
		}
	})
	t.Run("range", func(t *testing.T) {
		got := inputs(query(map[string]any{"hist_access_type": "range", "session": 0, "start": 2, "stop": 4}))
		if want := []string{"2:b := a * 2", "3:fmt.Println(a, b)"}; !reflect.DeepEqual(got, want) {
			t.Errorf("range 2..4 = %q, want %q", got, want)
		}
	})
	t.Run("search", func(t *testing.T) {
		got := inputs(query(map[string]any{"hist_access_type": "search", "pattern": "a :=*", "n": 10}))
		if want := []string{"1:a := 1", "5:a := 1"}; !reflect.DeepEqual(got, want) {
			t.Errorf("search 'a :=*' = %q, want %q", got, want)
		}
		got = inputs(query(map[string]any{"hist_access_type": "search", "pattern": "a :=*", "n": 10, "unique": true}))
		if want := []string{"5:a := 1"}; !reflect.DeepEqual(got, want) {
			t.Errorf("unique search = %q, want %q", got, want)
		}
	})
	t.Run("search matches across slashes", func(t *testing.T) {
		// IPython's search is an SQLite GLOB, where * matches any text,
		// "/" included: Go code is full of slashes (comments, division,
		// import paths), and console's reverse search relies on this.
		got := inputs(query(map[string]any{"hist_access_type": "search", "pattern": "*10*", "n": 10}))
		if want := []string{"4:c := 10 / 2"}; !reflect.DeepEqual(got, want) {
			t.Errorf("search '*10*' = %q, want %q", got, want)
		}
	})
}

func TestShutdown(t *testing.T) {
	for _, tc := range []struct {
		sock    string
		restart bool
		want    error
	}{
		{"control", false, nil},
		{"control", true, kernel.ErrRestart},
		{"shell", false, nil},
	} {
		t.Run(fmt.Sprintf("%s restart=%v", tc.sock, tc.restart), func(t *testing.T) {
			tk := startKernel(t, nil)
			id := tk.send(tc.sock, "shutdown_request", map[string]any{"restart": tc.restart})
			rep := tk.waitReply(tc.sock, id)
			if c := rep.content(t); rep.Header.MsgType != "shutdown_reply" || c["status"] != "ok" || c["restart"] != tc.restart {
				t.Errorf("reply %s %s", rep.Header.MsgType, rep.Content)
			}
			select {
			case err := <-tk.runErr:
				if !errors.Is(err, tc.want) {
					t.Errorf("Run returned %v, want %v", err, tc.want)
				}
				tk.runErr <- err // for Cleanup
			case <-time.After(5 * time.Second):
				t.Fatal("Run did not return within 5 s of shutdown_request")
			}
			tk.eng.mu.Lock()
			closed := tk.eng.closed
			tk.eng.mu.Unlock()
			if !closed {
				t.Error("engine not closed at shutdown")
			}
			// The idle status after the shutdown reply still reached iopub.
			if _, ok := tk.waitFor("iopub", time.Second, func(m rxMsg) bool { return m.parentID() == id && isIdle(m) }); !ok {
				t.Errorf("no idle status after shutdown_reply; iopub had %v", types(tk.iopubFor(id)))
			}
		})
	}
}
