package zmtpnet

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

// logBuf is a goroutine-safe log sink.
type logBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// greeting returns a ZMTP 3.0 NULL greeting.
func greeting() []byte {
	g := make([]byte, greetingLen)
	g[0], g[9], g[10] = 0xff, 0x7f, 3
	copy(g[12:], "NULL")
	return g
}

// ready returns a READY command frame with the given properties.
func ready(props ...string) []byte {
	body := []byte("\x05READY")
	for i := 0; i+1 < len(props); i += 2 {
		body = append(body, byte(len(props[i])))
		body = append(body, props[i]...)
		body = binary.BigEndian.AppendUint32(body, uint32(len(props[i+1])))
		body = append(body, props[i+1]...)
	}
	return frame(nil, flagCommand, body)
}

// rawPeer connects to a socket over TCP and completes the handshake.
func rawPeer(t *testing.T, addr net.Addr, props ...string) (net.Conn, *bufio.Reader) {
	t.Helper()
	c, err := net.Dial("tcp", addr.String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if _, err := c.Write(append(greeting(), ready(props...)...)); err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(c)
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.ReadFull(br, make([]byte, greetingLen)); err != nil {
		t.Fatalf("greeting: %v", err)
	}
	return c, br
}

// closedWithin reports whether the peer's connection is closed within d.
func closedWithin(c net.Conn, br *bufio.Reader, d time.Duration) bool {
	c.SetReadDeadline(time.Now().Add(d))
	_, err := io.Copy(io.Discard, br)
	var ne net.Error
	return !(errors.As(err, &ne) && ne.Timeout())
}

// router listens on a ROUTER socket with opts' transport.
func router(t *testing.T, opts Options, endpoint string) zmq4.Socket {
	t.Helper()
	tr, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := zmq4.NewRouter(ctx, zmq4.WithTimeout(5*time.Second))
	if err := s.Listen(tr.Endpoint(endpoint)); err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close(); cancel() })
	return s
}

// TestLimits: a frame or message over the limits closes its connection
// (logged), one at the limits is received, and other peers are served.
func TestLimits(t *testing.T) {
	logs := &logBuf{}
	opts := Options{Limits: Limits{Frame: 1000, Message: 2500}, Logger: slog.New(slog.NewTextHandler(logs, nil))}
	s := router(t, opts, "tcp://127.0.0.1:0")
	got := make(chan zmq4.Msg, 16)
	go func() {
		for {
			m, err := s.Recv()
			if err != nil {
				return
			}
			got <- m
		}
	}()
	for _, tc := range []struct {
		name   string
		frames []int // body sizes of one message
		ok     bool
	}{
		{"frames at the limits", []int{1000, 1000, 500}, true},
		{"a frame over the limit", []int{1001}, false},
		{"a message over the limit", []int{900, 900, 900}, false},
		{"a frame of 2^50 bytes", []int{1 << 50}, false},
	} {
		c, br := rawPeer(t, s.Addr(), "Socket-Type", "DEALER")
		var b []byte
		for i, n := range tc.frames {
			flags := byte(flagMore)
			if i == len(tc.frames)-1 {
				flags = 0
			}
			if n > 1<<20 {
				b = binary.BigEndian.AppendUint64(append(b, flags|flagLong), uint64(n))
				break
			}
			b = frame(b, flags, bytes.Repeat([]byte{'x'}, n))
		}
		c.Write(b)
		if tc.ok {
			select {
			case m := <-got:
				if len(m.Frames) != len(tc.frames)+1 {
					t.Errorf("%s: received %d frames, want %d and the identity", tc.name, len(m.Frames), len(tc.frames))
				}
			case <-time.After(5 * time.Second):
				t.Errorf("%s: not received", tc.name)
			}
			if closedWithin(c, br, 100*time.Millisecond) {
				t.Errorf("%s: the connection was closed", tc.name)
			}
			continue
		}
		if !closedWithin(c, br, 5*time.Second) {
			t.Errorf("%s: the connection is still open", tc.name)
		}
		select {
		case m := <-got:
			t.Errorf("%s: a message was received: %d frames", tc.name, len(m.Frames))
		default:
		}
	}
	if n := strings.Count(logs.String(), "over the limit"); n != 3 {
		t.Errorf("%d warnings, want 3:\n%s", n, logs)
	}
	// A well-behaved client is served after all that.
	d := zmq4.NewDealer(context.Background(), zmq4.WithID(zmq4.SocketIdentity("fine")))
	defer d.Close()
	if err := d.Dial("tcp://" + s.Addr().String()); err != nil {
		t.Fatal(err)
	}
	send(t, d, [][]byte{[]byte("hello")})
	select {
	case m := <-got:
		check(t, "after the attacks", 0, m.Frames, [][]byte{[]byte("fine"), []byte("hello")})
	case <-time.After(5 * time.Second):
		t.Error("a client after the attacks was not served")
	}
}

