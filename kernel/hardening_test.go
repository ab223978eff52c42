package kernel_test

// Hardening tests (issue 7) against the real gopad binary: authentication of
// every message, load (10,000 queued cells, 100 MB of output), heartbeat
// latency under load, interrupts and shutdown under load, restarts without
// leaks. They drive the kernel through kernel/client and through raw ZeroMQ
// DEALER sockets of their own. All but the authentication tests are skipped
// in -short mode; the /proc measurements are Linux only.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/google/uuid"

	"github.com/gopad/gopad/kernel/client"
	"github.com/gopad/gopad/kernel/wire"
)

var hdBuilt struct {
	once sync.Once
	path string
	err  error
	out  []byte
}

// hdGopad builds gopad once per test binary into build/hardening/ (the
// .gitignored build folder) and returns the binary's path.
func hdGopad(t testing.TB) string {
	t.Helper()
	root, err := filepath.Abs("..") // tests run in kernel/
	if err != nil {
		t.Fatal(err)
	}
	hdBuilt.once.Do(func() {
		dir := filepath.Join(root, "build", "hardening")
		if hdBuilt.err = os.MkdirAll(dir, 0o755); hdBuilt.err != nil {
			return
		}
		hdBuilt.path = filepath.Join(dir, "gopad")
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, "go", "build", "-o", hdBuilt.path, "github.com/gopad/gopad")
		cmd.Dir = root
		hdBuilt.out, hdBuilt.err = cmd.CombinedOutput()
	})
	if hdBuilt.err != nil {
		t.Fatalf("go build: %v\n%s", hdBuilt.err, hdBuilt.out)
	}
	return hdBuilt.path
}

func hdSkipShort(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("load test: skipped in -short mode")
	}
}

// hdLong reports whether the long forms of the load and soak tests run
// (GOPAD_LONG_TESTS=1, which .ci/run sets); go test ./... runs their short
// forms, which check the same things on less data.
func hdLong() bool { return os.Getenv("GOPAD_LONG_TESTS") == "1" }

// hdTimeToDead is how long a ping may wait for its echo before it counts as
// missed: a frontend calls the kernel dead only after waiting this long
// (jupyter_client's KernelRestarter.time_to_dead is 3 s; its HBChannel waits
// 1 s for each ping). Faster echoes are figures for the log, not failures.
const hdTimeToDead = 3 * time.Second

// hdHeartbeat pings a kernel's heartbeat socket every interval and records
// how each ping went.
type hdHeartbeat struct {
	stop chan struct{}
	done chan struct{}

	mu     sync.Mutex
	count  int           // pings answered
	slow   int           // answered after more than 50 ms (a figure)
	max    time.Duration // slowest answer
	missed error         // the first ping not answered within hdTimeToDead
}

// hdStartHeartbeat starts pinging c until stopped.
func hdStartHeartbeat(c *client.Client, interval time.Duration) *hdHeartbeat {
	h := &hdHeartbeat{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(h.done)
		tk := time.NewTicker(interval)
		defer tk.Stop()
		for {
			select {
			case <-h.stop:
				return
			case <-tk.C:
			}
			ctx, cancel := context.WithTimeout(context.Background(), hdTimeToDead)
			t0 := time.Now()
			err := c.Heartbeat(ctx)
			d := time.Since(t0)
			cancel()
			h.mu.Lock()
			if err != nil {
				h.missed = fmt.Errorf("ping %d: no echo after %v: %w", h.count+1, d.Round(time.Millisecond), err)
				h.mu.Unlock()
				return // a REQ socket that missed its reply cannot send again
			}
			h.count++
			if d > 50*time.Millisecond {
				h.slow++
			}
			h.max = max(h.max, d)
			h.mu.Unlock()
		}
	}()
	return h
}

// end stops the pings and returns a line of figures and the first missed
// ping (nil when every ping was answered).
func (h *hdHeartbeat) end() (figures string, missed error) {
	close(h.stop)
	<-h.done
	h.mu.Lock()
	defer h.mu.Unlock()
	return fmt.Sprintf("heartbeat: %d pings answered, max latency %v, %d over 50 ms",
		h.count, h.max.Round(100*time.Microsecond), h.slow), h.missed
}

// hdBuf is a goroutine-safe buffer for a kernel's standard error.
type hdBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *hdBuf) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *hdBuf) reset() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.b.Reset()
}

