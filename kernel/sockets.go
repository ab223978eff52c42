package kernel

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gopad/gopad/kernel/wire"
	"github.com/gopad/gopad/kernel/zmtpnet"
)

// Send timeouts. zmq4 blocks a send for the socket timeout when no peer is
// connected (5 minutes by default). A reply waits longer for a slow client
// than iopub does for a slow subscriber, which ZeroMQ may drop anyway.
const (
	routerSendTimeout = 10 * time.Second
	pubSendTimeout    = 2 * time.Second
)

// outgoing is a message waiting to be sent by a socket's owner goroutine.
type outgoing struct {
	msg   *wire.Message
	topic []byte // iopub only
}

// channel is one ZeroMQ socket with the goroutine that owns its sends.
// Messages are received by a separate reader goroutine, since zmq4's Recv
// blocks; only the owner calls Send.
type channel struct {
	name  string
	sock  zmq4.Socket
	codec *wire.Codec
	log   *slog.Logger
	out   chan outgoing
}

func newChannel(ctx context.Context, name string, sock zmq4.Socket, codec *wire.Codec, log *slog.Logger) *channel {
	return &channel{name: name, sock: sock, codec: codec, log: log, out: make(chan outgoing, 1024)}
}

// send queues m for sending. It does not wait for the send, but it yields
// the processor: the owner goroutine, and then zmq4's writer goroutine, run
// at once and put m on the wire. Otherwise they ran only when the sender
// blocked or another thread woke to take them: the shell goroutine's busy
// status waited for it to hand the cell to the session, 50-100 µs, while
// the client sat idle.
func (c *channel) send(m *wire.Message) {
	c.out <- outgoing{msg: m}
	runtime.Gosched()
}

// sendTopic queues m with an iopub topic frame, as send does.
func (c *channel) sendTopic(topic string, m *wire.Message) {
	c.out <- outgoing{msg: m, topic: []byte(topic)}
	runtime.Gosched()
}

// serveSends is the owner loop: it encodes and sends queued messages until
// ctx is done and the queue is drained.
func (c *channel) serveSends(ctx context.Context) {
	for {
		select {
		case o := <-c.out:
			c.write(o)
		case <-ctx.Done():
			for {
				select {
				case o := <-c.out:
					c.write(o)
				default:
					return
				}
			}
		}
	}
}

func (c *channel) write(o outgoing) {
	frames, err := c.codec.Encode(o.msg)
	if err != nil {
		c.log.Error("encoding message", "channel", c.name, "msg_type", o.msg.Header.MsgType, "err", err)
		return
	}
	if o.topic != nil {
		frames = append([][]byte{o.topic}, frames...)
	}
	if err := c.sock.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		c.log.Warn("sending message", "channel", c.name, "msg_type", o.msg.Header.MsgType, "err", err)
	}
}

// serveRecvs reads messages, decodes them and passes valid ones to handle.
// Invalid messages are logged with the reason and dropped.
func (c *channel) serveRecvs(ctx context.Context, handle func(*wire.Message)) {
	for {
		zm, err := c.sock.Recv()
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, context.Canceled) {
				return
			}
			c.log.Warn("receiving message", "channel", c.name, "err", err)
			// Avoid a hot loop on a persistent error.
			select {
			case <-ctx.Done():
				return
			case <-time.After(10 * time.Millisecond):
			}
			continue
		}
		m, err := c.codec.Decode(zm.Frames)
		if err != nil {
			c.log.Warn("dropping invalid message", "channel", c.name, "reason", err, "frames", len(zm.Frames))
			continue
		}
		handle(m)
	}
}

// listen creates a socket of the given type and binds it through tr,
// zmtpnet's transport (see package zmtpnet: a reply leaves in one write
// instead of two a frame, and peers' frames are checked against the
// limits before they are read).
func listen(ctx context.Context, tr zmtpnet.Transport, kind zmq4.SocketType, endpoint string) (zmq4.Socket, error) {
	var s zmq4.Socket
	switch kind {
	case zmq4.Router:
		s = zmq4.NewRouter(ctx, zmq4.WithTimeout(routerSendTimeout))
	case zmq4.Pub:
		s = zmq4.NewPub(ctx, zmq4.WithTimeout(pubSendTimeout))
	case zmq4.Rep:
		s = zmq4.NewRep(ctx, zmq4.WithTimeout(pubSendTimeout))
	default:
		return nil, fmt.Errorf("unsupported socket type %v", kind)
	}
	if err := s.Listen(tr.Endpoint(endpoint)); err != nil {
		s.Close()
		return nil, fmt.Errorf("binding %s: %w", endpoint, err)
	}
	return s, nil
}
