package kernel

import (
	"context"
	"sync"
	"time"

	"github.com/gopad/gopad/kernel/wire"
)

// A client connects its iopub SUB and its shell DEALER together and sends
// its first request at once, then waits for the request's status messages
// on iopub (JupyterLab's kernel.info waits for the idle status, for ever).
// Published before the SUB's subscription arrived, they are lost. So
// before a request's busy status the kernel waits for the iopub
// connections that have arrived to subscribe and, on a client's first
// request, briefly for its iopub connection to arrive at all.
const (
	// settleHold bounds the wait for one iopub connection to subscribe,
	// from its accept: a peer that never subscribes holds requests up to
	// this long, once.
	settleHold = 2 * time.Second
	// settleGrace bounds the wait, on a new peer's first request, for an
	// iopub connection: a client without one (a shell connection alone)
	// pays it once.
	settleGrace = 200 * time.Millisecond
	// companionAge: an iopub connection accepted up to this long before a
	// new peer's first request arrived is taken to be its client's.
	companionAge = 100 * time.Millisecond
)

// settle waits, before m's busy status is published, until the iopub
// connections that have just arrived have subscribed (see above).
func (k *Kernel) settle(ctx context.Context, m *wire.Message) {
	var since time.Time
	if len(m.Identities) > 0 {
		if at, ok := k.peers.settle(m.Identities[0]); ok {
			since = at.Add(-companionAge)
		}
	}
	k.subs.Settle(ctx, since, settleGrace, settleHold)
}

// peers remembers the routing identities of the shell and control peers,
// from their first request. It forgets them all when it holds too many: a
// peer taken for new again waits settleGrace at most.
type peers struct {
	mu   sync.Mutex
	seen map[string]peer
}

type peer struct {
	first   time.Time // when its first request arrived
	settled bool      // a request of its has been through settle
}

const maxPeers = 4096

// arrived notes that a request from m's peer arrived, now.
func (p *peers) arrived(m *wire.Message) {
	if len(m.Identities) == 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.note(string(m.Identities[0]))
}

// settle returns when the peer's first request arrived, if no request of
// its has been through settle before, and marks it settled.
func (p *peers) settle(id []byte) (time.Time, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	pr := p.note(string(id))
	if pr.settled {
		return time.Time{}, false
	}
	pr.settled = true
	p.seen[string(id)] = pr
	return pr.first, true
}

// note returns what is known of peer id, remembering it from now if it is
// new; p.mu is held.
func (p *peers) note(id string) peer {
	if pr, ok := p.seen[id]; ok {
		return pr
	}
	if p.seen == nil || len(p.seen) >= maxPeers {
		p.seen = map[string]peer{}
	}
	pr := peer{first: time.Now()}
	p.seen[id] = pr
	return pr
}
