// Package kernel serves the Jupyter messaging protocol over ZeroMQ and hands
// code to an engine.Engine.
//
// Concurrency: each socket's sends are owned by one goroutine (see channel);
// shell requests are handled one at a time on the shell goroutine, which is
// the only caller of the engine's Execute, Complete and Inspect (IsComplete
// is also called on the quick lane while a cell runs, see iscomplete.go);
// control requests are handled on the control goroutine, which never waits
// for the engine (interrupt only cancels the running cell's context); the
// heartbeat has its own goroutine and answers while cells run.
package kernel

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gopad/gopad/kernel/engine"
	"github.com/gopad/gopad/kernel/wire"
	"github.com/gopad/gopad/kernel/zmtpnet"
)

// Config configures a Kernel.
type Config struct {
	// Conn is the connection information from the connection file.
	Conn wire.ConnectionInfo
	// Engine runs the code.
	Engine engine.Engine
	// Info describes the language, for kernel_info_reply.
	Info engine.Info
	// Version is gopad's version.
	Version string
	// Logger receives the kernel's log; nil means slog.Default().
	Logger *slog.Logger
	// History, if not nil, stores executed cells across sessions.
	History *History
	// Limits bound the frames and messages peers may send (zero fields:
	// zmtpnet's defaults). A connection that sends more is closed.
	Limits zmtpnet.Limits
}

// Kernel is a running Jupyter kernel.
type Kernel struct {
	cfg     Config
	log     *slog.Logger
	codec   *wire.Codec
	session string

	shell, control, stdin, iopub *channel
	hb                           zmq4.Socket

	shellQueue chan *wire.Message
	stdinReply chan *wire.Message
	quick      chan *wire.Message // is_complete_requests that do not wait for a cell
	shellBusy  atomic.Int64       // shell requests queued or being handled, each until its idle status

	// Set on the shell goroutine only.
	count    int
	history  *History
	aborting bool

	mu         sync.Mutex
	cancelCell context.CancelFunc
	inputWait  *pendingInput

	shutdown     chan ShutdownRequest
	shutdownOnce sync.Once
	subs         *zmtpnet.Subscribers // iopub's connections not yet subscribed
	peers        peers                // shell and control peers seen
}

