package zmtpnet

import (
	"context"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

// pub listens on a PUB socket whose transport follows subscribers.
func pub(t *testing.T, subs *Subscribers) zmq4.Socket {
	t.Helper()
	tr, err := New(Options{Subscribers: subs})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := zmq4.NewPub(ctx, zmq4.WithTimeout(5*time.Second))
	if err := s.Listen(tr.Endpoint("tcp://127.0.0.1:0")); err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close(); cancel() })
	return s
}

// TestSettleWaitsForTheSubscription: Settle returns once a connected SUB
// has subscribed, and what is published then reaches it.
func TestSettleWaitsForTheSubscription(t *testing.T) {
	subs := NewSubscribers()
	p := pub(t, subs)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sub := zmq4.NewSub(ctx, zmq4.WithTimeout(5*time.Second))
	defer sub.Close()
	if err := sub.Dial("tcp://" + p.Addr().String()); err != nil {
		t.Fatal(err)
	}
	settled := make(chan struct{})
	go func() {
		subs.Settle(ctx, time.Time{}, 0, time.Minute)
		close(settled)
	}()
	select {
	case <-settled:
		t.Fatal("Settle returned before the connected SUB subscribed")
	case <-time.After(300 * time.Millisecond):
	}
	if err := sub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	select {
	case <-settled:
	case <-time.After(10 * time.Second):
		t.Fatal("Settle did not return after the subscription")
	}
	if err := p.Send(zmq4.NewMsgString("news")); err != nil {
		t.Fatal(err)
	}
	got := make(chan string, 1)
	go func() {
		if m, err := sub.Recv(); err == nil {
			got <- string(m.Frames[0])
		}
	}()
	select {
	case s := <-got:
		if s != "news" {
			t.Errorf("received %q", s)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the message published after Settle was lost")
	}
}

// TestSettleWaitsForANewConnection: with a since, Settle waits (up to
// its grace) for a connection accepted after since, then for its
// subscription.
func TestSettleWaitsForANewConnection(t *testing.T) {
	subs := NewSubscribers()
	p := pub(t, subs)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	settled := make(chan struct{})
	go func() {
		subs.Settle(ctx, time.Now(), time.Minute, time.Minute)
		close(settled)
	}()
	select {
	case <-settled:
		t.Fatal("Settle returned with no connection since")
	case <-time.After(300 * time.Millisecond):
	}
	sub := zmq4.NewSub(ctx, zmq4.WithTimeout(5*time.Second))
	defer sub.Close()
	if err := sub.Dial("tcp://" + p.Addr().String()); err != nil {
		t.Fatal(err)
	}
	if err := sub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	select {
	case <-settled:
	case <-time.After(10 * time.Second):
		t.Fatal("Settle did not return after a new SUB subscribed")
	}
	// Without a new connection, the grace is all it waits.
	done := make(chan struct{})
	go func() {
		subs.Settle(ctx, time.Now(), 50*time.Millisecond, time.Minute)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Settle waited past its grace")
	}
}
