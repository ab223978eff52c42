package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Topic   string
	Payload map[string]any
}

type Handler func(Event) error

type Bus struct {
	handlers map[string][]Handler
	names    map[string][]string
	log      []string
}

func NewBus() *Bus {
	return &Bus{handlers: map[string][]Handler{}, names: map[string][]string{}}
}

func (b *Bus) Subscribe(topic, name string, h Handler) func() {
	b.handlers[topic] = append(b.handlers[topic], h)
	b.names[topic] = append(b.names[topic], name)
	idx := len(b.handlers[topic]) - 1
	return func() {
		b.handlers[topic][idx] = nil
		b.log = append(b.log, "unsubscribed "+name)
	}
}

func (b *Bus) Publish(topic string, payload map[string]any) (delivered int, errs []error) {
	ev := Event{topic, payload}
	for i, h := range b.handlers[topic] {
		if h == nil {
			continue
		}
		if err := h(ev); err != nil {
			errs = append(errs, fmt.Errorf("%s/%s: %w", topic, b.names[topic][i], err))
			continue
		}
		delivered++
	}
	for i, h := range b.handlers["*"] {
		if h != nil && h(ev) == nil {
			delivered++
		} else if h != nil {
			errs = append(errs, fmt.Errorf("*/%s failed", b.names["*"][i]))
		}
	}
	return
}

func main() {
	bus := NewBus()
	totals := map[string]float64{}
	var audit []string

	bus.Subscribe("order.created", "billing", func(e Event) error {
		amt, ok := e.Payload["amount"].(float64)
		if !ok {
			return fmt.Errorf("amount missing")
		}
		totals[e.Payload["customer"].(string)] += amt
		return nil
	})
	unsub := bus.Subscribe("order.created", "email", func(e Event) error {
		fmt.Printf("  email: thanks %v for order %v\n", e.Payload["customer"], e.Payload["id"])
		return nil
	})
	bus.Subscribe("*", "audit", func(e Event) error {
		keys := make([]string, 0, len(e.Payload))
		for k := range e.Payload {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		audit = append(audit, e.Topic+"("+strings.Join(keys, ",")+")")
		return nil
	})

	orders := []map[string]any{
		{"id": 1, "customer": "ann", "amount": 19.5},
		{"id": 2, "customer": "bob", "amount": 5.25},
		{"id": 3, "customer": "ann"},
		{"id": 4, "customer": "ann", "amount": 0.5},
	}
	for i, o := range orders {
		if i == 2 {
			unsub()
		}
		n, errs := bus.Publish("order.created", o)
		fmt.Printf("order %v: delivered to %d, errors %v\n", o["id"], n, errs)
	}
	n, _ := bus.Publish("user.deleted", map[string]any{"user": "cy"})
	fmt.Println("user.deleted delivered to", n)
	fmt.Printf("ann=%.2f bob=%.2f\n", totals["ann"], totals["bob"])
	fmt.Println(strings.Join(audit, "\n"))
	fmt.Println(bus.log)
}