// New returns a kernel for cfg. Call Run to serve.
func New(cfg Config) (*Kernel, error) {
	if cfg.Engine == nil {
		return nil, errors.New("kernel: no engine")
	}
	if err := cfg.Conn.Validate(); err != nil {
		return nil, fmt.Errorf("kernel: %w", err)
	}
	signer, err := wire.NewSigner(cfg.Conn.SignatureScheme, []byte(cfg.Conn.Key))
	if err != nil {
		return nil, fmt.Errorf("kernel: %w", err)
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	h := cfg.History
	if h == nil {
		h = NewHistory("")
	}
	return &Kernel{
		cfg:        cfg,
		log:        log,
		codec:      wire.NewCodec(signer),
		session:    newSessionID(),
		shellQueue: make(chan *wire.Message, 4096),
		stdinReply: make(chan *wire.Message, 1),
		quick:      make(chan *wire.Message, 64),
		history:    h,
		shutdown:   make(chan ShutdownRequest, 1),
	}, nil
}

// ErrRestart is returned by Run when the client asked for a restart.
var ErrRestart = errors.New("kernel: restart requested")

// Run binds the sockets and serves until a shutdown_request arrives or ctx
// is cancelled. It returns ErrRestart when the shutdown asked for a restart.
func (k *Kernel) Run(ctx context.Context) error {
	if !k.codec.Signer().Enabled() {
		k.log.Warn("the connection file has an empty key: messages are not signed or checked")
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Sockets live on their own context so that they outlive ctx while the
	// last messages are sent.
	sockCtx, closeSockets := context.WithCancel(context.Background())
	defer closeSockets()
	socks, err := k.bind(sockCtx)
	defer func() {
		for _, s := range socks {
			s.Close()
		}
	}()
	if err != nil {
		return err
	}
	sendCtx, stopSends := context.WithCancel(context.Background())
	owners := k.serve(ctx, sockCtx, sendCtx)

	if st, ok := k.cfg.Engine.(engine.Starter); ok {
		st.Start()
	}
	k.publish(nil, "status", StatusContent{ExecutionState: "starting"})
	ci := k.cfg.Conn
	k.log.Info("kernel started", "transport", ci.Transport, "ip", ci.IP, "shell_port", ci.ShellPort)

	shellDone := make(chan struct{})
	go func() { defer close(shellDone); k.serveShell(ctx) }()

	var req ShutdownRequest
	select {
	case req = <-k.shutdown:
	case <-ctx.Done():
	}
	cancel()
	k.stop(shellDone)
	// Let the owners send what is queued (the shutdown reply, the last
	// idle status), then give ZeroMQ a moment to put it on the wire.
	stopSends()
	owners.Wait()
	time.Sleep(100 * time.Millisecond)
	if req.Restart {
		return ErrRestart
	}
	return nil
}

// bind binds the kernel's five sockets on ctx, and makes the channels
// that own them. It returns the sockets bound, also after an error: the
// caller closes them.
func (k *Kernel) bind(ctx context.Context) ([]zmq4.Socket, error) {
	ci := k.cfg.Conn
	tr, err := zmtpnet.New(zmtpnet.Options{Limits: k.cfg.Limits, Logger: k.log})
	if err != nil {
		return nil, fmt.Errorf("kernel: %w", err)
	}
	k.subs = zmtpnet.NewSubscribers()
	trPub, err := zmtpnet.New(zmtpnet.Options{Limits: k.cfg.Limits, Logger: k.log, Subscribers: k.subs})
	if err != nil {
		return nil, fmt.Errorf("kernel: %w", err)
	}
	ports := []struct {
		name string
		kind zmq4.SocketType
		port int
	}{
		{"shell", zmq4.Router, ci.ShellPort},
		{"control", zmq4.Router, ci.ControlPort},
		{"stdin", zmq4.Router, ci.StdinPort},
		{"iopub", zmq4.Pub, ci.IOPubPort},
		{"heartbeat", zmq4.Rep, ci.HBPort},
	}
	var socks []zmq4.Socket
	for _, p := range ports {
		t := tr
		if p.kind == zmq4.Pub {
			t = trPub
		}
		s, err := listen(ctx, t, p.kind, ci.Endpoint(p.port))
		if err != nil {
			return socks, fmt.Errorf("%s socket: %w", p.name, err)
		}
		socks = append(socks, s)
	}
	k.shell = newChannel(ctx, "shell", socks[0], k.codec, k.log)
	k.control = newChannel(ctx, "control", socks[1], k.codec, k.log)
	k.stdin = newChannel(ctx, "stdin", socks[2], k.codec, k.log)
	k.iopub = newChannel(ctx, "iopub", socks[3], k.codec, k.log)
	k.hb = socks[4]
	return socks, nil
}

// serve starts the goroutines that own the sockets: each channel's sender
// (until sendCtx ends; the WaitGroup says when they have), the receivers
// and the heartbeat (until sockCtx ends), and the quick lane (until ctx
// ends).
func (k *Kernel) serve(ctx, sockCtx, sendCtx context.Context) *sync.WaitGroup {
	owners := &sync.WaitGroup{}
	for _, c := range []*channel{k.shell, k.control, k.stdin, k.iopub} {
		owners.Add(1)
		go func() { defer owners.Done(); c.serveSends(sendCtx) }()
	}
	go k.serveHeartbeat(sockCtx)
	go k.shell.serveRecvs(sockCtx, k.routeShell)
	go k.serveQuick(ctx)
	go k.control.serveRecvs(sockCtx, k.handleControl)
	go k.stdin.serveRecvs(sockCtx, k.handleStdin)
	return owners
}

// stop interrupts the running cell, gives the shell goroutine a moment to
// finish (shellDone is closed when it has), and closes the engine.
func (k *Kernel) stop(shellDone <-chan struct{}) {
	k.interrupt()
	select {
	case <-shellDone:
	case <-time.After(2 * time.Second):
		k.log.Warn("shell still busy at shutdown")
	}
	if err := k.cfg.Engine.Close(); err != nil {
		k.log.Warn("closing engine", "err", err)
	}
}

func (k *Kernel) serveHeartbeat(ctx context.Context) {
	for {
		m, err := k.hb.Recv()
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			k.log.Debug("heartbeat receive", "err", err)
			time.Sleep(10 * time.Millisecond)
			continue
		}
		if err := k.hb.Send(m); err != nil && ctx.Err() == nil {
			k.log.Debug("heartbeat send", "err", err)
		}
	}
}

// publish sends an iopub message whose parent is p (nil for none).
func (k *Kernel) publish(p *wire.Message, msgType string, content any) {
	var m *wire.Message
	var err error
	if p != nil {
		m, err = wire.Reply(p, msgType, content)
		if err == nil {
			m.Identities = nil
		}
	} else {
		var c []byte
		c, err = wire.EncodeContent(content)
		h := wire.NewHeader(msgType, k.session, "kernel")
		m = &wire.Message{Header: h, Content: c}
	}
	if err != nil {
		k.log.Error("building iopub message", "msg_type", msgType, "err", err)
		return
	}
	k.iopub.sendTopic("kernel."+k.session+"."+msgType, m)
}

func (k *Kernel) status(p *wire.Message, state string) {
	k.publish(p, "status", StatusContent{ExecutionState: state})
}

// reply sends a reply to p on channel c.
func (k *Kernel) reply(c *channel, p *wire.Message, msgType string, content any) {
	m, err := wire.Reply(p, msgType, content)
	if err != nil {
		k.log.Error("building reply", "msg_type", msgType, "err", err)
		return
	}
	c.send(m)
}

func (k *Kernel) enqueueShell(m *wire.Message) {
	k.shellBusy.Add(1) // before it is in the queue, where serveShell may take it at once
	k.shellQueue <- m
}

// serveShell handles shell requests in order.
func (k *Kernel) serveShell(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case m := <-k.shellQueue:
			k.handleShell(ctx, m)
		}
		if k.aborting && len(k.shellQueue) == 0 {
			k.aborting = false
		}
	}
}

