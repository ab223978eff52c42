// Package client is a Jupyter client in Go: it starts a kernel process from
// a command line, connects to its five sockets over ZeroMQ and runs code,
// delivering iopub output as it arrives. gopad run and the kernel's
// integration tests use it.
package client

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/google/uuid"

	"github.com/gopad/gopad/kernel/wire"
)

// Options says how to start a kernel.
type Options struct {
	// Argv is the kernel's command line; "{connection_file}" is replaced
	// by the connection file's path, as in a kernelspec.
	Argv []string
	// Dir is the kernel's working directory.
	Dir string
	// Env is added to the kernel's environment.
	Env []string
	// Stderr receives the kernel's standard error (nil: discarded).
	Stderr io.Writer
	// Key signs messages; "" means a random key.
	Key string
	// InputHandler answers input_request; nil means the client does not
	// allow input (execute requests say allow_stdin false).
	InputHandler func(prompt string, password bool) string
	// OnLate receives iopub messages whose request has already finished,
	// such as output of a goroutine that outlived its cell. It is called
	// on the client's iopub goroutine.
	OnLate func(Msg)
}

// Msg is a message received from the kernel.
type Msg struct {
	Header  wire.Header
	Parent  wire.Header
	Content json.RawMessage
	// Time is when the message was received.
	Time time.Time
}

// Decode decodes the content into v.
func (m Msg) Decode(v any) error { return json.Unmarshal(m.Content, v) }

// Client is a connection to one kernel process it started.
type Client struct {
	cmd      *exec.Cmd
	connFile string
	codec    *wire.Codec
	session  string

	shell, control, stdin, iopub, hb zmq4.Socket

	mu      sync.Mutex
	waiters map[string]*request // by msg_id of the request
	exited  chan struct{}
	exitErr error
	ctx     context.Context
	cancel  context.CancelFunc
	input   func(prompt string, password bool) string
	late    func(Msg)
	stderr  *tail // the end of the kernel's standard error
}

type request struct {
	id    string
	reply chan Msg

	// Iopub messages whose parent is the request, queued without bound so
	// that the iopub reader never waits for a slow consumer.
	mu     sync.Mutex
	queued []Msg
	iopub  chan struct{} // signalled when queued grows
}

func (r *request) push(m Msg) {
	r.mu.Lock()
	r.queued = append(r.queued, m)
	r.mu.Unlock()
	select {
	case r.iopub <- struct{}{}:
	default:
	}
}

// take returns the queued iopub messages, oldest first.
func (r *request) take() []Msg {
	r.mu.Lock()
	defer r.mu.Unlock()
	ms := r.queued
	r.queued = nil
	return ms
}

// startAttempts bounds how often Start picks fresh ports for a kernel that
// could not bind the ones it was given. Another process can take a port
// between the client choosing it and the kernel binding it (jupyter_client's
// restarter picks new ports for the same reason), and a busy machine makes
// that window wider.
const startAttempts = 3

// errPortTaken marks a start-up that failed because a port was in use.
var errPortTaken = errors.New("a port of the connection file was taken")

// Start starts a kernel and connects to it. It returns when the kernel has
// answered kernel_info and its iopub messages arrive.
func Start(ctx context.Context, opts Options) (*Client, error) {
	for attempt := 1; ; attempt++ {
		c, err := startOnce(ctx, opts)
		if err == nil || attempt == startAttempts || !errors.Is(err, errPortTaken) {
			return c, err
		}
	}
}

// startOnce writes a connection file with free ports, starts the kernel
// and connects to it.
func startOnce(ctx context.Context, opts Options) (*Client, error) {
	key := opts.Key
	if key == "" {
		key = uuid.NewString()
	}
	ports, err := freePorts(5)
	if err != nil {
		return nil, err
	}
	ci := wire.ConnectionInfo{
		Transport: "tcp", IP: "127.0.0.1", ShellPort: ports[0], ControlPort: ports[1],
		StdinPort: ports[2], IOPubPort: ports[3], HBPort: ports[4], Key: key, SignatureScheme: "hmac-sha256",
	}
	connFile, err := writeConnectionFile(ci)
	if err != nil {
		return nil, err
	}
	cmd, stderr, err := startKernel(opts, connFile)
	if err != nil {
		os.RemoveAll(filepath.Dir(connFile))
		return nil, err
	}
	signer, _ := wire.NewSigner("hmac-sha256", []byte(key))
	cctx, cancel := context.WithCancel(context.Background())
	c := &Client{
		cmd: cmd, connFile: connFile, codec: wire.NewCodec(signer), session: uuid.NewString(),
		waiters: map[string]*request{}, exited: make(chan struct{}), ctx: cctx, cancel: cancel,
		input: opts.InputHandler, late: opts.OnLate, stderr: stderr,
	}
	go func() {
		c.exitErr = cmd.Wait()
		close(c.exited)
	}()
	if err := c.connectOrFail(ctx, ci); err != nil {
		return nil, err
	}
	if err := c.waitReady(ctx); err != nil {
		c.Kill()
		return nil, err
	}
	return c, nil
}

