package kernel_test

// A fake engine and a small ZeroMQ client, so that the real kernel.Kernel can
// be driven over real sockets on loopback ports without an interpreter.
// (kernel/client only talks to a kernel process it starts itself.)

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gopad/gopad/kernel"
	"github.com/gopad/gopad/kernel/engine"
	"github.com/gopad/gopad/kernel/wire"
)

// TestMain lets more of the package's tests run at once than go test's
// default (one per processor): most of them wait on kernel processes,
// Python and browsers, not on the processor. -parallel on the command line
// still decides.
func TestMain(m *testing.M) {
	flag.Parse()
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "test.parallel" })
	if !set {
		flag.Set("test.parallel", strconv.Itoa(max(4, runtime.GOMAXPROCS(0))))
	}
	os.Exit(m.Run())
}

// cellFunc is what the fake engine does for one cell's code.
type cellFunc func(ctx context.Context, req engine.Request, out engine.Output) engine.Result

// fakeEngine runs cells by looking their code up in a table. Code not in the
// table gives a text/plain result equal to the code.
type fakeEngine struct {
	cells map[string]cellFunc

	mu     sync.Mutex
	ran    []engine.Request
	ctxErr []error // ctx.Err() when each Execute returned
	closed bool
}

func (e *fakeEngine) Execute(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
	e.mu.Lock()
	e.ran = append(e.ran, req)
	e.mu.Unlock()
	var res engine.Result
	if f, ok := e.cells[req.Code]; ok {
		res = f(ctx, req, out)
	} else {
		res = engine.Result{Data: map[string]any{"text/plain": req.Code}}
	}
	e.mu.Lock()
	e.ctxErr = append(e.ctxErr, ctx.Err())
	e.mu.Unlock()
	return res
}

func (e *fakeEngine) Complete(ctx context.Context, code string, cursor int) engine.Completion {
	return engine.Completion{Matches: []string{"Println", "Printf"}, CursorStart: cursor - 5, CursorEnd: cursor}
}

func (e *fakeEngine) Inspect(ctx context.Context, code string, cursor, detail int) engine.Inspection {
	if strings.Contains(code, "Println") {
		return engine.Inspection{Found: true, Data: map[string]any{"text/plain": fmt.Sprintf("func Println(a ...any) (detail %d)", detail)}}
	}
	return engine.Inspection{}
}

func (e *fakeEngine) IsComplete(code string) (string, string) {
	if code == slowIsComplete {
		time.Sleep(3 * time.Second)
	}
	if strings.HasSuffix(code, "{") {
		return "incomplete", "\t"
	}
	return "complete", "ignored"
}

func (e *fakeEngine) Close() error {
	e.mu.Lock()
	e.closed = true
	e.mu.Unlock()
	return nil
}

func (e *fakeEngine) requests() []engine.Request {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]engine.Request(nil), e.ran...)
}

// syncBuffer is a goroutine-safe log sink.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testKernel is a kernel.Kernel running in this process plus a client
// connected to it.
type testKernel struct {
	t      testing.TB
	k      *kernel.Kernel
	eng    *fakeEngine
	conn   wire.ConnectionInfo
	log    *syncBuffer
	runErr chan error
	cancel context.CancelFunc

	codec   *wire.Codec
	session string
	ctx     context.Context
	stop    context.CancelFunc

	shell, control, stdin, iopub, hb zmq4.Socket

	mu      sync.Mutex
	changed chan struct{}      // closed and replaced whenever a message arrives
	got     map[string][]rxMsg // by socket name, in arrival order
}

type rxMsg struct {
	*wire.Message
	at time.Time
}

func (m rxMsg) parentID() string {
	if m.Parent == nil {
		return ""
	}
	return m.Parent.MsgID
}

func (m rxMsg) content(t testing.TB) map[string]any {
	t.Helper()
	var c map[string]any
	if err := json.Unmarshal(m.Content, &c); err != nil {
		t.Fatalf("%s content: %v", m.Header.MsgType, err)
	}
	return c
}

func freePorts(t testing.TB, n int) []int {
	t.Helper()
	var ls []net.Listener
	var ports []int
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	return ports
}

const testKey = "test-key-5b0c"