func (k *Kernel) handleShell(ctx context.Context, m *wire.Message) {
	t := m.Header.MsgType
	k.settle(ctx, m)
	k.status(m, "busy")
	var stop *ShutdownRequest
	defer func() {
		// Not busy before the idle status leaves: a request sent after
		// it is not taken for one that came while the cell ran.
		k.shellBusy.Add(-1)
		k.status(m, "idle")
		if stop != nil {
			k.shutdownOnce.Do(func() { k.shutdown <- *stop })
		}
	}()
	if k.aborting && t == "execute_request" {
		k.log.Info("aborting queued request", "msg_id", m.Header.MsgID)
		k.reply(k.shell, m, "execute_reply", statusAborted{Status: "aborted", ExecutionCount: k.count})
		return
	}
	switch t {
	case "execute_request":
		k.execute(ctx, m)
	case "kernel_info_request":
		k.reply(k.shell, m, "kernel_info_reply", k.kernelInfo())
	case "complete_request":
		k.complete(ctx, m)
	case "inspect_request":
		k.inspect(ctx, m)
	case "is_complete_request":
		k.isComplete(m)
	case "history_request":
		k.historyRequest(m)
	case "comm_info_request":
		k.reply(k.shell, m, "comm_info_reply", CommInfoReply{Status: "ok", Comms: map[string]map[string]any{}})
	case "comm_open":
		var c CommOpen
		_ = json.Unmarshal(m.Content, &c)
		k.log.Warn("no comm target", "target_name", c.TargetName)
		k.publish(m, "comm_close", CommClose{CommID: c.CommID, Data: map[string]any{}})
	case "comm_msg", "comm_close":
		k.log.Debug("ignoring comm message for unknown comm", "msg_type", t)
	case "shutdown_request":
		req := k.shutdownRequest(k.shell, m)
		stop = &req
	default:
		k.unknown(k.shell, m)
	}
}

