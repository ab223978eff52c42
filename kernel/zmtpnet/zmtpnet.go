// Package zmtpnet is a zmq4 transport over TCP and Unix sockets that reads
// through a buffer and writes each ZMTP message with one system call.
//
// zmq4 reads a message two system calls a frame (a header, then a body),
// and its ROUTER and REQ/REP sockets write it two calls a frame as well: a
// Jupyter reply of six frames took twelve writes, each a TCP segment of its
// own on the wire, and twelve reads to receive. This transport hands zmq4 a
// net.Conn whose reads come from a buffer and whose writes gather until a
// message's last frame is complete (ZMTP says which frame is the last), then
// leave in one write. Frames too big to be worth copying are written as
// they come, after what was gathered before them.
//
// Register registers it with zmq4; endpoints then name it by the schemes
// TCP and IPC ("gopad+tcp://127.0.0.1:5555", "gopad+ipc:///tmp/kernel-1").
// What goes over the wire is plain ZMTP 3: peers see no difference.
package zmtpnet

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"sync"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/transport"
)

// Schemes of the endpoints this transport serves.
const (
	TCP = "gopad+tcp"
	IPC = "gopad+ipc"
)

var registerOnce sync.Once
var registerErr error

// Register registers the transport's schemes with zmq4. It may be called
// any number of times.
func Register() error {
	registerOnce.Do(func() {
		registerErr = errors.Join(
			zmq4.RegisterTransport(TCP, netTransport{network: "tcp", inner: transport.New("tcp")}),
			zmq4.RegisterTransport(IPC, netTransport{network: "unix", inner: transport.New("unix")}),
		)
	})
	return registerErr
}

// Endpoint returns endpoint (tcp://... or ipc://...) with this transport's
// scheme, or endpoint unchanged if it names another transport.
func Endpoint(endpoint string) string {
	for _, s := range [...]struct{ from, to string }{{"tcp://", TCP + "://"}, {"ipc://", IPC + "://"}} {
		if len(endpoint) > len(s.from) && endpoint[:len(s.from)] == s.from {
			return s.to + endpoint[len(s.from):]
		}
	}
	return endpoint
}

// netTransport is zmq4's own net transport with every connection wrapped.
type netTransport struct {
	network string
	inner   transport.Transport
}

func (t netTransport) Dial(ctx context.Context, d transport.Dialer, addr string) (net.Conn, error) {
	c, err := d.DialContext(ctx, t.network, addr)
	if err != nil {
		return nil, err
	}
	return Wrap(c), nil
}

func (t netTransport) Listen(ctx context.Context, addr string) (net.Listener, error) {
	l, err := net.Listen(t.network, addr)
	if err != nil {
		return nil, err
	}
	return listener{l}, nil
}

func (t netTransport) Addr(ep string) (string, error) { return t.inner.Addr(ep) }

type listener struct{ net.Listener }

func (l listener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return Wrap(c), nil
}

// ZMTP 3 framing (RFC 23): a 64-byte greeting, then frames of a flags
// byte, a size of one byte (or eight, big-endian, with flagLong) and a body.
const (
	greetingLen = 64
	flagMore    = 0x01
	flagLong    = 0x02
)

// Sizes. A frame body of bigCopy bytes or more is written as it comes
// rather than copied; a gathering buffer that grew past keepBuf is
// dropped after use.
const (
	readBuf = 32 << 10
	bigCopy = 32 << 10
	keepBuf = 256 << 10
)

// Conn is a ZMTP connection's net.Conn with buffered reads and writes
// gathered by message. Writes are safe for concurrent use, though ZMTP
// needs a message's frames written in order by one writer.
type Conn struct {
	net.Conn
	r *bufio.Reader

	mu       sync.Mutex
	greeting int    // greeting bytes not yet written (they pass through)
	buf      []byte // the message gathered so far
	// The frame being written.
	flags    byte
	sizeLeft int    // size bytes still to come; 0 in a body or between frames
	inHeader bool   // the flags byte was seen and the size is not complete
	size     uint64 // the size, as far as it has come
	bodyLeft uint64 // body bytes still to come
}

// Wrap returns c with buffered reads and writes gathered by ZMTP message.
// c must be at the start of a ZMTP connection.
func Wrap(c net.Conn) *Conn {
	return &Conn{Conn: c, r: bufio.NewReaderSize(c, readBuf), greeting: greetingLen}
}

// Read reads from the buffer, which reads from the connection as much as
// it holds.
func (c *Conn) Read(p []byte) (int, error) { return c.r.Read(p) }

// Write gathers p until a message's last frame is complete, then writes
// the message. It returns len(p), or an error from the connection.
func (c *Conn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := len(p)
	if c.greeting > 0 {
		k := min(len(p), c.greeting)
		if _, err := c.Conn.Write(p[:k]); err != nil {
			return 0, err
		}
		c.greeting -= k
		p = p[k:]
	}
	for len(p) > 0 {
		switch {
		case c.bodyLeft > 0:
			k := int(min(uint64(len(p)), c.bodyLeft))
			if k >= bigCopy {
				if err := c.flush(); err != nil {
					return 0, err
				}
				if _, err := c.Conn.Write(p[:k]); err != nil {
					return 0, err
				}
			} else {
				c.buf = append(c.buf, p[:k]...)
			}
			p = p[k:]
			c.bodyLeft -= uint64(k)
			if c.bodyLeft == 0 {
				if err := c.frameDone(); err != nil {
					return 0, err
				}
			}
		case !c.inHeader:
			c.flags = p[0]
			c.inHeader, c.size, c.sizeLeft = true, 0, 1
			if c.flags&flagLong != 0 {
				c.sizeLeft = 8
			}
			c.buf = append(c.buf, p[0])
			p = p[1:]
		default:
			c.size = c.size<<8 | uint64(p[0])
			c.buf = append(c.buf, p[0])
			p = p[1:]
			if c.sizeLeft--; c.sizeLeft == 0 {
				c.inHeader, c.bodyLeft = false, c.size
				if c.bodyLeft == 0 {
					if err := c.frameDone(); err != nil {
						return 0, err
					}
				}
			}
		}
	}
	return n, nil
}

// frameDone ends a frame: after a message's last frame (or a command, which
// has no more flag either) the message is written.
func (c *Conn) frameDone() error {
	if c.flags&flagMore != 0 {
		return nil
	}
	return c.flush()
}

// flush writes what was gathered.
func (c *Conn) flush() error {
	if len(c.buf) == 0 {
		return nil
	}
	_, err := c.Conn.Write(c.buf)
	if cap(c.buf) > keepBuf {
		c.buf = nil
	} else {
		c.buf = c.buf[:0]
	}
	if err != nil {
		return fmt.Errorf("zmtpnet: %w", err)
	}
	return nil
}