// writeConnectionFile writes ci to a new private folder and returns the
// file's path.
func writeConnectionFile(ci wire.ConnectionInfo) (string, error) {
	dir, err := os.MkdirTemp("", "gopad-client-")
	if err != nil {
		return "", err
	}
	connFile := filepath.Join(dir, "kernel.json")
	b, _ := json.Marshal(ci)
	if err := os.WriteFile(connFile, b, 0o600); err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	return connFile, nil
}

// startKernel starts opts.Argv with the connection file's path in it. The
// kernel's standard error goes to opts.Stderr, and its last lines are kept
// to say why a kernel died during start-up.
func startKernel(opts Options, connFile string) (*exec.Cmd, *tail, error) {
	argv := make([]string, len(opts.Argv))
	for i, a := range opts.Argv {
		argv[i] = strings.ReplaceAll(a, "{connection_file}", connFile)
	}
	if len(argv) == 0 {
		return nil, nil, errors.New("client: empty kernel command")
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = opts.Dir
	cmd.Env = append(os.Environ(), opts.Env...)
	stderr := &tail{}
	cmd.Stderr = stderr
	if opts.Stderr != nil {
		cmd.Stderr = io.MultiWriter(opts.Stderr, stderr)
	}
	// A process the kernel started may hold the stderr pipe after the
	// kernel has gone; Wait must not wait for it.
	cmd.WaitDelay = 2 * time.Second
	if err := cmd.Start(); err != nil {
		return nil, nil, fmt.Errorf("starting kernel: %w", err)
	}
	return cmd, stderr, nil
}

// connectOrFail connects the client's sockets. When the kernel exits
// first, or ctx ends, it kills the kernel, cleans up and says why.
func (c *Client) connectOrFail(ctx context.Context, ci wire.ConnectionInfo) error {
	connected := make(chan error, 1)
	go func() { connected <- c.connect(ci) }()
	var err error
	select {
	case err = <-connected:
		if err != nil {
			// A port the kernel could not bind may be held by a process
			// that accepts the connection and drops it: the kernel's exit
			// says why.
			select {
			case <-c.exited:
				err = c.startUpExit()
			case <-time.After(2 * time.Second):
			}
		}
	case <-c.exited:
		err = c.startUpExit()
	case <-ctx.Done():
		err = fmt.Errorf("connecting to the kernel: %w", ctx.Err())
	}
	if err == nil {
		return nil
	}
	// Killing the kernel ends a dial stuck in a handshake (zmq4 reads
	// the greeting without a deadline; a port taken by another process
	// between the connection file and the bind never answers it).
	c.cancel()
	if c.cmd.Process != nil {
		c.cmd.Process.Kill()
	}
	<-c.exited
	select {
	case <-connected:
		c.close() // connect wrote the sockets: close them once it is done
	case <-time.After(5 * time.Second):
		// connect still owns the sockets it made; they close with c.ctx.
		os.RemoveAll(filepath.Dir(c.connFile))
	}
	return err
}

// startUpExit describes a kernel that exited before it was ready, with the
// last lines it wrote to standard error.
func (c *Client) startUpExit() error {
	last := c.stderr.String()
	err := fmt.Errorf("kernel exited during start-up: %v", c.exitErr)
	if last != "" {
		err = fmt.Errorf("%w\n%s", err, last)
	}
	if portTaken(last) {
		err = fmt.Errorf("%w: %w", errPortTaken, err)
	}
	return err
}

// portTaken reports whether a kernel's standard error says a port was in
// use, in the words of Unix and of Windows.
func portTaken(stderr string) bool {
	s := strings.ToLower(stderr)
	return strings.Contains(s, "address already in use") ||
		strings.Contains(s, "only one usage of each socket address")
}

// ConnectionFile returns the path of the connection file the client wrote.
func (c *Client) ConnectionFile() string { return c.connFile }

// Process returns the kernel's process.
func (c *Client) Process() *os.Process { return c.cmd.Process }

// Exited is closed when the kernel process has exited.
func (c *Client) Exited() <-chan struct{} { return c.exited }

func (c *Client) connect(ci wire.ConnectionInfo) error {
	id := zmq4.WithID(zmq4.SocketIdentity(c.session))
	dial := func(s zmq4.Socket, port int) (zmq4.Socket, error) {
		if err := s.Dial(ci.Endpoint(port)); err != nil {
			return nil, fmt.Errorf("connecting to %s: %w", ci.Endpoint(port), err)
		}
		return s, nil
	}
	opts := []zmq4.Option{id, zmq4.WithTimeout(5 * time.Second), zmq4.WithDialerRetry(20 * time.Millisecond), zmq4.WithDialerMaxRetries(500)}
	var err error
	if c.shell, err = dial(zmq4.NewDealer(c.ctx, opts...), ci.ShellPort); err != nil {
		return err
	}
	if c.control, err = dial(zmq4.NewDealer(c.ctx, opts...), ci.ControlPort); err != nil {
		return err
	}
	if c.stdin, err = dial(zmq4.NewDealer(c.ctx, opts...), ci.StdinPort); err != nil {
		return err
	}
	sub := zmq4.NewSub(c.ctx, opts[1:]...)
	if c.iopub, err = dial(sub, ci.IOPubPort); err != nil {
		return err
	}
	if err := sub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		return err
	}
	if c.hb, err = dial(zmq4.NewReq(c.ctx, opts[1:]...), ci.HBPort); err != nil {
		return err
	}
	go c.readLoop(c.shell, "shell")
	go c.readLoop(c.control, "control")
	go c.readLoop(c.iopub, "iopub")
	go c.readLoop(c.stdin, "stdin")
	return nil
}

