package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler[E any] func(E) error

type Bus[E any] struct {
	subs   map[string][]Handler[E]
	log    []string
	failed int
}

func NewBus[E any]() *Bus[E] {
	return &Bus[E]{subs: make(map[string][]Handler[E])}
}

func (b *Bus[E]) Subscribe(topic string, h Handler[E]) func() {
	b.subs[topic] = append(b.subs[topic], h)
	idx := len(b.subs[topic]) - 1
	return func() {
		b.subs[topic][idx] = nil
	}
}

func (b *Bus[E]) Publish(topic string, ev E) int {
	delivered := 0
	for _, h := range b.subs[topic] {
		if h == nil {
			continue
		}
		if err := h(ev); err != nil {
			b.failed++
			b.log = append(b.log, fmt.Sprintf("%s: %v", topic, err))
			continue
		}
		delivered++
	}
	return delivered
}

func (b *Bus[E]) Topics() []string {
	var ts []string
	for t := range b.subs {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

type OrderEvent struct {
	ID     int
	Amount float64
	Email  string
}

type Stats struct {
	count int
	sum   float64
}

func (s *Stats) Record(e OrderEvent) error {
	s.count++
	s.sum += e.Amount
	return nil
}

func main() {
	bus := NewBus[OrderEvent]()
	stats := &Stats{}
	bus.Subscribe("order.created", stats.Record)
	bus.Subscribe("order.created", func(e OrderEvent) error {
		if !strings.Contains(e.Email, "@") {
			return fmt.Errorf("order %d: bad email %q", e.ID, e.Email)
		}
		fmt.Printf("mail to %s: order %d confirmed (%.2f)\n", e.Email, e.ID, e.Amount)
		return nil
	})
	unsub := bus.Subscribe("order.cancelled", func(e OrderEvent) error {
		fmt.Println("refund", e.ID)
		return nil
	})

	orders := []OrderEvent{{1, 30, "a@x.io"}, {2, 12.5, "nobody"}, {3, 99.99, "c@y.org"}}
	for _, o := range orders {
		n := bus.Publish("order.created", o)
		fmt.Println("delivered to", n)
	}
	fmt.Println("cancel delivered:", bus.Publish("order.cancelled", orders[0]))
	unsub()
	fmt.Println("cancel after unsub:", bus.Publish("order.cancelled", orders[1]))
	fmt.Println("unknown topic:", bus.Publish("order.shipped", orders[2]))

	fmt.Printf("stats: %d orders, %.2f total\n", stats.count, stats.sum)
	fmt.Println("topics:", bus.Topics())
	fmt.Println("failures:", bus.failed)
	for _, l := range bus.log {
		fmt.Println(" -", l)
	}

	strBus := NewBus[string]()
	var got []string
	strBus.Subscribe("echo", func(s string) error { got = append(got, s); return nil })
	strBus.Subscribe("echo", func(s string) error { got = append(got, strings.ToUpper(s)); return nil })
	strBus.Publish("echo", "hi")
	strBus.Publish("echo", "bye")
	fmt.Println(got)
}
