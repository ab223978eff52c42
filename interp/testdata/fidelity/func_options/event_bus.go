package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Topic   string
	Payload any
}

type Subscriber func(Event) error

type Bus struct {
	subs    map[string][]Subscriber
	history []string
}

func NewBus() *Bus { return &Bus{subs: map[string][]Subscriber{}} }

func (b *Bus) Subscribe(topic string, s Subscriber) func() {
	b.subs[topic] = append(b.subs[topic], s)
	idx := len(b.subs[topic]) - 1
	return func() {
		list := b.subs[topic]
		list[idx] = nil
	}
}

func (b *Bus) Publish(e Event) (delivered int, errs []error) {
	for _, topic := range []string{e.Topic, "*"} {
		for _, s := range b.subs[topic] {
			if s == nil {
				continue
			}
			if err := s(e); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", topic, err))
				continue
			}
			delivered++
		}
	}
	b.history = append(b.history, e.Topic)
	return
}

type Order struct {
	ID    int
	Total float64
}

func main() {
	bus := NewBus()
	totals := map[string]float64{}
	var audit []string
	bus.Subscribe("order.created", func(e Event) error {
		o, ok := e.Payload.(Order)
		if !ok {
			return fmt.Errorf("bad payload %T", e.Payload)
		}
		totals["created"] += o.Total
		return nil
	})
	unsub := bus.Subscribe("order.created", func(e Event) error {
		audit = append(audit, fmt.Sprintf("created %+v", e.Payload))
		return nil
	})
	bus.Subscribe("*", func(e Event) error {
		audit = append(audit, "any:"+e.Topic)
		return nil
	})
	bus.Subscribe("order.cancelled", func(e Event) error {
		if id, ok := e.Payload.(int); ok && id > 100 {
			return fmt.Errorf("unknown order %d", id)
		}
		totals["cancelled"]++
		return nil
	})

	events := []Event{
		{"order.created", Order{1, 19.99}},
		{"order.created", Order{2, 5.01}},
		{"order.cancelled", 1},
		{"order.created", "oops"},
		{"order.cancelled", 404},
	}
	for i, e := range events {
		if i == 2 {
			unsub()
		}
		n, errs := bus.Publish(e)
		fmt.Printf("%-16s delivered=%d errors=%v\n", e.Topic, n, errs)
	}
	keys := make([]string, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%.2f\n", k, totals[k])
	}
	fmt.Println(strings.Join(audit, "; "))
	fmt.Println(bus.history)
}
