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
	"log/slog"
	"net"
	"net/netip"
	"sync"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/transport"
)

// Schemes of the endpoints this transport serves.
const (
	TCP = "gopad+tcp"
	IPC = "gopad+ipc"
)

// Options configure a transport's connections.
type Options struct {
	// Limits bound what peers may send; zero fields take the defaults.
	Limits Limits
	// Logger receives a warning for each connection closed because of what
	// its peer sent; nil means slog.Default().
	Logger *slog.Logger
	// Subscribers, if set, follows every connection accepted until its
	// first subscription: set it for a PUB socket's transport.
	Subscribers *Subscribers
}

// config is what the connections of one registered transport share.
type config struct {
	limits Limits
	log    *slog.Logger
	subs   *Subscribers
}

// Transport is a registered pair of schemes (TCP and IPC) whose
// connections share one set of Options.
type Transport struct{ tcp, ipc string }

// registry remembers the schemes registered with zmq4 (whose transport
// table is process-wide) by their options, so that each set of options is
// registered once.
var registry struct {
	sync.Mutex
	byOpts map[Options]Transport
}

// Register registers the transport's schemes with zmq4, with the default
// options. It may be called any number of times.
func Register() error {
	_, err := New(Options{})
	return err
}

// New returns the transport for opts, registering its schemes with zmq4 the
// first time: TCP and IPC for the default options, numbered schemes
// ("gopad1+tcp") for others. It may be called any number of times.
func New(opts Options) (Transport, error) {
	registry.Lock()
	defer registry.Unlock()
	if t, ok := registry.byOpts[opts]; ok {
		return t, nil
	}
	t := Transport{tcp: TCP, ipc: IPC}
	if n := len(registry.byOpts); opts != (Options{}) {
		t = Transport{tcp: fmt.Sprintf("gopad%d+tcp", n+1), ipc: fmt.Sprintf("gopad%d+ipc", n+1)}
	}
	cfg := &config{limits: opts.Limits.withDefaults(), log: opts.Logger, subs: opts.Subscribers}
	err := errors.Join(
		zmq4.RegisterTransport(t.tcp, netTransport{network: "tcp", inner: transport.New("tcp"), cfg: cfg}),
		zmq4.RegisterTransport(t.ipc, netTransport{network: "unix", inner: transport.New("unix"), cfg: cfg}),
	)
	if err != nil {
		return Transport{}, err
	}
	if registry.byOpts == nil {
		registry.byOpts = map[Options]Transport{}
	}
	registry.byOpts[opts] = t
	return t, nil
}

// Endpoint returns endpoint (tcp://... or ipc://...) with the default
// transport's scheme, or endpoint unchanged if it names another transport.
func Endpoint(endpoint string) string {
	return Transport{tcp: TCP, ipc: IPC}.Endpoint(endpoint)
}

// Endpoint returns endpoint (tcp://... or ipc://...) with t's scheme, or
// endpoint unchanged if it names another transport.
func (t Transport) Endpoint(endpoint string) string {
	for _, s := range [...]struct{ from, to string }{{"tcp://", t.tcp + "://"}, {"ipc://", t.ipc + "://"}} {
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
	cfg     *config
}

func (t netTransport) Dial(ctx context.Context, d transport.Dialer, addr string) (net.Conn, error) {
	c, err := d.DialContext(ctx, t.network, addr)
	if err != nil {
		return nil, err
	}
	return wrap(c, t.cfg, nil), nil
}

// Listen listens on addr. A TCP address with an IPv4 literal is bound with
// tcp4 and an IPv6 literal with tcp6, so that 0.0.0.0 means every IPv4
// address and not every address (Go binds "tcp" on 0.0.0.0 to IPv6's ::
// too, dual-stack).
func (t netTransport) Listen(ctx context.Context, addr string) (net.Listener, error) {
	l, err := net.Listen(listenNetwork(t.network, addr), addr)
	if err != nil {
		return nil, err
	}
	return newEagerListener(l, t.cfg), nil
}

// listenNetwork returns the network that binds exactly addr.
func listenNetwork(network, addr string) string {
	if network != "tcp" {
		return network
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return network
	}
	ip, err := netip.ParseAddr(host)
	switch {
	case err != nil:
		return network // a host name: Go resolves it
	case ip.Is4() || ip.Is4In6():
		return "tcp4"
	default:
		return "tcp6"
	}
}

func (t netTransport) Addr(ep string) (string, error) { return t.inner.Addr(ep) }

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

// Conn is a ZMTP connection's net.Conn with buffered reads, checked by
// frame, and writes gathered by message. Writes are safe for concurrent
// use, though ZMTP needs a message's frames written in order by one writer.
type Conn struct {
	net.Conn
	r   *bufio.Reader
	cfg *config
	ids *identities // of the listener that accepted it; nil if dialed

	// Read side (see Read), used by the connection's one reader.
	rgreeting int    // greeting bytes still to pass through
	rhead     int    // header bytes of the current frame still to pass
	rbody     uint64 // body bytes of the current frame still to pass
	rmsg      uint64 // body bytes of the current message's earlier frames
	rerr      error  // the error that ended reading
	ready     bool   // the peer's READY was seen
	identity  string // the identity claimed in ids; guarded by ids.mu
	watching  bool   // followed by cfg.subs until its first subscription
	subFrame  bool   // the frame being passed is that subscription

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

// Wrap returns c with buffered reads, checked with the default limits, and
// writes gathered by ZMTP message. c must be at the start of a ZMTP
// connection.
func Wrap(c net.Conn) *Conn {
	return wrap(c, &config{limits: Limits{}.withDefaults()}, nil)
}

func wrap(c net.Conn, cfg *config, ids *identities) *Conn {
	return &Conn{
		Conn: c, r: bufio.NewReaderSize(c, readBuf), cfg: cfg, ids: ids,
		greeting: greetingLen, rgreeting: greetingLen,
	}
}

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
