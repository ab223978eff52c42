package zmtpnet

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"net"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

// recConn is a net.Conn that records each write.
type recConn struct {
	net.Conn
	writes [][]byte
}

func (c *recConn) Write(p []byte) (int, error) {
	c.writes = append(c.writes, bytes.Clone(p))
	return len(p), nil
}

// frame appends a ZMTP frame to b.
func frame(b []byte, flags byte, body []byte) []byte {
	if len(body) > 255 {
		b = append(b, flags|flagLong)
		b = binary.BigEndian.AppendUint64(b, uint64(len(body)))
	} else {
		b = append(b, flags, byte(len(body)))
	}
	return append(b, body...)
}

// stream is a ZMTP connection's output: where each message ends, and the
// ranges that may be written apart from their message (the greeting, and
// frames big enough to be written as they come).
type stream struct {
	data []byte
	ends []int
	free [][2]int
}

func testStream(r *rand.Rand, big bool) stream {
	var s stream
	s.data = append(s.data, bytes.Repeat([]byte{0xff}, greetingLen)...)
	s.free = append(s.free, [2]int{0, greetingLen})
	s.data = frame(s.data, 0x04, []byte("\x05READY\x0bSocket-Type\x00\x00\x00\x06ROUTER"))
	s.ends = append(s.ends, len(s.data))
	sizes := []int{0, 1, 9, 64, 255, 256, 300, 4000}
	if big {
		sizes = append(sizes, bigCopy-1, bigCopy, 3*bigCopy+7)
	}
	for range 30 {
		n := 1 + r.IntN(7)
		for i := range n {
			var flags byte
			if i < n-1 {
				flags = flagMore
			}
			size := sizes[r.IntN(len(sizes))]
			body := make([]byte, size)
			for j := range body {
				body[j] = byte(r.Uint32())
			}
			start := len(s.data)
			s.data = frame(s.data, flags, body)
			if size >= bigCopy {
				s.free = append(s.free, [2]int{start, len(s.data)})
			}
		}
		s.ends = append(s.ends, len(s.data))
	}
	return s
}

// TestWritesWholeMessages writes ZMTP streams in random pieces: the bytes
// reach the connection unchanged, every message leaves as soon as its last
// frame is complete (a write ends there), and no write ends inside a
// message, except in the greeting and around big frames.
func TestWritesWholeMessages(t *testing.T) {
	for seed := range uint64(100) {
		r := rand.New(rand.NewPCG(seed, 1))
		maxPiece := []int{1, 3, 17, 300, 70000}[seed%5]
		s := testStream(r, maxPiece > 3)
		rc := &recConn{}
		c := Wrap(rc)
		for p := s.data; len(p) > 0; {
			k := min(len(p), 1+r.IntN(maxPiece))
			if n, err := c.Write(p[:k]); n != k || err != nil {
				t.Fatalf("seed %d: Write = %d, %v; want %d, nil", seed, n, err, k)
			}
			p = p[k:]
		}
		if got := bytes.Join(rc.writes, nil); !bytes.Equal(got, s.data) {
			t.Fatalf("seed %d: the connection got %d bytes that differ from the %d written", seed, len(got), len(s.data))
		}
		writeEnds := map[int]bool{}
		at := 0
		for _, w := range rc.writes {
			at += len(w)
			writeEnds[at] = true
		}
		for i, end := range s.ends {
			if !writeEnds[end] {
				t.Fatalf("seed %d: message %d (ending at %d) was not written when complete", seed, i, end)
			}
		}
		for end := range writeEnds {
			if slices.Contains(s.ends, end) || slices.ContainsFunc(s.free, func(f [2]int) bool { return f[0] <= end && end <= f[1] }) {
				continue
			}
			t.Fatalf("seed %d: a write ended at %d, inside a message", seed, end)
		}
		if maxPiece == 17 && len(rc.writes) > len(s.ends)+3*len(s.free) {
			t.Fatalf("seed %d: %d writes for %d messages", seed, len(rc.writes), len(s.ends))
		}
	}
}

