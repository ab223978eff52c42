package zmtpnet

import (
	"encoding/binary"
	"errors"
	"log/slog"
	"sync"
	"time"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// flagCommand marks a ZMTP command frame (READY, PING, ERROR, ...).
const flagCommand = 0x04

// Errors of a read that closed the connection (besides *LimitError).
var (
	ErrIdentityInUse = errors.New("zmtpnet: routing identity already in use")
	ErrBadReady      = errors.New("zmtpnet: malformed READY command")
)

// Read reads from the buffer, which reads from the connection as much as
// it holds. Each frame's header is checked before its first byte is
// returned: a frame over the limits, a malformed READY command or a
// routing identity already in use on the listener closes the connection
// (with a logged warning), and Read returns the error then and after.
// Read is called by zmq4's one reader of the connection only.
func (c *Conn) Read(p []byte) (int, error) {
	if c.rerr != nil {
		return 0, c.rerr
	}
	if len(p) == 0 {
		return 0, nil
	}
	if c.rgreeting == 0 && c.rhead == 0 && c.rbody == 0 {
		if c.subFrame {
			// zmq4 asks for more only once it has taken the
			// subscription: the subscriber is registered.
			c.subFrame, c.watching = false, false
			c.cfg.subs.done(c)
		}
		if err := c.nextFrame(); err != nil {
			c.rerr = err
			c.release()
			return 0, err
		}
	}
	var n int
	var err error
	if c.rgreeting > 0 {
		n, err = c.r.Read(p[:min(len(p), c.rgreeting)])
		c.rgreeting -= n
	} else {
		n, err = c.r.Read(p[:min(uint64(len(p)), uint64(c.rhead)+c.rbody)])
		h := min(n, c.rhead)
		c.rhead -= h
		c.rbody -= uint64(n - h)
	}
	if err != nil {
		c.release()
	}
	return n, err
}

// nextFrame reads the next frame's header ahead and checks it.
func (c *Conn) nextFrame() error {
	b, err := c.r.Peek(1)
	if err != nil {
		return err
	}
	hlen := 2
	if b[0]&flagLong != 0 {
		hlen = 9
	}
	if b, err = c.r.Peek(hlen); err != nil {
		return err
	}
	flags, size := b[0], uint64(b[1])
	if hlen == 9 {
		size = binary.BigEndian.Uint64(b[1:])
	}
	if err := c.checkFrame(flags, size, hlen); err != nil {
		return c.refuse(err)
	}
	if c.watching && flags&flagCommand == 0 && size > 0 {
		if b, err = c.r.Peek(hlen + 1); err != nil {
			return err
		}
		c.subFrame = subscription(flags, size, b)
	}
	c.rhead, c.rbody = hlen, size
	return nil
}

// checkFrame checks a frame's header against the limits; a command is
// read ahead whole and checked too.
func (c *Conn) checkFrame(flags byte, size uint64, hlen int) error {
	lim := c.cfg.limits
	if flags&flagCommand != 0 {
		if most := maxCommand - hlen; size > uint64(most) {
			return &LimitError{What: "command", Size: size, Limit: int64(most)}
		}
		b, err := c.r.Peek(hlen + int(size))
		if err != nil {
			return err
		}
		return c.checkCommand(b[hlen:])
	}
	if size > uint64(lim.Frame) {
		return &LimitError{What: "frame", Size: size, Limit: lim.Frame}
	}
	if c.rmsg+size > uint64(lim.Message) {
		return &LimitError{What: "message", Size: c.rmsg + size, Limit: lim.Message}
	}
	if flags&flagMore != 0 {
		c.rmsg += size
	} else {
		c.rmsg = 0
	}
	return nil
}

// checkCommand checks a READY command's metadata and claims the peer's
// routing identity. zmq4 reads READY without checking it: a length that
// runs past the end, or a missing or unknown socket type, panics in the
// goroutine that accepts connections, and the process dies.
func (c *Conn) checkCommand(body []byte) error {
	if len(body) == 0 {
		return nil
	}
	n := int(body[0]) // (1+body[0] in bytes wraps to 0 for a name of 255)
	if n > len(body)-1 || string(body[1:1+n]) != "READY" {
		return nil // zmq4 refuses what is not a command, or not READY
	}
	props, ok := readyProps(body[1+n:])
	if !ok || !socketTypes[props["Socket-Type"]] {
		return ErrBadReady
	}
	if c.ready {
		return nil
	}
	c.ready = true
	c.Conn.SetReadDeadline(time.Time{}) // the handshake is done
	id := props["Identity"]
	switch props["Socket-Type"] {
	case "DEALER", "REQ", "ROUTER": // peers routed by their identity
	default:
		return nil
	}
	if c.ids == nil || id == "" {
		return nil
	}
	if !c.ids.claim(id, c) {
		return ErrIdentityInUse
	}
	return nil
}

// socketTypes are the socket types zmq4 knows.
var socketTypes = map[string]bool{
	"PAIR": true, "PUB": true, "SUB": true, "REQ": true, "REP": true, "DEALER": true,
	"ROUTER": true, "PULL": true, "PUSH": true, "XPUB": true, "XSUB": true,
}

// readyProps parses READY's metadata: properties of a name (a length byte
// and the name) and a value (a 4-byte length and the value). Names are
// title-cased as zmq4 reads them, and the last of a name wins, as in zmq4.
// It reports false if a length runs past the end.
func readyProps(b []byte) (map[string]string, bool) {
	props := map[string]string{}
	title := cases.Title(language.Und, cases.NoLower)
	for len(b) > 0 {
		k := int(b[0])
		if len(b) < 1+k+4 {
			return nil, false
		}
		name := title.String(string(b[1 : 1+k]))
		b = b[1+k:]
		v := binary.BigEndian.Uint32(b)
		b = b[4:]
		if uint64(v) > uint64(len(b)) {
			return nil, false
		}
		props[name] = string(b[:v])
		b = b[v:]
	}
	return props, true
}

// refuse closes the connection because of err, with a logged warning, and
// returns err.
func (c *Conn) refuse(err error) error {
	var reason string
	attrs := []any{"remote", c.RemoteAddr().String(), "local", c.LocalAddr().String()}
	var le *LimitError
	switch {
	case errors.As(err, &le):
		reason = le.What + " over the limit"
		attrs = append(attrs, "size", le.Size, "limit", le.Limit)
	case errors.Is(err, ErrIdentityInUse):
		reason = "routing identity already in use"
	case errors.Is(err, ErrBadReady):
		reason = "malformed READY command"
	default:
		return err // the peer's reading error, not a refusal
	}
	c.cfg.logger().Warn("closing a ZeroMQ connection: "+reason, attrs...)
	c.Conn.Close()
	return err
}

// Close releases the connection's routing identity and closes it.
func (c *Conn) Close() error {
	c.release()
	return c.Conn.Close()
}

// release gives the connection's routing identity back to its listener,
// and ends its following by Subscribers.
func (c *Conn) release() {
	if c.ids != nil {
		c.ids.release(c)
	}
	if c.cfg.subs != nil {
		c.cfg.subs.done(c)
	}
}

// identities are the routing identities of a listener's connections. Like
// libzmq's ROUTER without ZMQ_ROUTER_HANDOVER, a listener refuses a second
// connection with an identity in use, so that nobody can take a client's
// identity and receive its replies; the identity is free again once the
// first connection is closed.
type identities struct {
	mu    sync.Mutex
	conns map[string]*Conn // also guards each Conn's identity field
}

func (ids *identities) claim(id string, c *Conn) bool {
	ids.mu.Lock()
	defer ids.mu.Unlock()
	if _, taken := ids.conns[id]; taken {
		return false
	}
	if ids.conns == nil {
		ids.conns = map[string]*Conn{}
	}
	ids.conns[id] = c
	c.identity = id
	return true
}

func (ids *identities) release(c *Conn) {
	ids.mu.Lock()
	defer ids.mu.Unlock()
	if c.identity != "" && ids.conns[c.identity] == c {
		delete(ids.conns, c.identity)
	}
}

// logger returns where refusals are logged.
func (cfg *config) logger() *slog.Logger {
	if cfg.log != nil {
		return cfg.log
	}
	return slog.Default()
}