// waitReady repeats kernel_info until its iopub status arrives: a
// subscriber misses what is published before it joined.
func (c *Client) waitReady(ctx context.Context) error {
	for {
		r := c.send(c.shell, "kernel_info_request", struct{}{})
		t := time.NewTimer(300 * time.Millisecond)
		select {
		case <-r.iopub:
			t.Stop()
			// Wait for the reply, too.
			select {
			case <-r.reply:
			case <-time.After(5 * time.Second):
			}
			return nil
		case <-t.C:
		case <-c.exited:
			return c.startUpExit()
		case <-ctx.Done():
			return fmt.Errorf("waiting for the kernel: %w", ctx.Err())
		}
	}
}

func (c *Client) readLoop(s zmq4.Socket, name string) {
	for {
		zm, err := s.Recv()
		if err != nil {
			if c.ctx.Err() != nil {
				return
			}
			select {
			case <-c.exited:
				return
			case <-time.After(10 * time.Millisecond):
			}
			continue
		}
		m, err := c.codec.Decode(zm.Frames)
		if err != nil {
			continue
		}
		msg := Msg{Header: m.Header, Content: m.Content, Time: time.Now()}
		if m.Parent != nil {
			msg.Parent = *m.Parent
		}
		if name == "stdin" {
			c.answerInput(m, msg)
			continue
		}
		c.mu.Lock()
		r := c.waiters[msg.Parent.MsgID]
		c.mu.Unlock()
		if r == nil {
			if name == "iopub" && c.late != nil && msg.Parent.MsgID != "" {
				c.late(msg)
			}
			continue
		}
		if name == "iopub" {
			r.push(msg)
		} else {
			r.reply <- msg
		}
	}
}

func (c *Client) answerInput(m *wire.Message, msg Msg) {
	var req struct {
		Prompt   string `json:"prompt"`
		Password bool   `json:"password"`
	}
	msg.Decode(&req)
	value := ""
	if c.input != nil {
		value = c.input(req.Prompt, req.Password)
	}
	rep, err := wire.Reply(m, "input_reply", map[string]string{"value": value})
	if err != nil {
		return
	}
	rep.Identities = nil
	rep.Header.Session = c.session
	c.write(c.stdin, rep)
}

func (c *Client) send(s zmq4.Socket, msgType string, content any) *request {
	b, _ := json.Marshal(content)
	m := &wire.Message{Header: wire.NewHeader(msgType, c.session, "gopad"), Content: b}
	r := &request{iopub: make(chan struct{}, 1), reply: make(chan Msg, 1)}
	r.id = m.Header.MsgID
	c.mu.Lock()
	c.waiters[m.Header.MsgID] = r
	c.mu.Unlock()
	c.write(s, m)
	return r
}

