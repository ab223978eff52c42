package zmtpnet

import (
	"errors"
	"net"
	"time"
)

// zmq4 accepts a connection and completes its handshake before it accepts
// the next, and the handshake waits for the peer without a deadline: one
// peer that connects and says nothing kept every later client out of the
// port. So connections are accepted here as soon as the system has them,
// each waits in a goroutine of its own for its peer's first bytes, and
// only then goes to zmq4; a handshake still not done at its deadline ends
// with the connection closed.
const (
	// handshakeTimeout bounds a peer's handshake, from its accept until
	// its READY has been read.
	handshakeTimeout = 10 * time.Second
	// maxWaiting bounds the connections waiting for their peer's first
	// bytes; more wait unaccepted, in the system's queue.
	maxWaiting = 128
)

// eagerListener accepts connections at once and hands those whose peer
// has spoken to zmq4's accept loop.
type eagerListener struct {
	net.Listener
	conns   chan *Conn
	closed  chan struct{} // closed when the listener is
	waiting chan struct{} // a slot per connection waiting for its peer
}

func newEagerListener(l net.Listener, cfg *config) *eagerListener {
	e := &eagerListener{
		Listener: l, conns: make(chan *Conn), closed: make(chan struct{}),
		waiting: make(chan struct{}, maxWaiting),
	}
	go e.serve(cfg, &identities{})
	return e
}

// serve accepts until the listener is closed; after another error (out of
// file descriptors, say) it goes on after a pause, as zmq4 does.
func (e *eagerListener) serve(cfg *config, ids *identities) {
	defer close(e.closed)
	for {
		e.waiting <- struct{}{}
		c, err := e.Listener.Accept()
		switch {
		case err == nil:
			go e.admit(wrap(c, cfg, ids))
		case errors.Is(err, net.ErrClosed):
			return
		default:
			<-e.waiting
			time.Sleep(10 * time.Millisecond)
		}
	}
}

// admit hands c to zmq4 once its peer has sent its first bytes, within
// the handshake's deadline; otherwise it closes c.
func (e *eagerListener) admit(c *Conn) {
	if c.cfg.subs != nil {
		c.watching = true
		c.cfg.subs.add(c)
	}
	c.Conn.SetReadDeadline(time.Now().Add(handshakeTimeout))
	_, err := c.r.Peek(1)
	<-e.waiting
	if err != nil {
		c.Close()
		return
	}
	select {
	case e.conns <- c:
	case <-e.closed:
		c.Close()
	}
}

// Accept returns the next connection, or net.ErrClosed once the listener
// is closed.
func (e *eagerListener) Accept() (net.Conn, error) {
	select {
	case c := <-e.conns:
		return c, nil
	case <-e.closed:
		return nil, net.ErrClosed
	}
}
