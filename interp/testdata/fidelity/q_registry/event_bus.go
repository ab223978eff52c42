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

type Handler func(Event)

type subscription struct {
	id int
	fn Handler
}

type Bus struct {
	next int
	subs map[string][]subscription
	log  []string
}

func NewBus() *Bus { return &Bus{subs: make(map[string][]subscription)} }

func (b *Bus) Subscribe(topic string, fn Handler) (unsubscribe func()) {
	b.next++
	id := b.next
	b.subs[topic] = append(b.subs[topic], subscription{id, fn})
	return func() {
		list := b.subs[topic]
		for i, s := range list {
			if s.id == id {
				b.subs[topic] = append(list[:i], list[i+1:]...)
				break
			}
		}
		if len(b.subs[topic]) == 0 {
			delete(b.subs, topic)
		}
	}
}

func (b *Bus) Publish(topic string, payload any) int {
	n := 0
	for _, s := range b.subs[topic] {
		s.fn(Event{topic, payload})
		n++
	}
	for _, s := range b.subs["*"] {
		s.fn(Event{topic, payload})
		n++
	}
	return n
}

func (b *Bus) Topics() []string {
	var ts []string
	for t := range b.subs {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

type Counter struct {
	counts map[string]int
}

func (c *Counter) Handle(e Event) { c.counts[e.Topic]++ }

func main() {
	bus := NewBus()
	var audit []string
	bus.Subscribe("*", func(e Event) {
		audit = append(audit, fmt.Sprintf("%s:%v", e.Topic, e.Payload))
	})
	c := &Counter{counts: map[string]int{}}
	unsubC := bus.Subscribe("order", c.Handle)
	total := 0.0
	bus.Subscribe("order", func(e Event) {
		if amt, ok := e.Payload.(float64); ok {
			total += amt
		}
	})
	bus.Subscribe("user", func(e Event) {
		name := e.Payload.(string)
		fmt.Println("welcome,", strings.ToUpper(name[:1])+name[1:])
	})
	fmt.Println(bus.Topics())
	fmt.Println(bus.Publish("order", 12.5))
	fmt.Println(bus.Publish("order", 7.25))
	fmt.Println(bus.Publish("user", "alice"))
	unsubC()
	fmt.Println(bus.Publish("order", 100.0))
	fmt.Println(bus.Publish("nobody", nil))
	fmt.Println("total", total, "counts", c.counts["order"])
	fmt.Println(strings.Join(audit, " "))
	unsubs := []func(){}
	for i := range 3 {
		unsubs = append(unsubs, bus.Subscribe("tick", func(e Event) { fmt.Print("t", i, " ") }))
	}
	bus.Publish("tick", 0)
	fmt.Println()
	unsubs[1]()
	bus.Publish("tick", 0)
	fmt.Println()
	for _, u := range unsubs {
		u()
	}
	fmt.Println(bus.Topics(), len(bus.subs["tick"]))
}