func (c *Client) forget(r *request) {
	c.mu.Lock()
	delete(c.waiters, r.id)
	c.mu.Unlock()
}

func (c *Client) write(s zmq4.Socket, m *wire.Message) {
	frames, err := c.codec.Encode(m)
	if err != nil {
		return
	}
	s.SendMulti(zmq4.NewMsgFrom(frames...))
}

// Request sends a request on shell (or control, if control is true) and
// returns its reply. Iopub messages with the request as parent are passed to
// onIOPub, in order, until the kernel is idle again.
func (c *Client) Request(ctx context.Context, control bool, msgType string, content any, onIOPub func(Msg)) (Msg, error) {
	s := c.shell
	if control {
		s = c.control
	}
	r := c.send(s, msgType, content)
	defer c.forget(r)
	var reply Msg
	gotReply, idle := false, false
	for !gotReply || !idle {
		select {
		case m := <-r.reply:
			reply, gotReply = m, true
		case <-r.iopub:
			for _, m := range r.take() {
				if m.Header.MsgType == "status" {
					var st struct {
						State string `json:"execution_state"`
					}
					m.Decode(&st)
					if st.State == "idle" {
						idle = true
					}
				}
				if onIOPub != nil {
					onIOPub(m)
				}
			}
		case <-c.exited:
			return reply, fmt.Errorf("kernel died: %v", c.exitErr)
		case <-ctx.Done():
			return reply, ctx.Err()
		}
	}
	return reply, nil
}

// ExecuteReply is the content of execute_reply.
type ExecuteReply struct {
	Status         string   `json:"status"`
	ExecutionCount int      `json:"execution_count"`
	EName          string   `json:"ename"`
	EValue         string   `json:"evalue"`
	Traceback      []string `json:"traceback"`
}

// Execute runs code and returns the reply; output goes to onIOPub as it
// arrives.
func (c *Client) Execute(ctx context.Context, code string, onIOPub func(Msg)) (ExecuteReply, error) {
	req := map[string]any{
		"code": code, "silent": false, "store_history": true, "user_expressions": map[string]any{},
		"allow_stdin": c.input != nil, "stop_on_error": true,
	}
	m, err := c.Request(ctx, false, "execute_request", req, onIOPub)
	var rep ExecuteReply
	if err == nil {
		err = m.Decode(&rep)
	}
	return rep, err
}

// Interrupt sends interrupt_request on control.
func (c *Client) Interrupt(ctx context.Context) error {
	_, err := c.Request(ctx, true, "interrupt_request", struct{}{}, nil)
	return err
}

// Shutdown asks the kernel to shut down and waits for the process to exit,
// killing it after a grace period.
func (c *Client) Shutdown(ctx context.Context) error {
	tctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	_, err := c.Request(tctx, true, "shutdown_request", map[string]bool{"restart": false}, nil)
	select {
	case <-c.exited:
	case <-time.After(5 * time.Second):
		c.cmd.Process.Kill()
		<-c.exited
	}
	c.close()
	return err
}

// Kill stops the kernel process at once.
func (c *Client) Kill() {
	if c.cmd.Process != nil {
		c.cmd.Process.Kill()
	}
	<-c.exited
	c.close()
}

func (c *Client) close() {
	c.cancel()
	for _, s := range []zmq4.Socket{c.shell, c.control, c.stdin, c.iopub, c.hb} {
		if s != nil {
			s.Close()
		}
	}
	os.RemoveAll(filepath.Dir(c.connFile))
}

// Heartbeat sends one heartbeat and waits for its echo.
func (c *Client) Heartbeat(ctx context.Context) error {
	done := make(chan error, 1)
	go func() {
		if err := c.hb.Send(zmq4.NewMsgString("ping")); err != nil {
			done <- err
			return
		}
		_, err := c.hb.Recv()
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

func freePorts(n int) ([]int, error) {
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	var ports []int
	for i := 0; i < n; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("finding a free port: %w", err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

// tailSize is how much of a kernel's standard error a client keeps.
const tailSize = 4 << 10

// tail keeps the last tailSize bytes written to it.
type tail struct {
	mu  sync.Mutex
	buf []byte
}

func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if over := len(t.buf) - tailSize; over > 0 {
		t.buf = append(t.buf[:0], t.buf[over:]...)
	}
	return len(p), nil
}

func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return strings.TrimSpace(string(t.buf))
}