// startKernel starts a kernel with the fake engine's cells and connects to
// it. It returns once the kernel answered kernel_info and iopub is flowing.
func startKernel(t testing.TB, cells map[string]cellFunc) *testKernel {
	t.Helper()
	// The ports are picked free, then released for the kernel to bind: a
	// kernel of another test may take one in between. Run then fails to
	// bind (and the test would dial the other kernel): start again on
	// other ports. "kernel started" is logged once every port is bound.
	var tk *testKernel
	for try := 1; ; try++ {
		p := freePorts(t, 5)
		ci := wire.ConnectionInfo{
			Transport: "tcp", IP: "127.0.0.1", ShellPort: p[0], ControlPort: p[1], StdinPort: p[2],
			IOPubPort: p[3], HBPort: p[4], Key: testKey, SignatureScheme: "hmac-sha256",
		}
		tk = &testKernel{
			t: t, eng: &fakeEngine{cells: cells}, conn: ci, log: &syncBuffer{}, runErr: make(chan error, 1),
			changed: make(chan struct{}), got: map[string][]rxMsg{},
		}
		k, err := kernel.New(kernel.Config{
			Conn:   ci,
			Engine: tk.eng,
			Info: engine.Info{Name: "go", Version: "go1.26", Mimetype: "text/x-go", FileExtension: ".go",
				PygmentsLexer: "go", CodemirrorMode: "go", Banner: "gopad test"},
			Version: "0.0.test",
			Logger:  slog.New(slog.NewTextHandler(tk.log, &slog.HandlerOptions{Level: slog.LevelDebug})),
		})
		if err != nil {
			t.Fatal(err)
		}
		tk.k = k
		ctx, cancel := context.WithCancel(context.Background())
		tk.cancel = cancel
		go func() { tk.runErr <- k.Run(ctx) }()
		var runErr error
		for deadline := time.Now().Add(60 * time.Second); runErr == nil && !strings.Contains(tk.log.String(), "kernel started"); {
			select {
			case runErr = <-tk.runErr:
				if runErr == nil {
					runErr = errors.New("Run returned before the kernel started")
				}
			case <-time.After(5 * time.Millisecond):
			}
			if time.Now().After(deadline) {
				cancel()
				t.Fatalf("the kernel did not start within 60 s; log:\n%s", tk.log)
			}
		}
		if runErr == nil {
			break
		}
		cancel()
		if try < 3 && strings.Contains(runErr.Error(), "address already in use") {
			t.Logf("starting the kernel: %v (another test took a port); trying other ports", runErr)
			continue
		}
		t.Fatalf("starting the kernel: %v; log:\n%s", runErr, tk.log)
	}

	signer, _ := wire.NewSigner("hmac-sha256", []byte(testKey))
	tk.codec = wire.NewCodec(signer)
	tk.session = fmt.Sprintf("test-session-%d", time.Now().UnixNano())
	tk.ctx, tk.stop = context.WithCancel(context.Background())
	tk.dial()
	t.Cleanup(tk.close)

	deadline := time.Now().Add(10 * time.Second)
	for {
		id := tk.send("shell", "kernel_info_request", map[string]any{})
		if _, ok := tk.waitFor("iopub", 300*time.Millisecond, func(m rxMsg) bool { return m.parentID() == id }); ok {
			tk.waitReply("shell", id)
			return tk
		}
		if time.Now().After(deadline) {
			t.Fatalf("kernel did not answer kernel_info on iopub within 10 s; log:\n%s", tk.log)
		}
	}
}

