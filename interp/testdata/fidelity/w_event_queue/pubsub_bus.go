package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Message struct {
	Topic   string
	Payload map[string]any
}

type Handler func(Message) error

type Bus struct {
	subs    map[string][]namedHandler
	history []string
	errs    []error
}

type namedHandler struct {
	name string
	fn   Handler
}

var ErrRejected = errors.New("rejected")

type HandlerError struct {
	Handler string
	Topic   string
	Err     error
}

func (e HandlerError) Error() string {
	return fmt.Sprintf("%s on %s: %v", e.Handler, e.Topic, e.Err)
}
func (e HandlerError) Unwrap() error { return e.Err }

func NewBus() *Bus { return &Bus{subs: make(map[string][]namedHandler)} }

func (b *Bus) Subscribe(topic, name string, h Handler) {
	b.subs[topic] = append(b.subs[topic], namedHandler{name, h})
}

func (b *Bus) Publish(m Message) int {
	delivered := 0
	for _, pattern := range b.patterns() {
		if !match(pattern, m.Topic) {
			continue
		}
		for _, nh := range b.subs[pattern] {
			if err := nh.fn(m); err != nil {
				b.errs = append(b.errs, HandlerError{nh.name, m.Topic, err})
				continue
			}
			delivered++
			b.history = append(b.history, nh.name+"<-"+m.Topic)
		}
	}
	return delivered
}

func (b *Bus) patterns() []string {
	ps := make([]string, 0, len(b.subs))
	for p := range b.subs {
		ps = append(ps, p)
	}
	sort.Strings(ps)
	return ps
}

func match(pattern, topic string) bool {
	if prefix, ok := strings.CutSuffix(pattern, ".*"); ok {
		return strings.HasPrefix(topic, prefix+".")
	}
	return pattern == topic
}

func main() {
	bus := NewBus()
	totals := map[string]float64{}
	bus.Subscribe("order.*", "audit", func(m Message) error { return nil })
	bus.Subscribe("order.paid", "ledger", func(m Message) error {
		amt, ok := m.Payload["amount"].(float64)
		if !ok {
			return fmt.Errorf("amount %v (%T): %w", m.Payload["amount"], m.Payload["amount"], ErrRejected)
		}
		totals[m.Payload["customer"].(string)] += amt
		return nil
	})
	bus.Subscribe("user.created", "welcome", func(m Message) error {
		fmt.Printf("welcome %v\n", m.Payload["name"])
		return nil
	})
	msgs := []Message{
		{"order.paid", map[string]any{"customer": "ann", "amount": 12.5}},
		{"order.paid", map[string]any{"customer": "bob", "amount": "ten"}},
		{"user.created", map[string]any{"name": "cid"}},
		{"order.shipped", map[string]any{"id": 7}},
		{"order.paid", map[string]any{"customer": "ann", "amount": 7.25}},
	}
	for _, m := range msgs {
		fmt.Printf("%-14s -> %d %v\n", m.Topic, bus.Publish(m), m.Payload)
	}
	fmt.Println(strings.Join(bus.history, " "))
	fmt.Println(totals)
	for _, err := range bus.errs {
		var he HandlerError
		fmt.Println(err, errors.Is(err, ErrRejected), errors.As(err, &he), he.Handler)
		fmt.Printf("%+v\n", he)
	}
}
