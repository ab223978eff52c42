package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Topic   string
	Payload interface{}
}

type Handler func(Event)

type Bus struct {
	subs   map[string][]Handler
	nextID int
	log    []string
}

func NewBus() *Bus {
	return &Bus{subs: make(map[string][]Handler)}
}

func (b *Bus) Subscribe(topic string, h Handler) {
	b.subs[topic] = append(b.subs[topic], h)
}

func (b *Bus) Publish(topic string, payload interface{}) int {
	hs := b.subs[topic]
	for _, h := range hs {
		h(Event{topic, payload})
	}
	b.log = append(b.log, fmt.Sprintf("%s->%d", topic, len(hs)))
	return len(hs)
}

type Observer interface {
	Notify(price float64)
	Name() string
}

type Investor struct {
	name      string
	threshold float64
	alerts    int
}

func (i *Investor) Notify(p float64) {
	if p > i.threshold {
		i.alerts++
		fmt.Printf("  %s: price %.2f above %.2f (alert #%d)\n", i.name, p, i.threshold, i.alerts)
	}
}

func (i *Investor) Name() string { return i.name }

type Stock struct {
	symbol    string
	price     float64
	observers []Observer
}

func (s *Stock) Attach(o Observer) { s.observers = append(s.observers, o) }

func (s *Stock) Detach(name string) {
	for i, o := range s.observers {
		if o.Name() == name {
			s.observers = append(s.observers[:i], s.observers[i+1:]...)
			return
		}
	}
}

func (s *Stock) SetPrice(p float64) {
	fmt.Printf("%s -> %.2f\n", s.symbol, p)
	s.price = p
	for _, o := range s.observers {
		o.Notify(p)
	}
}

func main() {
	bus := NewBus()
	counts := map[string]int{}
	var received []string
	bus.Subscribe("user.created", func(e Event) {
		counts[e.Topic]++
		received = append(received, fmt.Sprint("created:", e.Payload))
	})
	bus.Subscribe("user.created", func(e Event) {
		if name, ok := e.Payload.(string); ok {
			received = append(received, "welcome "+strings.ToUpper(name))
		}
	})
	bus.Subscribe("user.deleted", func(e Event) {
		counts[e.Topic]++
		received = append(received, fmt.Sprintf("deleted:%v", e.Payload))
	})
	fmt.Println(bus.Publish("user.created", "alice"))
	fmt.Println(bus.Publish("user.created", 42))
	fmt.Println(bus.Publish("user.deleted", "bob"))
	fmt.Println(bus.Publish("nobody.listens", nil))
	for _, r := range received {
		fmt.Println(r)
	}
	keys := make([]string, 0)
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	fmt.Println(bus.log)

	st := &Stock{symbol: "GOPH"}
	a := &Investor{name: "ann", threshold: 100}
	b := &Investor{name: "ben", threshold: 120}
	st.Attach(a)
	st.Attach(b)
	st.SetPrice(99.5)
	st.SetPrice(110)
	st.SetPrice(125.25)
	st.Detach("ann")
	st.SetPrice(130)
	fmt.Println(a.alerts, b.alerts, len(st.observers))
}
