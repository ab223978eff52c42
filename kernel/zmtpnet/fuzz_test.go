package zmtpnet

import (
	"bytes"
	"encoding/binary"
	"io"
	"log/slog"
	"net"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/security/null"
)

// streamConn is a net.Conn that reads a fixed stream and discards writes.
type streamConn struct {
	r *bytes.Reader
}

func (c *streamConn) Read(p []byte) (int, error)         { return c.r.Read(p) }
func (c *streamConn) Write(p []byte) (int, error)        { return len(p), nil }
func (c *streamConn) Close() error                       { return nil }
func (c *streamConn) LocalAddr() net.Addr                { return &net.TCPAddr{} }
func (c *streamConn) RemoteAddr() net.Addr               { return &net.TCPAddr{} }
func (c *streamConn) SetDeadline(t time.Time) error      { return nil }
func (c *streamConn) SetReadDeadline(t time.Time) error  { return nil }
func (c *streamConn) SetWriteDeadline(t time.Time) error { return nil }

// FuzzRead feeds arbitrary bytes, after a valid greeting, to zmq4's own
// reader (the handshake, then messages) through a wrapped connection: it
// must never panic, and no frame or message over the limits may reach
// zmq4.
func FuzzRead(f *testing.F) {
	f.Add(ready("Socket-Type", "DEALER", "Identity", "alice"))
	msg := frame(frame(ready("Socket-Type", "DEALER"), flagMore, []byte("<IDS|MSG>")), 0, bytes.Repeat([]byte("x"), 300))
	f.Add(msg)
	f.Add(append(ready("Socket-Type", "REQ"), binary.BigEndian.AppendUint64([]byte{flagMore | flagLong}, 1<<50)...))
	f.Add(binary.BigEndian.AppendUint64([]byte{flagCommand | flagLong}, 1<<50))
	f.Add([]byte("\x04\x0d\x05READY\x0bSocket"))
	f.Add([]byte("\x04\x0e\x05READY\x03Soc\x00\x00\x01\x00"))
	// A command whose name is 255 bytes long, in a body longer than that.
	f.Add(append([]byte{flagCommand | flagLong, 0, 0, 0, 0, 0, 0, 1, 0x20, 0xff}, bytes.Repeat([]byte("R"), 0x11f)...))
	lim := Limits{Frame: 4096, Message: 10000}
	cfg := &config{limits: lim, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	f.Fuzz(func(t *testing.T, in []byte) {
		c := wrap(&streamConn{r: bytes.NewReader(append(greeting(), in...))}, cfg, &identities{})
		zc, err := zmq4.Open(c, null.Security(), zmq4.Router, zmq4.SocketIdentity("fuzz"), true, nil)
		if err != nil {
			return
		}
		for range 1000 {
			m, err := zc.RecvMsg()
			if err != nil {
				return
			}
			total := 0
			for _, fr := range m.Frames {
				if len(fr) > int(lim.Frame) {
					t.Fatalf("a frame of %d bytes passed a limit of %d", len(fr), lim.Frame)
				}
				total += len(fr)
			}
			if total > int(lim.Message) {
				t.Fatalf("a message of %d bytes passed a limit of %d", total, lim.Message)
			}
		}
	})
}