func (tk *testKernel) dial() {
	t := tk.t
	opts := []zmq4.Option{zmq4.WithTimeout(5 * time.Second), zmq4.WithDialerRetry(20 * time.Millisecond), zmq4.WithDialerMaxRetries(500)}
	id := zmq4.WithID(zmq4.SocketIdentity(tk.session))
	dial := func(s zmq4.Socket, port int) zmq4.Socket {
		if err := s.Dial(tk.conn.Endpoint(port)); err != nil {
			t.Fatalf("dial %d: %v", port, err)
		}
		return s
	}
	tk.shell = dial(zmq4.NewDealer(tk.ctx, append(opts, id)...), tk.conn.ShellPort)
	tk.control = dial(zmq4.NewDealer(tk.ctx, append(opts, id)...), tk.conn.ControlPort)
	tk.stdin = dial(zmq4.NewDealer(tk.ctx, append(opts, id)...), tk.conn.StdinPort)
	sub := zmq4.NewSub(tk.ctx, opts...)
	tk.iopub = dial(sub, tk.conn.IOPubPort)
	if err := sub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	tk.hb = dial(zmq4.NewReq(tk.ctx, opts...), tk.conn.HBPort)
	for name, s := range map[string]zmq4.Socket{"shell": tk.shell, "control": tk.control, "stdin": tk.stdin, "iopub": tk.iopub} {
		go tk.readLoop(name, s)
	}
}

func (tk *testKernel) readLoop(name string, s zmq4.Socket) {
	// The kernel's messages are checked with a codec of their own, so that a
	// replayed frame from the kernel would show as a decode failure.
	signer, _ := wire.NewSigner("hmac-sha256", []byte(testKey))
	codec := wire.NewCodec(signer)
	for {
		zm, err := s.Recv()
		if err != nil {
			if tk.ctx.Err() != nil {
				return
			}
			time.Sleep(5 * time.Millisecond)
			continue
		}
		m, err := codec.Decode(zm.Frames)
		if err != nil {
			tk.mu.Lock()
			tk.got["bad-"+name] = append(tk.got["bad-"+name], rxMsg{at: time.Now()})
			tk.mu.Unlock()
			continue
		}
		tk.mu.Lock()
		tk.got[name] = append(tk.got[name], rxMsg{m, time.Now()})
		close(tk.changed)
		tk.changed = make(chan struct{})
		tk.mu.Unlock()
	}
}

func (tk *testKernel) close() {
	tk.cancel()
	select {
	case <-tk.runErr:
	case <-time.After(5 * time.Second):
		tk.t.Errorf("Run did not return within 5 s of cancelling its context")
	}
	tk.stop()
	for _, s := range []zmq4.Socket{tk.shell, tk.control, tk.stdin, tk.iopub, tk.hb} {
		s.Close()
	}
	if tk.t.Failed() {
		tk.t.Logf("kernel log:\n%s", tk.log)
	}
}

func (tk *testKernel) socket(name string) zmq4.Socket {
	switch name {
	case "shell":
		return tk.shell
	case "control":
		return tk.control
	case "stdin":
		return tk.stdin
	}
	tk.t.Fatalf("no socket %q", name)
	return nil
}

// newMsg builds a request from this client.
func (tk *testKernel) newMsg(msgType string, content any) *wire.Message {
	b, err := json.Marshal(content)
	if err != nil {
		tk.t.Fatal(err)
	}
	return &wire.Message{Header: wire.NewHeader(msgType, tk.session, "tester"), Content: b}
}

// sendFrames sends raw frames on a socket.
func (tk *testKernel) sendFrames(sock string, frames [][]byte) {
	if err := tk.socket(sock).SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		tk.t.Fatalf("send on %s: %v", sock, err)
	}
}

// sendMsg encodes and sends m, returning its msg_id.
func (tk *testKernel) sendMsg(sock string, m *wire.Message) string {
	frames, err := tk.codec.Encode(m)
	if err != nil {
		tk.t.Fatal(err)
	}
	tk.sendFrames(sock, frames)
	return m.Header.MsgID
}

// send sends a request and returns its msg_id.
func (tk *testKernel) send(sock, msgType string, content any) string {
	return tk.sendMsg(sock, tk.newMsg(msgType, content))
}

// waitFor waits until a message on sock satisfies match.
func (tk *testKernel) waitFor(sock string, timeout time.Duration, match func(rxMsg) bool) (rxMsg, bool) {
	deadline := time.After(timeout)
	for {
		tk.mu.Lock()
		for _, m := range tk.got[sock] {
			if match(m) {
				tk.mu.Unlock()
				return m, true
			}
		}
		ch := tk.changed
		tk.mu.Unlock()
		select {
		case <-ch:
		case <-deadline:
			return rxMsg{}, false
		}
	}
}

