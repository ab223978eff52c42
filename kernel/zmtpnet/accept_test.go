package zmtpnet

import (
	"context"
	"fmt"
	"net"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

// TestSilentPeerDoesNotBlockOthers: a peer that connects and says nothing
// does not keep a client out; one that stops in the middle of its greeting
// keeps others waiting until its handshake's deadline, no longer.
func TestSilentPeerDoesNotBlockOthers(t *testing.T) {
	for _, tc := range []struct {
		name  string
		first []byte
		wait  time.Duration
	}{
		{"silent", nil, 5 * time.Second},
		{"half a greeting", greeting()[:10], handshakeTimeout + 10*time.Second},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := router(t, Options{}, "tcp://127.0.0.1:0")
			c, err := net.Dial("tcp", s.Addr().String())
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			c.Write(tc.first)
			time.Sleep(100 * time.Millisecond) // the peer is accepted first
			if err := clientSends(s, tc.wait); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// clientSends connects a DEALER to s and sends a message, which s must
// receive within wait.
func clientSends(s zmq4.Socket, wait time.Duration) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	d := zmq4.NewDealer(ctx, zmq4.WithID(zmq4.SocketIdentity("client")), zmq4.WithTimeout(wait))
	defer d.Close()
	got := make(chan zmq4.Msg, 1)
	go func() {
		if m, err := s.Recv(); err == nil {
			got <- m
		}
	}()
	sent := make(chan error, 1)
	go func() {
		err := d.Dial("tcp://" + s.Addr().String())
		if err == nil {
			err = d.Send(zmq4.NewMsgString("hello"))
		}
		sent <- err
	}()
	timeout := time.After(wait)
	select {
	case err := <-sent:
		if err != nil {
			return fmt.Errorf("client: %w", err)
		}
	case <-timeout:
		return fmt.Errorf("the client could not connect within %v", wait)
	}
	select {
	case m := <-got:
		if string(m.Frames[len(m.Frames)-1]) != "hello" {
			return fmt.Errorf("received %q", m.Frames)
		}
		return nil
	case <-timeout:
		return fmt.Errorf("the client's message did not arrive within %v", wait)
	}
}