type statusAborted struct {
	Status         string `json:"status"`
	ExecutionCount int    `json:"execution_count"`
}

func (k *Kernel) handleControl(m *wire.Message) {
	t := m.Header.MsgType
	if t == "interrupt_request" {
		// At once, not after settle: a client's first control request
		// waits there for its iopub connection, and jupyter_client's
		// KernelManager sends interrupts from a connection of its own
		// that has none, so the cell ran on for settleGrace.
		k.interrupt()
	}
	k.settle(context.Background(), m)
	k.status(m, "busy")
	var stop *ShutdownRequest
	defer func() {
		k.status(m, "idle")
		if stop != nil {
			k.shutdownOnce.Do(func() { k.shutdown <- *stop })
		}
	}()
	switch t {
	case "interrupt_request":
		k.reply(k.control, m, "interrupt_reply", InterruptReply{Status: "ok"})
	case "shutdown_request":
		req := k.shutdownRequest(k.control, m)
		stop = &req
	case "kernel_info_request":
		k.reply(k.control, m, "kernel_info_reply", k.kernelInfo())
	default:
		k.unknown(k.control, m)
	}
}

// unknown answers a request the kernel does not implement with an error
// reply, so that a client waiting for it is not left hanging.
func (k *Kernel) unknown(c *channel, m *wire.Message) {
	t := m.Header.MsgType
	k.log.Warn("unknown message type", "channel", c.name, "msg_type", t)
	if base, ok := strings.CutSuffix(t, "_request"); ok {
		k.reply(c, m, base+"_reply", errorReply{
			Status: "error", EName: "UnknownMessageType",
			EValue:    fmt.Sprintf("gopad does not handle %s", t),
			Traceback: []string{},
		})
	}
}

// shutdownRequest answers a shutdown_request; the caller stops the kernel
// once the request's idle status is queued.
func (k *Kernel) shutdownRequest(c *channel, m *wire.Message) ShutdownRequest {
	var req ShutdownRequest
	if err := json.Unmarshal(m.Content, &req); err != nil {
		k.log.Warn("malformed shutdown_request", "err", err)
	}
	rep := ShutdownReply{Status: "ok", Restart: req.Restart}
	k.reply(c, m, "shutdown_reply", rep)
	k.publish(m, "shutdown_reply", rep)
	return req
}

// Interrupt stops the running cell, as interrupt_request does. It is safe to
// call from any goroutine (for example a SIGINT handler).
func (k *Kernel) Interrupt() { k.interrupt() }

func (k *Kernel) interrupt() {
	k.mu.Lock()
	cancel := k.cancelCell
	k.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

func (k *Kernel) kernelInfo() KernelInfoReply {
	i := k.cfg.Info
	return KernelInfoReply{
		Status:                "ok",
		ProtocolVersion:       wire.ProtocolVersion,
		Implementation:        "gopad",
		ImplementationVersion: k.cfg.Version,
		LanguageInfo: LanguageInfo{
			Name: i.Name, Version: i.Version, Mimetype: i.Mimetype,
			FileExtension: i.FileExtension, PygmentsLexer: i.PygmentsLexer,
			CodemirrorMode: i.CodemirrorMode,
		},
		Banner: i.Banner,
		HelpLinks: []HelpLink{
			{Text: "Go documentation", URL: "https://go.dev/doc/"},
			{Text: "Go standard library", URL: "https://pkg.go.dev/std"},
			{Text: "gopad", URL: "https://github.com/gopad/gopad"},
		},
	}
}

func newSessionID() string {
	m := wire.NewHeader("", "", "")
	return m.MsgID
}
