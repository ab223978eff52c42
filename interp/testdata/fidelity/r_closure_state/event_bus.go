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

type Handler func(Event) error

type Bus struct {
	subs    map[string][]Handler
	log     []string
	nextID  int
	cancels map[int]func()
}

func NewBus() *Bus {
	return &Bus{subs: map[string][]Handler{}, cancels: map[int]func(){}}
}

func (b *Bus) Subscribe(topic string, h Handler) int {
	b.nextID++
	id := b.nextID
	b.subs[topic] = append(b.subs[topic], h)
	idx := len(b.subs[topic]) - 1
	b.cancels[id] = func() {
		hs := b.subs[topic]
		hs[idx] = nil
	}
	return id
}

func (b *Bus) Unsubscribe(id int) {
	if c, ok := b.cancels[id]; ok {
		c()
		delete(b.cancels, id)
	}
}

func (b *Bus) Publish(e Event) (delivered int, errs []error) {
	for _, h := range b.subs[e.Topic] {
		if h == nil {
			continue
		}
		if err := h(e); err != nil {
			errs = append(errs, err)
			continue
		}
		delivered++
	}
	b.log = append(b.log, fmt.Sprintf("%s->%d", e.Topic, delivered))
	return
}

func main() {
	bus := NewBus()
	var received []string
	logger := func(prefix string) Handler {
		return func(e Event) error {
			received = append(received, fmt.Sprintf("%s:%s=%v", prefix, e.Topic, e.Payload))
			return nil
		}
	}
	id1 := bus.Subscribe("order", logger("audit"))
	bus.Subscribe("order", logger("mail"))
	bus.Subscribe("order", func(e Event) error {
		if n, ok := e.Payload.(int); ok && n > 100 {
			return fmt.Errorf("order %d too large", n)
		}
		return nil
	})
	bus.Subscribe("user", logger("crm"))

	fmt.Println(bus.Publish(Event{"order", 42}))
	fmt.Println(bus.Publish(Event{"order", 500}))
	bus.Unsubscribe(id1)
	fmt.Println(bus.Publish(Event{"order", 7}))
	fmt.Println(bus.Publish(Event{"user", "ann"}))
	fmt.Println(bus.Publish(Event{"nobody", nil}))
	sort.Strings(received)
	fmt.Println(strings.Join(received, "\n"))
	fmt.Println(bus.log)
}