// waitReply waits for the reply to request id on sock.
func (tk *testKernel) waitReply(sock, id string) rxMsg {
	tk.t.Helper()
	m, ok := tk.waitFor(sock, 10*time.Second, func(m rxMsg) bool { return m.parentID() == id })
	if !ok {
		tk.t.Fatalf("no reply on %s to %s within 10 s", sock, id)
	}
	return m
}

func isIdle(m rxMsg) bool {
	return m.Header.MsgType == "status" && strings.Contains(string(m.Content), `"idle"`)
}

// iopubUntilIdle waits for the idle status whose parent is id and returns
// every iopub message with that parent received until then, in order.
func (tk *testKernel) iopubUntilIdle(id string) []rxMsg {
	tk.t.Helper()
	if _, ok := tk.waitFor("iopub", 10*time.Second, func(m rxMsg) bool { return m.parentID() == id && isIdle(m) }); !ok {
		tk.t.Fatalf("no idle status for %s within 10 s; got %v", id, types(tk.iopubFor(id)))
	}
	var out []rxMsg
	for _, m := range tk.iopubFor(id) {
		out = append(out, m)
		if isIdle(m) {
			break
		}
	}
	return out
}

// iopubFor returns the iopub messages received so far whose parent is id.
func (tk *testKernel) iopubFor(id string) []rxMsg {
	tk.mu.Lock()
	defer tk.mu.Unlock()
	var out []rxMsg
	for _, m := range tk.got["iopub"] {
		if m.parentID() == id {
			out = append(out, m)
		}
	}
	return out
}

// repliesTo returns the messages on sock whose parent is id.
func (tk *testKernel) repliesTo(sock, id string) []rxMsg {
	tk.mu.Lock()
	defer tk.mu.Unlock()
	var out []rxMsg
	for _, m := range tk.got[sock] {
		if m.parentID() == id {
			out = append(out, m)
		}
	}
	return out
}

// types lists msg types, with the state of status messages.
func types(ms []rxMsg) []string {
	var out []string
	for _, m := range ms {
		t := m.Header.MsgType
		if t == "status" {
			var c kernel.StatusContent
			json.Unmarshal(m.Content, &c)
			t += ":" + c.ExecutionState
		}
		out = append(out, t)
	}
	return out
}

// execute sends an execute_request with the given extra fields and returns
// its id, its reply and its iopub messages up to idle.
func (tk *testKernel) execute(code string, extra map[string]any) (string, rxMsg, []rxMsg) {
	tk.t.Helper()
	id := tk.sendExecute(code, extra)
	rep := tk.waitReply("shell", id)
	return id, rep, tk.iopubUntilIdle(id)
}

func (tk *testKernel) sendExecute(code string, extra map[string]any) string {
	c := map[string]any{"code": code, "silent": false, "store_history": true, "user_expressions": map[string]any{},
		"allow_stdin": false, "stop_on_error": true}
	for k, v := range extra {
		c[k] = v
	}
	return tk.send("shell", "execute_request", c)
}

// streams returns the concatenated stream text per name, and the sequence of
// (name, text) stream messages.
func streams(t testing.TB, ms []rxMsg) (map[string]string, [][2]string) {
	bufs := map[string]*strings.Builder{}
	var seq [][2]string
	for _, m := range ms {
		if m.Header.MsgType != "stream" {
			continue
		}
		var c kernel.StreamContent
		if err := json.Unmarshal(m.Content, &c); err != nil {
			t.Fatal(err)
		}
		if bufs[c.Name] == nil {
			bufs[c.Name] = &strings.Builder{}
		}
		bufs[c.Name].WriteString(c.Text)
		seq = append(seq, [2]string{c.Name, c.Text})
	}
	text := map[string]string{}
	for name, b := range bufs {
		text[name] = b.String()
	}
	return text, seq
}

// sleepCtx sleeps for d or until ctx is done, reporting ctx's error.
func sleepCtx(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

var errInterrupted = errors.New("interrupted")

func interruptedResult() engine.Result {
	return engine.Result{Err: &engine.Error{Name: "Interrupted", Value: errInterrupted.Error(), Traceback: []string{"interrupted"}}}
}
