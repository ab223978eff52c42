package kernel_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gopad/gopad/kernel"
	"github.com/gopad/gopad/kernel/engine"
	"github.com/gopad/gopad/kernel/wire"
)

// TestInputReplyOnlyFromTheAskedClient: while a cell waits for input, an
// input_reply from another stdin connection (holding the key), or from the
// asked client with a parent that is not the input_request, is logged and
// dropped; the cell gets the asked client's answer to its request.
func TestInputReplyOnlyFromTheAskedClient(t *testing.T) {
	got := make(chan string, 4)
	tk := startKernel(t, map[string]cellFunc{
		"ask": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			v, err := out.Input(ctx, "name? ", false)
			if err != nil {
				v = "error: " + err.Error()
			}
			got <- v
			return engine.Result{}
		},
	})
	execID := tk.sendExecute("ask", map[string]any{"allow_stdin": true})
	req, ok := tk.waitFor("stdin", 10*time.Second, func(m rxMsg) bool { return m.Header.MsgType == "input_request" })
	if !ok {
		t.Fatal("no input_request")
	}
	reply := func(parent wire.Header, value string) *wire.Message {
		m := tk.newMsg("input_reply", map[string]any{"value": value})
		m.Parent = &parent
		return m
	}
	other := zmq4.NewDealer(context.Background(), zmq4.WithID(zmq4.SocketIdentity("another-client")))
	defer other.Close()
	if err := other.Dial(tk.conn.Endpoint(tk.conn.StdinPort)); err != nil {
		t.Fatal(err)
	}
	frames, err := tk.codec.Encode(reply(req.Header, "from another client"))
	if err != nil {
		t.Fatal(err)
	}
	if err := other.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		t.Fatal(err)
	}
	var execHeader wire.Header
	if m, ok := tk.waitFor("iopub", 5*time.Second, func(m rxMsg) bool { return m.parentID() == execID }); ok {
		execHeader = *m.Parent
	}
	tk.sendMsg("stdin", reply(execHeader, "parent is the execute_request"))
	stale := req.Header
	stale.MsgID = "an-older-input-request"
	tk.sendMsg("stdin", reply(stale, "parent is another request"))
	deadline := time.Now().Add(5 * time.Second)
	for strings.Count(tk.log.String(), "dropping input_reply") < 3 && time.Now().Before(deadline) {
		select {
		case v := <-got:
			t.Fatalf("the cell took %q", v)
		case <-time.After(10 * time.Millisecond):
		}
	}
	if n := strings.Count(tk.log.String(), "dropping input_reply"); n != 3 {
		t.Errorf("%d input replies dropped with a warning, want 3", n)
	}
	tk.sendMsg("stdin", reply(req.Header, "the right answer"))
	select {
	case v := <-got:
		if v != "the right answer" {
			t.Errorf("the cell took %q, want the asked client's answer", v)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the cell did not take the asked client's answer")
	}
	tk.waitReply("shell", execID)
}

// TestEmptyExecuteContent: an execute_request whose content is null or {}
// gets a BadRequest error reply and does not use up an execution count.
func TestEmptyExecuteContent(t *testing.T) {
	tk := startKernel(t, nil)
	for _, content := range []string{"null", "{}", `{"silent": false}`} {
		m := tk.newMsg("execute_request", nil)
		m.Content = json.RawMessage(content)
		id := tk.sendMsg("shell", m)
		c := tk.waitReply("shell", id).content(t)
		if c["status"] != "error" || c["ename"] != "BadRequest" {
			t.Errorf("execute_request with content %s: reply %v, want a BadRequest error", content, c)
		}
	}
	if len(tk.eng.requests()) != 0 {
		t.Errorf("the engine ran %d empty requests", len(tk.eng.requests()))
	}
	_, rep, _ := tk.execute("1", nil)
	if n := rep.content(t)["execution_count"]; n != 1.0 {
		t.Errorf("the first cell after empty requests has execution count %v, want 1", n)
	}
}

// TestAnyIPv4AddressIsIPv4Only: a kernel whose connection file says
// "ip": "0.0.0.0" listens on every IPv4 address, and on no IPv6 one.
func TestAnyIPv4AddressIsIPv4Only(t *testing.T) {
	probe, err := net.Listen("tcp6", "[::1]:0")
	if err != nil {
		t.Skipf("no IPv6 loopback here: %v", err)
	}
	probe.Close()
	p := freePorts(t, 5)
	ci := wire.ConnectionInfo{
		Transport: "tcp", IP: "0.0.0.0", ShellPort: p[0], ControlPort: p[1], StdinPort: p[2],
		IOPubPort: p[3], HBPort: p[4], Key: testKey, SignatureScheme: "hmac-sha256",
	}
	k, err := kernel.New(kernel.Config{Conn: ci, Engine: &fakeEngine{}, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- k.Run(ctx) }()
	defer func() { cancel(); <-done }()
	for _, port := range p {
		addr := "127.0.0.1:" + strconv.Itoa(port)
		if !hdWaitFor(10*time.Second, func() bool {
			c, err := net.Dial("tcp4", addr)
			if err == nil {
				c.Close()
			}
			return err == nil
		}) {
			t.Fatalf("the kernel does not listen on %s", addr)
		}
		if c, err := net.DialTimeout("tcp6", "[::1]:"+strconv.Itoa(port), time.Second); err == nil {
			c.Close()
			t.Errorf("a kernel on 0.0.0.0 accepts connections on [::1]:%d", port)
		}
	}
}
