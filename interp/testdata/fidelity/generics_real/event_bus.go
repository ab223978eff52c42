package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event interface {
	Topic() string
}

type UserCreated struct {
	ID   int
	Name string
}

func (UserCreated) Topic() string { return "user.created" }

type OrderPlaced struct {
	OrderID string
	Amount  float64
	Items   []string
}

func (OrderPlaced) Topic() string { return "order.placed" }

type Handler[E Event] func(E) error

type Bus struct {
	subs map[string][]func(Event) error
	log  []string
}

func NewBus() *Bus { return &Bus{subs: map[string][]func(Event) error{}} }

func Subscribe[E Event](b *Bus, h Handler[E]) {
	var zero E
	topic := zero.Topic()
	b.subs[topic] = append(b.subs[topic], func(e Event) error {
		typed, ok := e.(E)
		if !ok {
			return fmt.Errorf("bus: %s got %T", topic, e)
		}
		return h(typed)
	})
}

func (b *Bus) Publish(e Event) []error {
	var errs []error
	for i, h := range b.subs[e.Topic()] {
		if err := h(e); err != nil {
			errs = append(errs, fmt.Errorf("handler %d on %s: %w", i, e.Topic(), err))
		}
	}
	b.log = append(b.log, fmt.Sprintf("%T", e))
	return errs
}

type Stats struct {
	users   []string
	revenue float64
	items   map[string]int
}

func main() {
	bus := NewBus()
	st := &Stats{items: map[string]int{}}
	Subscribe(bus, func(e UserCreated) error {
		st.users = append(st.users, e.Name)
		return nil
	})
	Subscribe(bus, func(e UserCreated) error {
		if strings.TrimSpace(e.Name) == "" {
			return fmt.Errorf("user %d has empty name", e.ID)
		}
		return nil
	})
	Subscribe(bus, Handler[OrderPlaced](func(o OrderPlaced) error {
		if o.Amount <= 0 {
			return fmt.Errorf("order %s: bad amount %.2f", o.OrderID, o.Amount)
		}
		st.revenue += o.Amount
		for _, it := range o.Items {
			st.items[it]++
		}
		return nil
	}))

	events := []Event{
		UserCreated{1, "ana"},
		OrderPlaced{"o-1", 25.5, []string{"book", "pen"}},
		UserCreated{2, " "},
		OrderPlaced{"o-2", -3, nil},
		OrderPlaced{"o-3", 100, []string{"pen", "lamp", "pen"}},
	}
	for _, e := range events {
		for _, err := range bus.Publish(e) {
			fmt.Println("error:", err)
		}
	}
	fmt.Printf("users=%q revenue=%.2f\n", st.users, st.revenue)
	keys := make([]string, 0, len(st.items))
	for k := range st.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %-5s %d\n", k, st.items[k])
	}
	fmt.Println(strings.Join(bus.log, " | "))
	fmt.Println(len(bus.subs["user.created"]), len(bus.subs["order.placed"]), len(bus.subs["none"]))
}