// TestSockets runs zmq4 sockets over the transport against zmq4 sockets
// over plain TCP, as Jupyter's sockets are used: ROUTER with DEALER, PUB
// with SUB, REP with REQ. Multipart messages, an empty frame and a 1 MB
// frame arrive intact both ways.
func TestSockets(t *testing.T) {
	if err := Register(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	big := bytes.Repeat([]byte("0123456789abcdef"), 1<<16)
	msgs := [][][]byte{
		{[]byte("<IDS|MSG>"), []byte("sig"), []byte(`{"msg_type":"execute_request"}`), []byte("{}"), {}, []byte(`{"code":"1+1"}`)},
		{[]byte("one frame")},
		{[]byte("big"), big},
		{big},
		{bytes.Repeat([]byte("x"), 256), bytes.Repeat([]byte("y"), 255)},
	}
	pairs := []struct {
		name           string
		server, client func() zmq4.Socket
	}{
		{"router-dealer", func() zmq4.Socket { return zmq4.NewRouter(ctx) }, func() zmq4.Socket { return zmq4.NewDealer(ctx, zmq4.WithID(zmq4.SocketIdentity("client"))) }},
		{"pub-sub", func() zmq4.Socket { return zmq4.NewPub(ctx) }, func() zmq4.Socket { return zmq4.NewSub(ctx) }},
		{"rep-req", func() zmq4.Socket { return zmq4.NewRep(ctx) }, func() zmq4.Socket { return zmq4.NewReq(ctx) }},
	}
	for _, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			l, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			addr := l.Addr().String()
			l.Close()
			server, client := p.server(), p.client()
			defer server.Close()
			defer client.Close()
			if err := server.Listen(Endpoint("tcp://" + addr)); err != nil {
				t.Fatal(err)
			}
			if err := client.Dial("tcp://" + addr); err != nil {
				t.Fatal(err)
			}
			var subIn <-chan zmq4.Msg
			if p.name == "pub-sub" {
				if err := client.SetOption(zmq4.OptionSubscribe, ""); err != nil {
					t.Fatal(err)
				}
				subIn = subscribed(t, server, client)
			}
			for i, frames := range msgs {
				var got zmq4.Msg
				switch p.name {
				case "router-dealer":
					send(t, client, frames)
					in := recv(t, server)
					if string(in.Frames[0]) != "client" {
						t.Fatalf("message %d: the router saw identity %q", i, in.Frames[0])
					}
					check(t, "to the router", i, in.Frames[1:], frames)
					send(t, server, append([][]byte{[]byte("client")}, frames...))
					got = recv(t, client)
				case "pub-sub":
					send(t, server, frames)
					select {
					case got = <-subIn:
					case <-time.After(30 * time.Second):
						t.Fatalf("message %d: not received", i)
					}
				case "rep-req":
					if len(frames) > 1 {
						continue // zmq4's REQ and REP take one frame
					}
					send(t, client, frames)
					check(t, "to the rep", i, recv(t, server).Frames, frames)
					send(t, server, frames)
					got = recv(t, client)
				}
				check(t, "from the server", i, got.Frames, frames)
			}
		})
	}
}

func send(t *testing.T, s zmq4.Socket, frames [][]byte) {
	t.Helper()
	if err := s.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		t.Fatal(err)
	}
}

// subscribed returns once sub's subscription has reached pub, with the
// messages sub receives after that. A publisher drops what it sends before
// the subscription arrives (ZeroMQ's slow joiner), which takes a moment
// after SetOption, longer on a busy machine than any fixed sleep: pub
// sends a warm-up message until sub receives one. Warm-ups come before
// what pub sends next, and are left out.
func subscribed(t *testing.T, pub, sub zmq4.Socket) <-chan zmq4.Msg {
	t.Helper()
	const warmUp = "warm-up"
	in, out := make(chan zmq4.Msg), make(chan zmq4.Msg)
	done := make(chan struct{})
	t.Cleanup(func() { close(done) })
	go func() {
		for {
			m, err := sub.Recv()
			if err != nil {
				return
			}
			select {
			case in <- m:
			case <-done:
				return
			}
		}
	}()
	deadline := time.After(30 * time.Second)
	for first := true; first; {
		send(t, pub, [][]byte{[]byte(warmUp)})
		select {
		case m := <-in:
			if len(m.Frames) != 1 || string(m.Frames[0]) != warmUp {
				t.Fatalf("before the test's messages, the subscriber received %q", m.Frames)
			}
			first = false
		case <-time.After(50 * time.Millisecond):
		case <-deadline:
			t.Fatal("no warm-up message reached the subscriber in 30 s")
		}
	}
	go func() {
		for {
			select {
			case m := <-in:
				if len(m.Frames) == 1 && string(m.Frames[0]) == warmUp {
					continue
				}
				select {
				case out <- m:
				case <-done:
					return
				}
			case <-done:
				return
			}
		}
	}()
	return out
}

func recv(t *testing.T, s zmq4.Socket) zmq4.Msg {
	t.Helper()
	m, err := s.Recv()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func check(t *testing.T, way string, i int, got, want [][]byte) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("message %d %s: %d frames, want %d", i, way, len(got), len(want))
	}
	for j := range got {
		if !bytes.Equal(got[j], want[j]) {
			t.Fatalf("message %d %s: frame %d differs: %s", i, way, j, summary(got[j]))
		}
	}
}

func summary(b []byte) string {
	if len(b) > 40 {
		return fmt.Sprintf("%q... (%d bytes)", b[:40], len(b))
	}
	return strings.TrimSpace(fmt.Sprintf("%q", b))
}

func TestEndpoint(t *testing.T) {
	for in, want := range map[string]string{
		"tcp://127.0.0.1:5555":  "gopad+tcp://127.0.0.1:5555",
		"ipc:///tmp/kernel-1-5": "gopad+ipc:///tmp/kernel-1-5",
		"inproc://x":            "inproc://x",
	} {
		if got := Endpoint(in); got != want {
			t.Errorf("Endpoint(%q) = %q, want %q", in, got, want)
		}
	}
}
