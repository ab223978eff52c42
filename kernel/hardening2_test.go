package kernel_test

// Hardening, round two (issue 18): attacks by peers without the key on the
// transport (oversize frames, a taken routing identity) against the real
// gopad binary, and protocol checks (input replies, empty execute content,
// history sessions) against the kernel. None is skipped in -short mode:
// each takes a second or two.

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gopad/gopad/kernel/client"
	"github.com/gopad/gopad/kernel/wire"
)

// zmtpPeer is a ZMTP 3.0 peer written by hand over a TCP connection, so
// that it can send what no ZeroMQ library would.
type zmtpPeer struct {
	c  net.Conn
	br *bufio.Reader
}

func zmtpDial(t testing.TB, ci wire.ConnectionInfo, port int) *zmtpPeer {
	t.Helper()
	c, err := net.DialTimeout("tcp", net.JoinHostPort(ci.IP, strconv.Itoa(port)), 5*time.Second)
	if err != nil {
		t.Fatalf("dialing port %d: %v", port, err)
	}
	t.Cleanup(func() { c.Close() })
	return &zmtpPeer{c: c, br: bufio.NewReader(c)}
}

// greet exchanges ZMTP greetings (NULL mechanism, not a server).
func (p *zmtpPeer) greet() error {
	g := make([]byte, 64)
	g[0], g[9], g[10], g[11] = 0xff, 0x7f, 3, 0
	copy(g[12:], "NULL")
	if _, err := p.c.Write(g); err != nil {
		return err
	}
	p.c.SetReadDeadline(time.Now().Add(5 * time.Second))
	defer p.c.SetReadDeadline(time.Time{})
	_, err := io.ReadFull(p.br, make([]byte, 64))
	return err
}

// header writes a frame header claiming size bytes (the long form).
func (p *zmtpPeer) header(flags byte, size uint64) error {
	b := binary.BigEndian.AppendUint64([]byte{flags | 0x02}, size)
	_, err := p.c.Write(b)
	return err
}

// frame writes a whole frame.
func (p *zmtpPeer) frame(flags byte, body []byte) error {
	b := binary.BigEndian.AppendUint64([]byte{flags | 0x02}, uint64(len(body)))
	_, err := p.c.Write(append(b, body...))
	return err
}

// ready sends READY with the socket type and identity (none if ""), and
// reads the kernel's READY.
func (p *zmtpPeer) ready(sockType, identity string) error {
	body := []byte("\x05READY")
	prop := func(k, v string) {
		body = append(body, byte(len(k)))
		body = append(body, k...)
		body = binary.BigEndian.AppendUint32(body, uint32(len(v)))
		body = append(body, v...)
	}
	prop("Socket-Type", sockType)
	if identity != "" {
		prop("Identity", identity)
	}
	if err := p.frame(0x04, body); err != nil {
		return err
	}
	flags, _, err := p.read(5 * time.Second)
	if err == nil && flags&0x04 == 0 {
		err = fmt.Errorf("the kernel's first frame is not a command (flags %#x)", flags)
	}
	return err
}

// read reads one frame (of at most 16 MB) within timeout.
func (p *zmtpPeer) read(timeout time.Duration) (byte, []byte, error) {
	p.c.SetReadDeadline(time.Now().Add(timeout))
	defer p.c.SetReadDeadline(time.Time{})
	var h [9]byte
	if _, err := io.ReadFull(p.br, h[:2]); err != nil {
		return 0, nil, err
	}
	size := uint64(h[1])
	if h[0]&0x02 != 0 {
		if _, err := io.ReadFull(p.br, h[2:]); err != nil {
			return 0, nil, err
		}
		size = binary.BigEndian.Uint64(h[1:])
	}
	if size > 16<<20 {
		return 0, nil, fmt.Errorf("frame of %d bytes", size)
	}
	body := make([]byte, size)
	_, err := io.ReadFull(p.br, body)
	return h[0], body, err
}

// closedByKernel reports whether the kernel closes the connection within
// timeout; data frames that arrive first are returned.
func (p *zmtpPeer) closedByKernel(timeout time.Duration) (closed bool, frames [][]byte) {
	deadline := time.Now().Add(timeout)
	for {
		flags, body, err := p.read(time.Until(deadline))
		var ne net.Error
		switch {
		case errors.As(err, &ne) && ne.Timeout():
			return false, frames
		case err != nil:
			return true, frames
		case flags&0x04 == 0:
			frames = append(frames, body)
		}
	}
}