// TestHandshakeChecked: a command over the limit, or a READY whose
// metadata lengths run past its end, closes the connection before zmq4
// reads it (zmq4 panics on the second, and tries to allocate the first).
func TestHandshakeChecked(t *testing.T) {
	logs := &logBuf{}
	s := router(t, Options{Logger: slog.New(slog.NewTextHandler(logs, nil))}, "tcp://127.0.0.1:0")
	for _, tc := range []struct {
		name string
		cmd  []byte
	}{
		{"a command of 2^50 bytes", binary.BigEndian.AppendUint64([]byte{flagCommand | flagLong}, 1<<50)},
		{"a command of 1 MiB", frame(nil, flagCommand, bytes.Repeat([]byte{5}, 1<<20))},
		{"a property name past the end", frame(nil, flagCommand, []byte("\x05READY\x0bSocket"))},
		{"a value length past the end", frame(nil, flagCommand, []byte("\x05READY\x03Soc\x00\x00\x01\x00abc"))},
		{"a value length cut short", frame(nil, flagCommand, []byte("\x05READY\x03Soc\x00\x00"))},
		{"no socket type", ready("Identity", "x")},
		{"an unknown socket type", ready("Socket-Type", "dealer")},
		{"a socket type zmq4 does not find", ready("SOCKET-TYPE", "DEALER")},
	} {
		c, err := net.Dial("tcp", s.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		c.Write(append(greeting(), tc.cmd...))
		if !closedWithin(c, bufio.NewReader(c), 5*time.Second) {
			t.Errorf("%s: the connection is still open", tc.name)
		}
	}
	if n := strings.Count(logs.String(), "closing a ZeroMQ connection"); n != 8 {
		t.Errorf("%d warnings, want 8:\n%s", n, logs)
	}
	c, br := rawPeer(t, s.Addr(), "Socket-Type", "DEALER", "Identity", "ok")
	if closedWithin(c, br, 200*time.Millisecond) {
		t.Error("a well-formed handshake after the attacks was refused")
	}
}

// TestIdentityInUse: a second connection with the identity of a connected
// peer is refused and gets nothing meant for the first; once the first is
// gone the identity is free (a client that reconnects). Identities are per
// listener.
func TestIdentityInUse(t *testing.T) {
	s := router(t, Options{}, "tcp://127.0.0.1:0")
	first, firstR := rawPeer(t, s.Addr(), "Socket-Type", "DEALER", "Identity", "alice")
	if _, _, err := readFrame(firstR); err != nil { // the kernel's READY
		t.Fatal(err)
	}
	second, secondR := rawPeer(t, s.Addr(), "Socket-Type", "DEALER", "Identity", "alice")
	if _, _, err := readFrame(secondR); err != nil {
		t.Fatal(err)
	}
	if !closedWithin(second, secondR, 5*time.Second) {
		t.Fatal("a second connection with an identity in use is still open")
	}
	send(t, s, [][]byte{[]byte("alice"), []byte("for alice")})
	first.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, body, err := readFrame(firstR); err != nil || string(body) != "for alice" {
		t.Fatalf("the first connection got %q, %v", body, err)
	}
	first.Close()
	// Reconnecting with the identity works once the first is gone.
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, br := rawPeer(t, s.Addr(), "Socket-Type", "DEALER", "Identity", "alice")
		if !closedWithin(c, br, 200*time.Millisecond) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the identity is still taken 5 s after its connection closed")
		}
	}
	// Another listener has identities of its own.
	other := router(t, Options{}, "tcp://127.0.0.1:0")
	c, br := rawPeer(t, other.Addr(), "Socket-Type", "DEALER", "Identity", "alice")
	if closedWithin(c, br, 200*time.Millisecond) {
		t.Error("an identity in use on one listener was refused on another")
	}
}