func (b *hdBuf) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// waitFor polls cond until it holds or timeout passes. A kernel's log
// reaches its buffer through a pipe that a goroutine of the test reads:
// what the kernel logged before an event the test saw may not be in the
// buffer yet, so a test waits for a line instead of reading the buffer
// once.
func hdWaitFor(timeout time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(timeout)
	for {
		if cond() {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// hdStart starts the real kernel through kernel/client, with its log in the
// returned buffer and its history in a temporary Jupyter data folder. The
// kernel is killed at the end of the test if it still runs.
func hdStart(t testing.TB, opts client.Options) (*client.Client, *hdBuf) {
	t.Helper()
	bin := hdGopad(t)
	logs := &hdBuf{}
	opts.Argv = []string{bin, "kernel", "{connection_file}"}
	if opts.Stderr == nil {
		opts.Stderr = logs
	}
	if !slices.ContainsFunc(opts.Env, func(e string) bool { return strings.HasPrefix(e, "JUPYTER_DATA_DIR=") }) {
		opts.Env = append(opts.Env, "JUPYTER_DATA_DIR="+t.TempDir())
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := client.Start(ctx, opts)
	// The client picks free ports and the kernel binds them a moment
	// later: with tests running in parallel, another kernel may take one
	// in between. That is the way Jupyter picks ports; try new ones.
	for try := 0; err != nil && try < 3 && strings.Contains(logs.String(), "address already in use"); try++ {
		t.Logf("starting the kernel: %v (another process took a port); trying other ports", err)
		logs.reset()
		c, err = client.Start(ctx, opts)
	}
	if err != nil {
		t.Fatalf("starting the kernel: %v\nkernel log:\n%s", err, logs)
	}
	t.Cleanup(func() {
		select {
		case <-c.Exited():
		default:
			c.Kill()
		}
	})
	return c, logs
}

func hdConnInfo(t testing.TB, c *client.Client) wire.ConnectionInfo {
	t.Helper()
	ci, err := wire.ReadConnectionFile(c.ConnectionFile())
	if err != nil {
		t.Fatal(err)
	}
	return ci
}

// hdExec runs code through the client and returns the reply and the
// stdout text.
func hdExec(t testing.TB, c *client.Client, code string, timeout time.Duration) (client.ExecuteReply, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	var out strings.Builder
	rep, err := c.Execute(ctx, code, func(m client.Msg) {
		if m.Header.MsgType == "stream" {
			var s struct{ Name, Text string }
			m.Decode(&s)
			if s.Name == "stdout" {
				out.WriteString(s.Text)
			}
		}
	})
	if err != nil {
		t.Fatalf("execute %q: %v", code, err)
	}
	return rep, out.String()
}

// hdRaw is a client of its own over raw ZeroMQ sockets: it keeps every
// message received, by parent msg_id, and the order in which replies came.
type hdRaw struct {
	t       testing.TB
	ci      wire.ConnectionInfo
	codec   *wire.Codec
	session string
	ctx     context.Context
	cancel  context.CancelFunc

	shell, control, iopub zmq4.Socket
	sendMu                sync.Mutex

	mu         sync.Mutex
	replies    map[string]*wire.Message
	iopubs     map[string][]*wire.Message
	idle       map[string]bool
	replyOrder []string
	bytesOut   atomic.Int64
	bytesIn    atomic.Int64
	received   atomic.Int64
}

// hdDial connects to the kernel described by ci with a new session id, and
// returns once iopub messages arrive.
func hdDial(t testing.TB, ci wire.ConnectionInfo) *hdRaw {
	t.Helper()
	signer, err := wire.NewSigner(ci.SignatureScheme, []byte(ci.Key))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &hdRaw{
		t: t, ci: ci, codec: wire.NewCodec(signer), session: uuid.NewString(), ctx: ctx, cancel: cancel,
		replies: map[string]*wire.Message{}, iopubs: map[string][]*wire.Message{}, idle: map[string]bool{},
	}
	opts := []zmq4.Option{zmq4.WithTimeout(10 * time.Second), zmq4.WithDialerRetry(20 * time.Millisecond), zmq4.WithDialerMaxRetries(500)}
	id := zmq4.WithID(zmq4.SocketIdentity(r.session))
	dial := func(s zmq4.Socket, port int) zmq4.Socket {
		if err := s.Dial(ci.Endpoint(port)); err != nil {
			t.Fatalf("dialing %s: %v", ci.Endpoint(port), err)
		}
		return s
	}
	r.shell = dial(zmq4.NewDealer(ctx, append(opts, id)...), ci.ShellPort)
	r.control = dial(zmq4.NewDealer(ctx, append(opts, id)...), ci.ControlPort)
	r.iopub = dial(zmq4.NewSub(ctx, opts...), ci.IOPubPort)
	if err := r.iopub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	for _, s := range []zmq4.Socket{r.shell, r.control, r.iopub} {
		go r.readLoop(s)
	}
	// A subscriber misses what is published before it joined: repeat
	// kernel_info until its iopub status arrives.
	ok := false
	for i := 0; i < 100 && !ok; i++ {
		id := r.send(r.shell, "kernel_info_request", struct{}{})
		ok = hdWaitFor(300*time.Millisecond, func() bool {
			r.mu.Lock()
			defer r.mu.Unlock()
			return len(r.iopubs[id]) > 0
		})
	}
	if !ok {
		t.Fatal("raw client: no iopub message after 100 kernel_info requests")
	}
	return r
}

func (r *hdRaw) readLoop(s zmq4.Socket) {
	for {
		zm, err := s.Recv()
		if err != nil {
			if r.ctx.Err() != nil {
				return
			}
			time.Sleep(5 * time.Millisecond)
			continue
		}
		n := 0
		for _, f := range zm.Frames {
			n += len(f)
		}
		r.bytesIn.Add(int64(n))
		m, err := r.codec.Decode(zm.Frames)
		if err != nil || m.Parent == nil {
			continue
		}
		r.received.Add(1)
		pid := m.Parent.MsgID
		r.mu.Lock()
		if s == r.iopub {
			r.iopubs[pid] = append(r.iopubs[pid], m)
			if m.Header.MsgType == "status" && strings.Contains(string(m.Content), `"idle"`) {
				r.idle[pid] = true
			}
		} else {
			r.replies[pid] = m
			r.replyOrder = append(r.replyOrder, pid)
		}
		r.mu.Unlock()
	}
}

func (r *hdRaw) close() {
	r.cancel()
	r.shell.Close()
	r.control.Close()
	r.iopub.Close()
}

// newMsg returns a message of this client's session.
func (r *hdRaw) newMsg(msgType string, content any) *wire.Message {
	b, err := json.Marshal(content)
	if err != nil {
		r.t.Fatal(err)
	}
	return &wire.Message{Header: wire.NewHeader(msgType, r.session, "hardening"), Content: b}
}

// encode returns the signed frames of m.
func (r *hdRaw) encode(m *wire.Message) [][]byte {
	frames, err := r.codec.Encode(m)
	if err != nil {
		r.t.Fatal(err)
	}
	return frames
}

func (r *hdRaw) sendFrames(s zmq4.Socket, frames [][]byte) {
	n := 0
	for _, f := range frames {
		n += len(f)
	}
	r.bytesOut.Add(int64(n))
	r.sendMu.Lock()
	defer r.sendMu.Unlock()
	if err := s.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		r.t.Errorf("raw send: %v", err)
	}
}

// send sends a request and returns its msg_id.
func (r *hdRaw) send(s zmq4.Socket, msgType string, content any) string {
	m := r.newMsg(msgType, content)
	r.sendFrames(s, r.encode(m))
	return m.Header.MsgID
}

func hdExecRequest(code string) map[string]any {
	return map[string]any{"code": code, "silent": false, "store_history": true, "user_expressions": map[string]any{},
		"allow_stdin": false, "stop_on_error": false}
}

func (r *hdRaw) sendExecute(code string) string {
	return r.send(r.shell, "execute_request", hdExecRequest(code))
}

// wait waits for the reply to id and its idle status; it returns the reply
// (nil on timeout) and the request's iopub messages.
func (r *hdRaw) wait(id string, timeout time.Duration) (*wire.Message, []*wire.Message) {
	hdWaitFor(timeout, func() bool {
		r.mu.Lock()
		defer r.mu.Unlock()
		return r.replies[id] != nil && r.idle[id]
	})
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.replies[id], append([]*wire.Message(nil), r.iopubs[id]...)
}

// forget drops what was kept for id.
func (r *hdRaw) forget(id string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.replies, id)
	delete(r.iopubs, id)
	delete(r.idle, id)
}

func (r *hdRaw) hasReply(id string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.replies[id] != nil
}

type hdReply struct {
	Status         string `json:"status"`
	ExecutionCount int    `json:"execution_count"`
	EName          string `json:"ename"`
	EValue         string `json:"evalue"`
}

func hdDecodeReply(t testing.TB, m *wire.Message) hdReply {
	t.Helper()
	var rep hdReply
	if err := json.Unmarshal(m.Content, &rep); err != nil {
		t.Fatalf("reply content %s: %v", m.Content, err)
	}
	return rep
}

// hdStdout concatenates the stdout stream text of ms.
func hdStdout(ms []*wire.Message) string {
	var b strings.Builder
	for _, m := range ms {
		if m.Header.MsgType != "stream" {
			continue
		}
		var s struct{ Name, Text string }
		json.Unmarshal(m.Content, &s)
		if s.Name == "stdout" {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

// ---- /proc helpers (Linux) ----

// hdProcStat returns the state and parent pid of pid ("" if it is gone).
func hdProcStat(pid int) (state string, ppid int) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return "", 0
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return "", 0
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 2 {
		return "", 0
	}
	ppid, _ = strconv.Atoi(f[1])
	return f[0], ppid
}

// hdAlive reports whether pid runs (a zombie has exited).
func hdAlive(pid int) bool {
	st, _ := hdProcStat(pid)
	return st != "" && st != "Z"
}

// hdChildren returns the pids whose parent is pid.
func hdChildren(pid int) []int {
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	var out []int
	for _, d := range dirs {
		p, err := strconv.Atoi(filepath.Base(d))
		if err != nil {
			continue
		}
		if st, pp := hdProcStat(p); pp == pid && st != "Z" {
			out = append(out, p)
		}
	}
	return out
}

// hdRSS returns the resident set size of pid in bytes (0 if unknown).
func hdRSS(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			f := strings.Fields(v)
			if len(f) > 0 {
				kb, _ := strconv.ParseInt(f[0], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}

// hdBinProcs returns the live processes running bin.
func hdBinProcs(bin string) []int {
	procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	var out []int
	for _, p := range procs {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		argv0, _, _ := bytes.Cut(b, []byte{0})
		if string(argv0) != bin {
			continue
		}
		pid, err := strconv.Atoi(filepath.Base(filepath.Dir(p)))
		if err == nil && hdAlive(pid) {
			out = append(out, pid)
		}
	}
	return out
}

// hdSessionPid waits for the kernel's child session process.
func hdSessionPid(t testing.TB, kernelPid int) int {
	t.Helper()
	var pid int
	hdWaitFor(10*time.Second, func() bool {
		if ch := hdChildren(kernelPid); len(ch) > 0 {
			pid = ch[0]
			return true
		}
		return false
	})
	if pid == 0 {
		t.Fatalf("no session child process under kernel %d", kernelPid)
	}
	return pid
}

// ---- 1. Authentication ----

// TestAuthRejectsForgedMessages sends execute requests that would create a
// file, each broken in one way, to the real kernel: none may run, each is
// logged with its reason, and the kernel keeps serving.
func TestAuthRejectsForgedMessages(t *testing.T) {
	t.Parallel()
	c, logs := hdStart(t, client.Options{})
	ci := hdConnInfo(t, c)
	r := hdDial(t, ci)
	defer r.close()
	dir := t.TempDir()

	otherSigner, _ := wire.NewSigner("hmac-sha256", []byte("not-the-kernel-key"))
	other := wire.NewCodec(otherSigner)

	// code returns a cell that appends one "x" to dir/name.
	code := func(name string) string {
		return fmt.Sprintf("f, err := os.OpenFile(%q, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)\nif err != nil { panic(err) }\nf.WriteString(\"x\")\nf.Close()",
			filepath.Join(dir, name))
	}
	// Frame indexes after the delimiter (frame 0 on a DEALER).
	const sigF, headerF, contentF = 1, 2, 5
	cases := []struct {
		name   string
		reason string
		frames func(name string) [][]byte
	}{
		{"bad signature", "bad signature", func(name string) [][]byte {
			f := r.encode(r.newMsg("execute_request", hdExecRequest(code(name))))
			f[sigF] = bytes.Repeat([]byte("0"), len(f[sigF]))
			return f
		}},
		{"no signature", "bad signature", func(name string) [][]byte {
			f := r.encode(r.newMsg("execute_request", hdExecRequest(code(name))))
			f[sigF] = nil
			return f
		}},
		{"other key", "bad signature", func(name string) [][]byte {
			f, err := other.Encode(r.newMsg("execute_request", hdExecRequest(code(name))))
			if err != nil {
				t.Fatal(err)
			}
			return f
		}},
		{"altered content", "bad signature", func(name string) [][]byte {
			f := r.encode(r.newMsg("execute_request", hdExecRequest(code("decoy"))))
			c, _ := json.Marshal(hdExecRequest(code(name)))
			f[contentF] = c
			return f
		}},
		{"malformed JSON", "malformed content JSON", func(name string) [][]byte {
			m := r.newMsg("execute_request", nil)
			full, _ := json.Marshal(hdExecRequest(code(name)))
			m.Content = full[:len(full)-1] // signed, but cut short
			f := r.encode(m)
			return f
		}},
		{"missing header", "header has no msg_id or msg_type", func(name string) [][]byte {
			m := r.newMsg("execute_request", hdExecRequest(code(name)))
			f := r.encode(m)
			h := []byte("{}")
			p, md, ct := f[3], f[4], f[5]
			f[headerF] = h
			f[sigF] = r.codec.Signer().Sign(h, p, md, ct)
			return f
		}},
		{"malformed header", "malformed header", func(name string) [][]byte {
			m := r.newMsg("execute_request", hdExecRequest(code(name)))
			f := r.encode(m)
			h := []byte(`{"msg_id": "1", "msg_type": "execute_request"`)
			f[headerF] = h
			f[sigF] = r.codec.Signer().Sign(h, f[3], f[4], f[5])
			return f
		}},
	}
	drops := func() []string {
		var out []string
		for _, line := range strings.Split(logs.String(), "\n") {
			if strings.Contains(line, "dropping invalid message") {
				out = append(out, line)
			}
		}
		return out
	}
	for i, tc := range cases {
		name := fmt.Sprintf("case%d", i)
		before := len(drops())
		r.sendFrames(r.shell, tc.frames(name))
		if !hdWaitFor(5*time.Second, func() bool { return len(drops()) > before }) {
			t.Errorf("%s: no \"dropping invalid message\" in the kernel log", tc.name)
			continue
		}
		if line := drops()[before]; !strings.Contains(line, tc.reason) {
			t.Errorf("%s: log line does not give the reason %q: %s", tc.name, tc.reason, line)
		}
	}

	// Replay: the first copy runs, the second is dropped.
	rm := r.newMsg("execute_request", hdExecRequest(code("replay")))
	replay := r.encode(rm)
	r.sendFrames(r.shell, replay)
	if rep, _ := r.wait(rm.Header.MsgID, 30*time.Second); rep == nil || hdDecodeReply(t, rep).Status != "ok" {
		t.Fatalf("first copy of the replayed message: %v; log:\n%s", rep, logs)
	}
	before := len(drops())
	r.sendFrames(r.shell, replay)
	if !hdWaitFor(5*time.Second, func() bool { return len(drops()) > before }) {
		t.Error("replay: no \"dropping invalid message\" in the kernel log")
	} else if line := drops()[before]; !strings.Contains(line, "duplicate signature") {
		t.Errorf("replay: log line does not give the reason: %s", line)
	}

	// The kernel keeps serving, and the same code does run when it is
	// signed properly (so the files' absence means something).
	rep, _ := hdExec(t, c, code("valid"), 30*time.Second)
	if rep.Status != "ok" {
		t.Fatalf("valid execute after the forged ones: %+v", rep)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "valid")); err != nil || string(b) != "x" {
		t.Fatalf("the valid cell did not write its file: %q, %v", b, err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "replay")); err != nil || string(b) != "x" {
		t.Errorf("replayed message: file holds %q (%v), want exactly one run (\"x\")", b, err)
	}
	for i, tc := range cases {
		if _, err := os.Stat(filepath.Join(dir, fmt.Sprintf("case%d", i))); err == nil {
			t.Errorf("%s: the forged cell ran (its file exists)", tc.name)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "decoy")); err == nil {
		t.Error("altered content: the originally signed cell ran")
	}
	// Only the replayed message's first copy and kernel_info got replies.
	r.mu.Lock()
	n := 0
	for _, m := range r.replies {
		if m.Parent.MsgType == "execute_request" {
			n++
		}
	}
	r.mu.Unlock()
	if n != 1 {
		t.Errorf("raw client got %d execute replies, want 1 (the first copy of the replay)", n)
	}
	t.Logf("kernel log:\n%s", strings.Join(drops(), "\n"))
}

// TestPortsBindToTheFilesIP: the kernel listens on the connection file's
// ip only (127.0.0.1 here), never on every interface; Linux's socket table
// shows it.
func TestPortsBindToTheFilesIP(t *testing.T) {
	t.Parallel()
	hdSkipShort(t)
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc/net/tcp")
	}
	c, _ := hdStart(t, client.Options{})
	ci := hdConnInfo(t, c)
	if ci.IP != "127.0.0.1" {
		t.Fatalf("the client wrote ip %q, want 127.0.0.1", ci.IP)
	}
	table, err := os.ReadFile("/proc/net/tcp")
	if err != nil {
		t.Fatal(err)
	}
	table6, _ := os.ReadFile("/proc/net/tcp6")
	for name, port := range map[string]int{"shell": ci.ShellPort, "control": ci.ControlPort, "stdin": ci.StdinPort, "iopub": ci.IOPubPort, "hb": ci.HBPort} {
		suffix := fmt.Sprintf(":%04X ", port)
		found := false
		for _, line := range strings.Split(string(table)+string(table6), "\n") {
			f := strings.Fields(line)
			// local_address is the second field; state 0A is LISTEN.
			if len(f) < 4 || f[3] != "0A" || !strings.HasSuffix(f[1]+" ", suffix) {
				continue
			}
			if f[1] != fmt.Sprintf("0100007F:%04X", port) {
				t.Errorf("%s port %d listens on %s, not 127.0.0.1", name, port, f[1])
			}
			found = true
		}
		if !found {
			t.Errorf("%s port %d: no listening socket found", name, port)
		}
	}
}

// TestAuthEmptyKeyWarns starts the kernel with a connection file whose key
// is empty: it must warn that messages are not signed (and, as the
// protocol says, accept unsigned messages).
func TestAuthEmptyKeyWarns(t *testing.T) {
	t.Parallel()
	ci, logs, exited := hdStartUnsigned(t)
	// The log comes through a pipe, read by a goroutine of this process
	// that may not have read the warning yet when the ports listen.
	if !hdWaitFor(10*time.Second, func() bool { return strings.Contains(logs.String(), "not signed") }) {
		t.Fatalf("no \"not signed\" warning for an empty key; log:\n%s", logs)
	}
	r := hdDial(t, ci)
	defer r.close()
	id := r.sendExecute(`fmt.Println("unsigned ok")`)
	rep, io := r.wait(id, 30*time.Second)
	if rep == nil || hdStdout(io) != "unsigned ok\n" {
		t.Errorf("unsigned execute: reply %v, output %q", rep, hdStdout(io))
	}
	r.send(r.control, "shutdown_request", map[string]bool{"restart": false})
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
		t.Error("kernel did not exit after shutdown_request")
	}
}

// hdStartUnsigned starts the kernel binary on a connection file with an
// empty key and returns once its five ports accept connections, with its log and
// a channel closed when it exits (it is killed when the test ends). The
// free ports are picked, then released: when another test took one in
// between, the kernel exits at bind, and it starts again on new ones.
func hdStartUnsigned(t *testing.T) (wire.ConnectionInfo, *hdBuf, <-chan struct{}) {
	bin := hdGopad(t)
	for try := 1; ; try++ {
		ports := freePorts(t, 5)
		ci := wire.ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", ShellPort: ports[0], ControlPort: ports[1],
			StdinPort: ports[2], IOPubPort: ports[3], HBPort: ports[4], Key: "", SignatureScheme: "hmac-sha256"}
		dir := t.TempDir()
		file := filepath.Join(dir, "kernel.json")
		b, _ := json.Marshal(ci)
		if err := os.WriteFile(file, b, 0o600); err != nil {
			t.Fatal(err)
		}
		logs := &hdBuf{}
		cmd := exec.Command(bin, "kernel", file)
		cmd.Stderr = logs
		cmd.Env = append(os.Environ(), "JUPYTER_DATA_DIR="+dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan struct{})
		go func() { cmd.Wait(); close(exited) }()
		t.Cleanup(func() {
			select {
			case <-exited:
			default:
				cmd.Process.Kill()
				<-exited
			}
		})
		started := hdWaitFor(60*time.Second, func() bool {
			select {
			case <-exited:
				return true
			default:
				return hdListening(ci)
			}
		})
		select {
		case <-exited:
			if try < 3 {
				t.Logf("the kernel exited before it started (try %d); log:\n%s", try, logs)
				continue
			}
			t.Fatalf("the kernel exited before it started, %d times; log:\n%s", try, logs)
		default:
		}
		if !started {
			t.Fatalf("the kernel did not listen within 60 s; log:\n%s", logs)
		}
		return ci, logs, exited
	}
}

// hdListening reports whether every port of ci accepts a TCP connection.
func hdListening(ci wire.ConnectionInfo) bool {
	for _, port := range []int{ci.ShellPort, ci.ControlPort, ci.StdinPort, ci.IOPubPort, ci.HBPort} {
		c, err := net.DialTimeout("tcp", net.JoinHostPort(ci.IP, strconv.Itoa(port)), time.Second)
		if err != nil {
			return false
		}
		c.Close()
	}
	return true
}

// ---- 3. Load ----

// TestLoadTenThousandQueuedCells sends 10,000 tiny cells (1,000 unless
// GOPAD_LONG_TESTS=1) back to back on a raw DEALER socket, then collects:
// every request is answered, in order, with its own output and a strictly
// increasing execution count.
func TestLoadTenThousandQueuedCells(t *testing.T) {
	t.Parallel()
	hdSkipShort(t)
	N := 1000
	if hdLong() {
		N = 10000
	}
	c, logs := hdStart(t, client.Options{})
	r := hdDial(t, hdConnInfo(t, c))
	defer r.close()
	id0 := r.sendExecute("n := 0")
	if rep, _ := r.wait(id0, 30*time.Second); rep == nil || hdDecodeReply(t, rep).Status != "ok" {
		t.Fatalf("n := 0: %v", rep)
	}
	ids := make([]string, N)
	index := map[string]int{}
	start := time.Now()
	for i := range N {
		ids[i] = r.sendExecute(fmt.Sprintf("n++\nfmt.Println(%d)", i))
		index[ids[i]] = i
	}
	sent := time.Since(start)
	last := ids[N-1]
	// The last reply and the last idle status: shell and iopub are two
	// sockets, and either may arrive first.
	if !hdWaitFor(3*time.Minute, func() bool {
		r.mu.Lock()
		defer r.mu.Unlock()
		return r.idle[last] && r.replies[last] != nil
	}) {
		r.mu.Lock()
		got := len(r.replyOrder)
		r.mu.Unlock()
		t.Fatalf("after 3 minutes only %d of %d replies; kernel log tail:\n%s", got-2, N, hdTail(logs.String(), 2000))
	}
	took := time.Since(start)

	r.mu.Lock()
	var order []string
	for _, id := range r.replyOrder {
		if _, ok := index[id]; ok {
			order = append(order, id)
		}
	}
	prevCount := 0
	bad := 0
	for i, id := range ids {
		rep := r.replies[id]
		if rep == nil {
			t.Errorf("request %d unanswered", i)
			bad++
			continue
		}
		d := hdDecodeReply(t, rep)
		if d.Status != "ok" {
			t.Errorf("request %d: %+v", i, d)
			bad++
		}
		if d.ExecutionCount <= prevCount {
			t.Errorf("request %d: execution_count %d after %d", i, d.ExecutionCount, prevCount)
			bad++
		}
		prevCount = d.ExecutionCount
		if out := hdStdout(r.iopubs[id]); out != fmt.Sprintf("%d\n", i) {
			t.Errorf("request %d: its stdout is %q", i, out)
			bad++
		}
		if bad > 20 {
			break
		}
	}
	r.mu.Unlock()
	if len(order) != N {
		t.Errorf("%d replies to the %d requests", len(order), N)
	}
	for i := range order {
		if i < len(ids) && order[i] != ids[i] {
			t.Errorf("reply %d answers request %d: replies out of order", i, index[order[i]])
			break
		}
	}
	idn := r.sendExecute("fmt.Println(n)")
	rep, io := r.wait(idn, 30*time.Second)
	if rep == nil || hdStdout(io) != fmt.Sprintf("%d\n", N) {
		t.Errorf("n after %d cells: reply %v, output %q", N, rep, hdStdout(io))
	}
	t.Logf("load: %d cells sent in %v, all answered after %v (%.0f cells/s); messages received %d, bytes out %d, bytes in %d",
		N, sent.Round(time.Millisecond), took.Round(time.Millisecond), float64(N)/took.Seconds(),
		r.received.Load(), r.bytesOut.Load(), r.bytesIn.Load())
}

func hdTail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// TestLoadHundredMegabytes prints 100 MB from one cell: it arrives whole (byte count and sha256), the kernel
// processes stay small, and the heartbeat answers every ping throughout.
// Throughput and heartbeat latency are logged.
func TestLoadHundredMegabytes(t *testing.T) {
	hdSkipShort(t)
	t.Parallel()
	const lines = 1_000_000
	c, _ := hdStart(t, client.Options{})
	want := sha256.New()
	wantBytes := 0
	for i := range lines {
		s := fmt.Sprintf("%099d\n", i)
		want.Write([]byte(s))
		wantBytes += len(s)
	}

	linux := runtime.GOOS == "linux"
	kpid := c.Process().Pid
	var spid int
	if linux {
		spid = hdSessionPid(t, kpid)
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	var peakK, peakS atomic.Int64
	if linux {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tk := time.NewTicker(50 * time.Millisecond)
			defer tk.Stop()
			for {
				select {
				case <-done:
					return
				case <-tk.C:
				}
				if v := hdRSS(kpid); v > peakK.Load() {
					peakK.Store(v)
				}
				if v := hdRSS(spid); v > peakS.Load() {
					peakS.Store(v)
				}
			}
		}()
	}
	hb := hdStartHeartbeat(c, 100*time.Millisecond)

	got := sha256.New()
	gotBytes, msgs := 0, 0
	var errText strings.Builder
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	rep, err := c.Execute(ctx, fmt.Sprintf("for i := 0; i < %d; i++ {\n\tfmt.Printf(\"%%099d\\n\", i)\n}", lines), func(m client.Msg) {
		if m.Header.MsgType != "stream" {
			return
		}
		var s struct{ Name, Text string }
		m.Decode(&s)
		if s.Name == "stdout" {
			got.Write([]byte(s.Text))
			gotBytes += len(s.Text)
			msgs++
		} else {
			errText.WriteString(s.Text)
		}
	})
	took := time.Since(start)
	close(done)
	wg.Wait()
	hbFigures, missed := hb.end()
	if err != nil {
		t.Fatalf("execute: %v", err)
	}
	if rep.Status != "ok" {
		t.Fatalf("reply: %+v", rep)
	}
	if gotBytes != wantBytes {
		t.Errorf("stdout: %d bytes, want %d", gotBytes, wantBytes)
	}
	if g, w := hex.EncodeToString(got.Sum(nil)), hex.EncodeToString(want.Sum(nil)); g != w {
		t.Errorf("stdout sha256 %s, want %s", g, w)
	}
	if errText.Len() > 0 {
		t.Errorf("unexpected stderr: %.300q", errText.String())
	}
	if missed != nil {
		t.Errorf("the heartbeat missed a ping during the output (%s): %v", hbFigures, missed)
	}
	// Bounded memory: a process that held the whole 100 MB (or half of it)
	// would pass this limit; about 30 MB each is normal.
	const limit = 80 << 20
	if linux {
		if peakK.Load() > limit || peakS.Load() > limit {
			t.Errorf("RSS peak: kernel %d MB, session %d MB (limit 80 MB: the output is being held, not streamed)", peakK.Load()>>20, peakS.Load()>>20)
		}
	}
	t.Logf("%d MB output: %d bytes in %d stream messages in %v (%.1f MB/s); %s; RSS peak kernel %d MB, session %d MB",
		wantBytes/1e6, gotBytes, msgs, took.Round(time.Millisecond), float64(gotBytes)/took.Seconds()/1e6,
		hbFigures, peakK.Load()>>20, peakS.Load()>>20)
}

// TestReconnectNewSession closes every socket of a client and dials again
// with a new session id: the kernel serves the new connection.
func TestReconnectNewSession(t *testing.T) {
	t.Parallel()
	hdSkipShort(t)
	c, _ := hdStart(t, client.Options{})
	ci := hdConnInfo(t, c)
	for round := range 3 {
		r := hdDial(t, ci)
		id := r.sendExecute(fmt.Sprintf("fmt.Println(\"round %d\")", round))
		rep, io := r.wait(id, 30*time.Second)
		if rep == nil || hdStdout(io) != fmt.Sprintf("round %d\n", round) {
			t.Fatalf("round %d: reply %v, output %q", round, rep, hdStdout(io))
		}
		r.close()
	}
	// A client that vanished while its request ran: the kernel answers
	// into the void and goes on serving the others.
	r := hdDial(t, ci)
	r.sendExecute("time.Sleep(300 * time.Millisecond)\nfmt.Println(\"gone\")")
	time.Sleep(50 * time.Millisecond)
	r.close()
	if rep, out := hdExec(t, c, `fmt.Println("still here")`, 30*time.Second); rep.Status != "ok" || out != "still here\n" {
		t.Fatalf("after a client vanished: %+v %q", rep, out)
	}
}

// ---- 4. Interrupt and shutdown under load ----

// hdStartCell runs code in the background and returns a channel with its
// reply and the time it arrived.
type hdResult struct {
	rep client.ExecuteReply
	err error
	at  time.Time
}

func hdStartCell(c *client.Client, code string, started chan<- struct{}) <-chan hdResult {
	res := make(chan hdResult, 1)
	go func() {
		var once sync.Once
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		rep, err := c.Execute(ctx, code, func(m client.Msg) {
			if started != nil && m.Header.MsgType == "stream" {
				once.Do(func() { close(started) })
			}
		})
		res <- hdResult{rep, err, time.Now()}
	}()
	return res
}

func TestInterruptHeavyOutput(t *testing.T) {
	t.Parallel()
	hdSkipShort(t)
	c, _ := hdStart(t, client.Options{})
	started := make(chan struct{})
	res := hdStartCell(c, "for i := 0; ; i++ {\n\tfmt.Println(i)\n}", started)
	select {
	case <-started:
	case <-time.After(30 * time.Second):
		t.Fatal("no output from the loop")
	}
	time.Sleep(time.Second)
	t0 := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := c.Interrupt(ctx); err != nil {
		t.Fatal(err)
	}
	var r hdResult
	select {
	case r = <-res:
	case <-time.After(30 * time.Second):
		t.Fatal("no reply 30 s after the interrupt")
	}
	d := r.at.Sub(t0)
	if r.err != nil || r.rep.Status != "error" || r.rep.EName != "Interrupted" {
		t.Errorf("interrupted cell: %+v, %v", r.rep, r.err)
	}
	t.Logf("interrupt during heavy output: reply after %v", d.Round(time.Millisecond))
	if rep, out := hdExec(t, c, `fmt.Println("next")`, 30*time.Second); rep.Status != "ok" || out != "next\n" {
		t.Errorf("next cell: %+v %q", rep, out)
	}
}

// TestInterruptBySignal checks the kernelspec's other interrupt mode: a
// frontend that sends SIGINT to the kernel process (interrupt_mode
// "signal", as older clients do) stops a busy cell like interrupt_request,
// and the session keeps its state.
func TestInterruptBySignal(t *testing.T) {
	t.Parallel()
	hdSkipShort(t)
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT on Windows")
	}
	c, _ := hdStart(t, client.Options{})
	if rep, _ := hdExec(t, c, "kept := 41", 30*time.Second); rep.Status != "ok" {
		t.Fatalf("setup: %+v", rep)
	}
	started := make(chan struct{})
	res := hdStartCell(c, "fmt.Println(\"busy\")\nfor {}", started)
	select {
	case <-started:
	case <-time.After(30 * time.Second):
		t.Fatal("the busy cell did not start")
	}
	time.Sleep(200 * time.Millisecond)
	t0 := time.Now()
	if err := c.Process().Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	var r hdResult
	select {
	case r = <-res:
	case <-time.After(30 * time.Second):
		t.Fatal("no reply 30 s after SIGINT")
	}
	if r.err != nil || r.rep.Status != "error" || r.rep.EName != "Interrupted" {
		t.Fatalf("interrupted cell: %+v, %v", r.rep, r.err)
	}
	t.Logf("SIGINT to reply: %v", r.at.Sub(t0).Round(time.Millisecond))
	if rep, out := hdExec(t, c, "fmt.Println(kept + 1)", 30*time.Second); rep.Status != "ok" || out != "42\n" {
		t.Errorf("after SIGINT: %+v %q (want the session's state kept)", rep, out)
	}
}

// TestHistoryAcrossRestart checks that a new kernel process (a restart)
// answers history requests with the cells of the sessions before it, from
// the history file in Jupyter's data directory, as IPython's history
// database does.
func TestHistoryAcrossRestart(t *testing.T) {
	t.Parallel()
	hdSkipShort(t)
	env := []string{"JUPYTER_DATA_DIR=" + t.TempDir()}
	c1, _ := hdStart(t, client.Options{Env: env})
	for _, code := range []string{"first := 20", "first + 1"} {
		if rep, _ := hdExec(t, c1, code, 30*time.Second); rep.Status != "ok" {
			t.Fatalf("%q: %+v", code, rep)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c1.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case <-c1.Exited():
	case <-time.After(10 * time.Second):
		t.Fatal("the first kernel did not exit")
	}
	c2, _ := hdStart(t, client.Options{Env: env})
	if rep, _ := hdExec(t, c2, "second := 2", 30*time.Second); rep.Status != "ok" {
		t.Fatalf("second session: %+v", rep)
	}
	rep, err := c2.Request(ctx, false, "history_request", map[string]any{
		"hist_access_type": "tail", "n": 10, "output": false, "raw": true,
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var h struct {
		Status  string  `json:"status"`
		History [][]any `json:"history"`
	}
	if err := rep.Decode(&h); err != nil || h.Status != "ok" {
		t.Fatalf("history_reply %s (%v)", rep.Content, err)
	}
	var got []string
	sessions := map[string]bool{}
	for _, e := range h.History {
		got = append(got, fmt.Sprint(e[2]))
		sessions[fmt.Sprint(e[0])] = true
	}
	if want := []string{"first := 20", "first + 1", "second := 2"}; !slices.Equal(got, want) {
		t.Errorf("history after a restart: %q, want %q", got, want)
	}
	if len(sessions) != 2 {
		t.Errorf("sessions in the history: %v, want two (before and after the restart)", sessions)
	}
}

func TestInterruptGather(t *testing.T) {
	t.Parallel()
	hdSkipShort(t)
	c, _ := hdStart(t, client.Options{})
	if rep, _ := hdExec(t, c, `import "github.com/gopad/gopad/interp/async"`, 30*time.Second); rep.Status != "ok" {
		t.Fatalf("import async: %+v", rep)
	}
	started := make(chan struct{})
	code := `fmt.Println("gathering")
sleep := func(ctx context.Context) (any, error) { return nil, async.Sleep(ctx, time.Hour) }
_, err := async.Gather(context.Background(), sleep, sleep)
fmt.Println("gather returned", err)`
	res := hdStartCell(c, code, started)
	select {
	case <-started:
	case <-time.After(30 * time.Second):
		t.Fatal("the cell did not start")
	}
	time.Sleep(300 * time.Millisecond)
	t0 := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := c.Interrupt(ctx); err != nil {
		t.Fatal(err)
	}
	var r hdResult
	select {
	case r = <-res:
	case <-time.After(30 * time.Second):
		t.Fatal("no reply 30 s after the interrupt")
	}
	// The tasks sleep an hour: any reply at all is the interrupt's doing.
	d := r.at.Sub(t0)
	if r.err != nil || r.rep.Status != "error" || r.rep.EName != "Interrupted" {
		t.Errorf("interrupted Gather: %+v, %v; want an Interrupted error", r.rep, r.err)
	}
	t.Logf("interrupt during async.Gather: reply after %v (ename %s)", d.Round(time.Millisecond), r.rep.EName)
	if rep, out := hdExec(t, c, `fmt.Println("next")`, 30*time.Second); rep.Status != "ok" || out != "next\n" {
		t.Errorf("next cell: %+v %q", rep, out)
	}
}

func TestInterruptWhileWaitingForInput(t *testing.T) {
	t.Parallel()
	hdSkipShort(t)
	asked := make(chan string, 1)
	release := make(chan struct{})
	defer close(release)
	c, logs := hdStart(t, client.Options{InputHandler: func(prompt string, password bool) string {
		asked <- prompt
		<-release // never answers while the test runs
		return "too late"
	}})
	res := hdStartCell(c, "var s string\nfmt.Print(\"name? \")\nfmt.Scanln(&s)\nfmt.Println(\"got\", s)", nil)
	select {
	case <-asked:
	case r := <-res:
		t.Fatalf("the cell ended without asking for input: %+v %v", r.rep, r.err)
	case <-time.After(30 * time.Second):
		t.Fatal("no input_request")
	}
	t0 := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := c.Interrupt(ctx); err != nil {
		t.Fatal(err)
	}
	var r hdResult
	select {
	case r = <-res:
	case <-time.After(30 * time.Second):
		t.Fatalf("no reply 30 s after interrupting input; log:\n%s", hdTail(logs.String(), 2000))
	}
	if r.err != nil || r.rep.Status != "error" {
		t.Errorf("interrupted input: %+v, %v", r.rep, r.err)
	}
	t.Logf("interrupt during input_request: reply after %v (ename %s)", r.at.Sub(t0).Round(time.Millisecond), r.rep.EName)
	if rep, out := hdExec(t, c, `fmt.Println("next")`, 30*time.Second); rep.Status != "ok" || out != "next\n" {
		t.Errorf("next cell: %+v %q", rep, out)
	}
}

func TestShutdownWhileCellRuns(t *testing.T) {
	t.Parallel()
	hdSkipShort(t)
	c, _ := hdStart(t, client.Options{})
	kpid := c.Process().Pid
	var spid int
	if runtime.GOOS == "linux" {
		spid = hdSessionPid(t, kpid)
	}
	started := make(chan struct{})
	hdStartCell(c, "for {\n\tfmt.Println(\"busy\")\n\ttime.Sleep(10 * time.Millisecond)\n}", started)
	select {
	case <-started:
	case <-time.After(30 * time.Second):
		t.Fatal("the cell did not start")
	}
	t0 := time.Now()
	go c.Shutdown(context.Background())
	select {
	case <-c.Exited():
	case <-time.After(5 * time.Second):
		t.Fatal("kernel still running 5 s after shutdown_request")
	}
	d := time.Since(t0)
	if spid != 0 && !hdWaitFor(5*time.Second-d, func() bool { return !hdAlive(spid) }) {
		t.Errorf("session process %d still runs after the kernel exited", spid)
	}
	t.Logf("shutdown while a cell runs: kernel exited after %v; session child gone after %v",
		d.Round(time.Millisecond), time.Since(t0).Round(time.Millisecond))
}

func TestRestartTwentyTimes(t *testing.T) {
	hdSkipShort(t)
	bin := hdGopad(t)
	linux := runtime.GOOS == "linux"
	before := map[int]bool{}
	if linux {
		for _, p := range hdBinProcs(bin) {
			before[p] = true
		}
	}
	var pids []int
	var ports []int
	start := time.Now()
	for i := range 20 {
		c, _ := hdStart(t, client.Options{})
		ci := hdConnInfo(t, c)
		ports = append(ports, ci.ShellPort, ci.ControlPort, ci.StdinPort, ci.IOPubPort, ci.HBPort)
		pids = append(pids, c.Process().Pid)
		if linux {
			pids = append(pids, hdSessionPid(t, c.Process().Pid))
		}
		if rep, out := hdExec(t, c, fmt.Sprintf("fmt.Println(%d)", i), 30*time.Second); rep.Status != "ok" || out != fmt.Sprintf("%d\n", i) {
			t.Fatalf("restart %d: %+v %q", i, rep, out)
		}
		t0 := time.Now()
		c.Shutdown(context.Background())
		if d := time.Since(t0); d > 5*time.Second {
			t.Errorf("restart %d: shutdown took %v", i, d)
		}
	}
	took := time.Since(start)
	if linux {
		var leaked []int
		hdWaitFor(5*time.Second, func() bool {
			leaked = leaked[:0]
			for _, p := range pids {
				if hdAlive(p) {
					leaked = append(leaked, p)
				}
			}
			return len(leaked) == 0
		})
		if len(leaked) > 0 {
			t.Errorf("processes still running after 20 shutdowns: %v", leaked)
		}
		for _, p := range hdBinProcs(bin) {
			if !before[p] {
				t.Errorf("gopad process %d left running", p)
			}
		}
	}
	var busy []int
	for _, p := range ports {
		l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p))
		if err != nil {
			busy = append(busy, p)
			continue
		}
		l.Close()
	}
	if len(busy) > 0 {
		t.Errorf("ports still bound after shutdown: %v", busy)
	}
	t.Logf("20 restarts (start, execute, shutdown) in %v; %d processes checked, %d ports checked", took.Round(time.Millisecond), len(pids), len(ports))
}

// TestInterruptedOutputStaysWithItsCell interrupts a printing loop and at
// once runs a cell that prints one line: that cell's output must be its own
// line only, not the tail of the interrupted loop.
func TestInterruptedOutputStaysWithItsCell(t *testing.T) {
	t.Parallel()
	hdSkipShort(t)
	c, _ := hdStart(t, client.Options{})
	r := hdDial(t, hdConnInfo(t, c))
	defer r.close()
	for round := range 20 {
		id := r.sendExecute("for i := 0; ; i++ {\n\tfmt.Println(\"loop\", i)\n}")
		hdWaitFor(10*time.Second, func() bool {
			r.mu.Lock()
			defer r.mu.Unlock()
			return len(r.iopubs[id]) >= 3 // busy, execute_input, a stream
		})
		time.Sleep(time.Duration(round%5) * 10 * time.Millisecond)
		r.send(r.control, "interrupt_request", struct{}{})
		// The next cell is queued right behind the interrupted one.
		next := r.sendExecute(fmt.Sprintf("fmt.Println(\"next %d\")", round))
		if rep, _ := r.wait(id, 30*time.Second); rep == nil || hdDecodeReply(t, rep).EName != "Interrupted" {
			t.Fatalf("round %d: interrupted cell: %v", round, rep)
		}
		rep, io := r.wait(next, 30*time.Second)
		if rep == nil {
			t.Fatalf("round %d: no reply to the next cell", round)
		}
		if out := hdStdout(io); out != fmt.Sprintf("next %d\n", round) {
			t.Errorf("round %d: the next cell's stdout is %.200q (%d bytes): output of the interrupted cell leaked into it", round, out, len(out))
		}
		r.forget(id)
		r.forget(next)
	}
}