// hdAliveAndServing fails the test unless the kernel process still runs and
// the client's cell and heartbeat are answered.
func hdAliveAndServing(t *testing.T, c *client.Client, logs *hdBuf, after string) {
	t.Helper()
	select {
	case <-c.Exited():
		t.Fatalf("the kernel died after %s; its log:\n%s", after, hdTail(logs.String(), 3000))
	default:
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := c.Heartbeat(ctx); err != nil {
		t.Fatalf("heartbeat after %s: %v", after, err)
	}
	rep, out := hdExec(t, c, `fmt.Println("still here")`, 30*time.Second)
	if rep.Status != "ok" || out != "still here\n" {
		t.Fatalf("cell after %s: %+v, stdout %q", after, rep, out)
	}
}

// hdPorts lists the kernel's five ports with the socket type of a peer.
func hdPorts(ci wire.ConnectionInfo) []struct {
	name, peer string
	port       int
} {
	return []struct {
		name, peer string
		port       int
	}{
		{"shell", "DEALER", ci.ShellPort}, {"control", "DEALER", ci.ControlPort},
		{"stdin", "DEALER", ci.StdinPort}, {"iopub", "SUB", ci.IOPubPort}, {"heartbeat", "REQ", ci.HBPort},
	}
}

// TestOversizeFrameOnEveryPort: a peer without the key completes the
// greeting and the handshake on each of the five ports, then claims a frame
// of 2^50 bytes (and, on the shell, 8 GiB, and a message of two 600 MiB
// frames). Each time the kernel drops that connection and lives on: a
// client connected before keeps its session and its cells run.
func TestOversizeFrameOnEveryPort(t *testing.T) {
	c, logs := hdStart(t, client.Options{})
	ci := hdConnInfo(t, c)
	if rep, _ := hdExec(t, c, "kept := 41", 30*time.Second); rep.Status != "ok" {
		t.Fatalf("first cell: %+v", rep)
	}
	for _, p := range hdPorts(ci) {
		peer := zmtpDial(t, ci, p.port)
		if err := peer.greet(); err != nil {
			t.Fatalf("%s: greeting: %v", p.name, err)
		}
		if err := peer.ready(p.peer, ""); err != nil {
			t.Fatalf("%s: handshake: %v", p.name, err)
		}
		if err := peer.header(0x01, 1<<50); err != nil {
			t.Fatalf("%s: %v", p.name, err)
		}
		if closed, _ := peer.closedByKernel(5 * time.Second); !closed {
			t.Errorf("%s: the connection that claimed a 2^50-byte frame is still open", p.name)
		}
		hdAliveAndServing(t, c, logs, "a 2^50-byte frame on "+p.name)
	}
	shell := zmtpDial(t, ci, ci.ShellPort)
	if err := shell.greet(); err != nil {
		t.Fatal(err)
	}
	if err := shell.ready("DEALER", ""); err != nil {
		t.Fatal(err)
	}
	shell.header(0x00, 8<<30)
	if closed, _ := shell.closedByKernel(5 * time.Second); !closed {
		t.Errorf("the connection that claimed an 8 GiB frame is still open")
	}
	hdAliveAndServing(t, c, logs, "an 8 GiB frame on shell")
	rep, out := hdExec(t, c, "fmt.Println(kept + 1)", 30*time.Second)
	if rep.Status != "ok" || out != "42\n" {
		t.Errorf("the session lost its state: %+v, stdout %q", rep, out)
	}
	overLimit := func() int { return strings.Count(logs.String(), "frame over the limit") }
	hdWaitFor(10*time.Second, func() bool { return overLimit() >= 6 })
	if n := overLimit(); n < 6 {
		t.Errorf("%d warnings about frames over the limit in the log, want 6:\n%s", n, hdTail(logs.String(), 3000))
	}
}

// TestBadHandshakeOnEveryPort: in place of READY, a command frame
// claiming 2^50 bytes, or a READY without a socket type (zmq4 panics on
// it), on each port. The kernel drops that connection and lives on.
func TestBadHandshakeOnEveryPort(t *testing.T) {
	c, logs := hdStart(t, client.Options{})
	ci := hdConnInfo(t, c)
	for _, p := range hdPorts(ci) {
		for _, attack := range []string{"a 2^50-byte command", "a READY without a socket type"} {
			peer := zmtpDial(t, ci, p.port)
			if err := peer.greet(); err != nil {
				t.Fatalf("%s: greeting: %v", p.name, err)
			}
			var err error
			if attack == "a 2^50-byte command" {
				err = peer.header(0x04, 1<<50)
			} else {
				err = peer.frame(0x04, []byte("\x05READY\x08Identity\x00\x00\x00\x01x"))
			}
			if err != nil {
				t.Fatalf("%s: %v", p.name, err)
			}
			if closed, _ := peer.closedByKernel(5 * time.Second); !closed {
				t.Errorf("%s: the connection that sent %s is still open", p.name, attack)
			}
			hdAliveAndServing(t, c, logs, attack+" on "+p.name)
		}
	}
}

// TestMessageSizeLimitFromEnvironment: GOPAD_MAX_MESSAGE_SIZE lowers the
// limit. A 100 KiB cell gets through at the default and a 300 KiB one does
// not get through a limit of 256 KiB: its connection is dropped (no reply),
// and the kernel serves the others.
func TestMessageSizeLimitFromEnvironment(t *testing.T) {
	c, logs := hdStart(t, client.Options{Env: []string{"GOPAD_MAX_MESSAGE_SIZE=256KiB"}})
	ci := hdConnInfo(t, c)
	small := "s := `" + strings.Repeat("x", 100<<10) + "`\nfmt.Println(len(s))"
	if rep, out := hdExec(t, c, small, 30*time.Second); rep.Status != "ok" || out != "102400\n" {
		t.Fatalf("a 100 KiB cell: %+v, stdout %q", rep, out)
	}
	r := hdDial(t, ci)
	defer r.close()
	id := r.sendExecute("s := `" + strings.Repeat("y", 300<<10) + "`")
	if rep, _ := r.wait(id, 3*time.Second); rep != nil {
		t.Errorf("a 300 KiB message over a 256 KiB limit was answered: %s", rep.Content)
	}
	if !hdWaitFor(10*time.Second, func() bool {
		return strings.Contains(logs.String(), "frame over the limit") || strings.Contains(logs.String(), "message over the limit")
	}) {
		t.Errorf("no warning about the message over the limit in the log:\n%s", hdTail(logs.String(), 3000))
	}
	hdAliveAndServing(t, c, logs, "a message over the configured limit")
}

// TestDuplicateIdentityRefused: a peer without the key connects to the
// shell (and control) with the routing identity of a connected client. The
// kernel refuses it, as libzmq's ROUTER does: it never receives a copy of
// the client's replies, and the client is served as before.
func TestDuplicateIdentityRefused(t *testing.T) {
	c, logs := hdStart(t, client.Options{})
	ci := hdConnInfo(t, c)
	victim := hdDial(t, ci)
	defer victim.close()
	for _, p := range []struct {
		name string
		port int
	}{{"shell", ci.ShellPort}, {"control", ci.ControlPort}} {
		impostor := zmtpDial(t, ci, p.port)
		if err := impostor.greet(); err != nil {
			t.Fatal(err)
		}
		err := impostor.ready("DEALER", victim.session)
		var id string
		if p.name == "shell" {
			id = victim.sendExecute(`secret := "cell text"; fmt.Println(secret)`)
		} else {
			id = victim.send(victim.control, "kernel_info_request", struct{}{})
		}
		if rep, _ := victim.wait(id, 30*time.Second); rep == nil {
			t.Fatalf("%s: the client got no reply with an impostor about", p.name)
		}
		if err != nil {
			continue // refused in the handshake
		}
		closed, frames := impostor.closedByKernel(3 * time.Second)
		if len(frames) > 0 {
			t.Errorf("%s: the impostor received %d frames meant for the client, e.g. %.200q", p.name, len(frames), frames[len(frames)-1])
		}
		if !closed {
			t.Errorf("%s: the impostor's connection is still open", p.name)
		}
	}
	if !hdWaitFor(10*time.Second, func() bool { return strings.Contains(logs.String(), "identity already in use") }) {
		t.Errorf("no warning about the duplicate identity in the log:\n%s", hdTail(logs.String(), 3000))
	}
	hdAliveAndServing(t, c, logs, "impostors")
}

// TestHistorySessionsOfKernelsStartedAtOnce starts three kernels at once
// in one Jupyter data folder: each gets its own history session, and a
// kernel started after them reads three sessions of one cell each.
func TestHistorySessionsOfKernelsStartedAtOnce(t *testing.T) {
	env := []string{"JUPYTER_DATA_DIR=" + t.TempDir()}
	bin := hdGopad(t)
	clients := make([]*client.Client, 3)
	errs := make([]error, 3)
	var wg sync.WaitGroup
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// A second try: the ports of a connection file are free when
			// the client picks them, and another kernel's process may take
			// one before this kernel binds it (the kernels start at once).
			for try := 0; try < 2 && (try == 0 || errs[i] != nil); try++ {
				ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
				clients[i], errs[i] = client.Start(ctx, client.Options{Argv: []string{bin, "kernel", "{connection_file}"}, Env: env})
				cancel()
			}
		}()
	}
	wg.Wait()
	for i, c := range clients {
		if errs[i] != nil {
			t.Fatalf("kernel %d: %v", i, errs[i])
		}
		t.Cleanup(c.Kill)
	}
	for i, c := range clients {
		if rep, _ := hdExec(t, c, fmt.Sprintf("k := %d", i), 30*time.Second); rep.Status != "ok" {
			t.Fatalf("kernel %d: %+v", i, rep)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, c := range clients {
		if err := c.Shutdown(ctx); err != nil {
			t.Fatal(err)
		}
		<-c.Exited()
	}
	last, _ := hdStart(t, client.Options{Env: env})
	rep, err := last.Request(ctx, false, "history_request", map[string]any{
		"hist_access_type": "tail", "n": 10, "output": false, "raw": true,
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var h struct{ History [][]any }
	if err := rep.Decode(&h); err != nil {
		t.Fatal(err)
	}
	cells := map[string][]string{}
	for _, e := range h.History {
		s := fmt.Sprint(e[0])
		cells[s] = append(cells[s], fmt.Sprint(e[1], ":", e[2]))
	}
	if len(h.History) != 3 || len(cells) != 3 {
		t.Errorf("history of three kernels started at once: %v, want three sessions of one cell (line 1) each", cells)
	}
	for s, c := range cells {
		if len(c) != 1 || !strings.HasPrefix(c[0], "1:k := ") {
			t.Errorf("session %s: %q, want one cell, line 1", s, c)
		}
	}
}