// readFrame reads one frame.
func readFrame(br *bufio.Reader) (byte, []byte, error) {
	var h [9]byte
	if _, err := io.ReadFull(br, h[:2]); err != nil {
		return 0, nil, err
	}
	size := uint64(h[1])
	if h[0]&flagLong != 0 {
		if _, err := io.ReadFull(br, h[2:]); err != nil {
			return 0, nil, err
		}
		size = binary.BigEndian.Uint64(h[1:])
	}
	body := make([]byte, min(size, 1<<20))
	_, err := io.ReadFull(br, body)
	return h[0], body, err
}

// TestBindsExactly: an IPv4 address is bound with tcp4 (0.0.0.0 does not
// listen on IPv6) and an IPv6 one with tcp6.
func TestBindsExactly(t *testing.T) {
	s := router(t, Options{}, "tcp://0.0.0.0:0")
	addr := s.Addr().(*net.TCPAddr)
	if addr.IP.To4() == nil {
		t.Errorf("0.0.0.0 is bound as %v, an IPv6 address", addr)
	}
	if probe, err := net.Listen("tcp6", "[::1]:0"); err == nil {
		probe.Close()
		if c, err := net.DialTimeout("tcp6", "[::1]:"+strconv.Itoa(addr.Port), time.Second); err == nil {
			c.Close()
			t.Errorf("a socket bound to 0.0.0.0 accepts connections on [::1]")
		}
		s6 := router(t, Options{}, "tcp://[::1]:0")
		port := s6.Addr().(*net.TCPAddr).Port
		if c, err := net.DialTimeout("tcp4", "127.0.0.1:"+strconv.Itoa(port), time.Second); err == nil {
			c.Close()
			t.Errorf("a socket bound to [::1] accepts connections on 127.0.0.1")
		}
	} else {
		t.Logf("no IPv6 loopback here (%v): the IPv6 half is not checked", err)
	}
	for _, tc := range []struct{ addr, want string }{
		{"0.0.0.0:1", "tcp4"}, {"127.0.0.1:1", "tcp4"}, {"[::]:1", "tcp6"}, {"[::1]:1", "tcp6"},
		{"[fe80::1%eth0]:1", "tcp6"}, {"[::ffff:127.0.0.1]:1", "tcp4"}, {"localhost:1", "tcp"},
	} {
		if got := listenNetwork("tcp", tc.addr); got != tc.want {
			t.Errorf("listenNetwork(%q) = %q, want %q", tc.addr, got, tc.want)
		}
	}
}

func TestParseSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
	}{
		{"1048576", 1 << 20}, {"256KiB", 256 << 10}, {"1 GiB", 1 << 30}, {"2G", 2 << 30},
		{"1.5MB", 1_500_000}, {"100B", 100}, {"0", 0}, {"-1", 0}, {"lots", 0}, {"NaN", 0}, {"1e30", 0},
	} {
		got, err := ParseSize(tc.in)
		if (err != nil) != (tc.want == 0) || got != tc.want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", tc.in, got, err, tc.want)
		}
	}
	l, err := LimitsFromEnv(func(k string) string {
		return map[string]string{EnvMaxMessage: "64MiB"}[k]
	})
	if err != nil || l != (Limits{Message: 64 << 20}) {
		t.Errorf("LimitsFromEnv = %+v, %v", l, err)
	}
	if l := l.withDefaults(); l.Frame != 64<<20 || l.Message != 64<<20 {
		t.Errorf("a message limit below the default frame limit lowers it: %+v", l)
	}
	if _, err := LimitsFromEnv(func(k string) string { return "x" }); err == nil || !strings.Contains(err.Error(), EnvMaxFrame) {
		t.Errorf("a bad size: %v, want an error naming %s", err, EnvMaxFrame)
	}
}
