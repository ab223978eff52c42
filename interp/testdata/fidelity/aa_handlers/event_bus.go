package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event interface {
	Topic() string
}

type UserCreated struct{ Name string }
type OrderPlaced struct {
	ID    int
	Total float64
}
type OrderShipped struct{ ID int }

func (UserCreated) Topic() string  { return "user" }
func (OrderPlaced) Topic() string  { return "order" }
func (OrderShipped) Topic() string { return "order" }

type Listener func(Event) error

type Bus struct {
	subs    map[string][]Listener
	history []string
}

func (b *Bus) Subscribe(topic string, l Listener) func() {
	b.subs[topic] = append(b.subs[topic], l)
	idx := len(b.subs[topic]) - 1
	return func() { b.subs[topic][idx] = nil }
}

func (b *Bus) Publish(e Event) []error {
	var errs []error
	for _, l := range b.subs[e.Topic()] {
		if l == nil {
			continue
		}
		if err := l(e); err != nil {
			errs = append(errs, err)
		}
	}
	b.history = append(b.history, fmt.Sprintf("%T", e))
	return errs
}

type Stats struct {
	orders  int
	revenue float64
	users   []string
}

func (s *Stats) OnOrder(e Event) error {
	switch ev := e.(type) {
	case OrderPlaced:
		s.orders++
		s.revenue += ev.Total
	case OrderShipped:
		if ev.ID > s.orders {
			return fmt.Errorf("shipped unknown order %d", ev.ID)
		}
	}
	return nil
}

func (s *Stats) OnUser(e Event) error {
	s.users = append(s.users, e.(UserCreated).Name)
	return nil
}

func main() {
	bus := &Bus{subs: map[string][]Listener{}}
	st := &Stats{}
	bus.Subscribe("order", st.OnOrder)
	unsub := bus.Subscribe("user", st.OnUser)
	var audit []string
	bus.Subscribe("user", func(e Event) error {
		audit = append(audit, fmt.Sprintf("%+v", e))
		return nil
	})
	events := []Event{
		UserCreated{"ann"}, OrderPlaced{1, 19.99}, UserCreated{"bob"},
		OrderPlaced{2, 5.01}, OrderShipped{1}, OrderShipped{7},
	}
	for i, e := range events {
		if i == 3 {
			unsub()
		}
		if errs := bus.Publish(e); len(errs) > 0 {
			fmt.Println("errors:", errs)
		}
	}
	UserEv := UserCreated{"cy"}
	bus.Publish(UserEv)
	fmt.Printf("orders=%d revenue=%.2f users=%v\n", st.orders, st.revenue, st.users)
	fmt.Println("audit:", strings.Join(audit, "; "))
	counts := map[string]int{}
	for _, h := range bus.history {
		counts[h]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	fmt.Println(events[1] == OrderPlaced{1, 19.99}, events[0] == Event(UserCreated{"ann"}))
}
