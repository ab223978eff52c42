package zmtpnet

import (
	"context"
	"sync"
	"time"
)

// Subscribers follows the connections of a PUB socket's listener from the
// moment the system accepts them until their first subscription is read,
// so that a publisher can wait for new subscribers before it publishes.
//
// A Jupyter client connects its iopub SUB and its shell DEALER together and
// sends a request at once; the request's status messages are lost if they
// are published before the SUB's subscription has arrived, and a client
// that waits for them (JupyterLab's kernel.info waits for the idle status)
// waits for ever. libzmq's PUB registers a subscription in its I/O thread
// as soon as it arrives; zmq4 accepts a connection, then completes its
// handshake, then reads the subscription, each in a goroutine of its own,
// while the shell's request travels the same path on another socket: the
// request often won. Publish after Settle and it cannot.
type Subscribers struct {
	mu      sync.Mutex
	pending map[*Conn]time.Time // accepted, not yet subscribed: since when
	last    time.Time           // when the latest connection was accepted
	changed chan struct{}       // closed and replaced on every change
}

// NewSubscribers returns an empty tracker for Options.Subscribers.
func NewSubscribers() *Subscribers {
	return &Subscribers{pending: map[*Conn]time.Time{}, changed: make(chan struct{})}
}

// Settle waits until no connection accepted less than hold ago still waits
// for its first subscription; a peer that never subscribes (it is not a
// SUB, or it is stuck) is waited for until hold after its accept. With a
// since that is not zero, it first waits up to grace for a connection
// accepted at or after since, if there is none yet: a client's new shell
// connection can overtake its iopub connection. It returns early when ctx
// is done.
func (s *Subscribers) Settle(ctx context.Context, since time.Time, grace, hold time.Duration) {
	start := time.Now()
	for {
		wait, changed := s.waitFor(start, since, grace, hold)
		if wait <= 0 {
			return
		}
		t := time.NewTimer(wait)
		select {
		case <-changed:
		case <-t.C:
		case <-ctx.Done():
		}
		t.Stop()
		if ctx.Err() != nil {
			return
		}
	}
}

// waitFor returns how long Settle has still to wait at most (nothing if
// not positive), and the channel that says when that may have changed.
func (s *Subscribers) waitFor(start, since time.Time, grace, hold time.Duration) (time.Duration, <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var wait time.Duration
	if !since.IsZero() && s.last.Before(since) {
		wait = grace - time.Since(start)
	}
	for _, at := range s.pending {
		wait = max(wait, hold-time.Since(at))
	}
	return wait, s.changed
}

// subscription reports whether a frame's header and first body byte (b)
// begin a ZMTP 3.0 subscription: a message of one frame whose body starts
// with 1.
func subscription(flags byte, size uint64, b []byte) bool {
	return flags&(flagCommand|flagMore) == 0 && size > 0 && b[len(b)-1] == 1
}

// add starts following c.
func (s *Subscribers) add(c *Conn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.last = time.Now()
	s.pending[c] = s.last
	s.notify()
}

// done stops following c: it subscribed, or it is closed.
func (s *Subscribers) done(c *Conn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.pending[c]; !ok {
		return
	}
	delete(s.pending, c)
	s.notify()
}

// notify wakes the waiting Settles; s.mu is held.
func (s *Subscribers) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}
