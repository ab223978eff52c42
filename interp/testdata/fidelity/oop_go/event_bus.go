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
type OrderPlaced struct {
	OrderID string
	UserID  int
	Amount  float64
}
type Tick int

func (UserCreated) Topic() string { return "user.created" }
func (OrderPlaced) Topic() string { return "order.placed" }
func (Tick) Topic() string        { return "tick" }

type Handler func(Event) error

type Bus struct {
	subs    map[string][]Handler
	history []string
	errs    []error
}

func NewBus() *Bus { return &Bus{subs: make(map[string][]Handler)} }

func (b *Bus) Subscribe(topic string, h Handler) func() {
	b.subs[topic] = append(b.subs[topic], h)
	idx := len(b.subs[topic]) - 1
	return func() {
		b.subs[topic][idx] = nil
	}
}

func (b *Bus) Publish(e Event) {
	b.history = append(b.history, fmt.Sprintf("%s:%v", e.Topic(), e))
	for _, topic := range []string{e.Topic(), "*"} {
		for _, h := range b.subs[topic] {
			if h == nil {
				continue
			}
			if err := h(e); err != nil {
				b.errs = append(b.errs, fmt.Errorf("%s handler: %w", topic, err))
			}
		}
	}
}

type Stats struct {
	users   map[int]string
	revenue map[int]float64
	ticks   int
}

func (s *Stats) onUser(e Event) error {
	u := e.(UserCreated)
	if _, dup := s.users[u.ID]; dup {
		return fmt.Errorf("duplicate user %d", u.ID)
	}
	s.users[u.ID] = u.Name
	return nil
}

func (s *Stats) onOrder(e Event) error {
	o, ok := e.(OrderPlaced)
	if !ok {
		return fmt.Errorf("unexpected %T", e)
	}
	if _, known := s.users[o.UserID]; !known {
		return fmt.Errorf("order %s for unknown user %d", o.OrderID, o.UserID)
	}
	s.revenue[o.UserID] += o.Amount
	return nil
}

func main() {
	bus := NewBus()
	st := &Stats{users: map[int]string{}, revenue: map[int]float64{}}
	bus.Subscribe("user.created", st.onUser)
	bus.Subscribe("order.placed", st.onOrder)
	var all []string
	unsub := bus.Subscribe("*", func(e Event) error {
		all = append(all, fmt.Sprintf("%T", e))
		return nil
	})
	bus.Subscribe("tick", func(e Event) error { st.ticks += int(e.(Tick)); return nil })

	bus.Publish(UserCreated{1, "ann"})
	bus.Publish(UserCreated{2, "bob"})
	bus.Publish(OrderPlaced{"o-1", 1, 19.99})
	bus.Publish(Tick(5))
	bus.Publish(OrderPlaced{"o-2", 3, 5})
	unsub()
	bus.Publish(UserCreated{1, "ann-again"})
	bus.Publish(OrderPlaced{"o-3", 2, 42.5})
	bus.Publish(OrderPlaced{"o-4", 1, 0.01})
	bus.Publish(Tick(2))

	fmt.Println(strings.Join(all, " "))
	for _, h := range bus.history {
		fmt.Println(" ", h)
	}
	for _, err := range bus.errs {
		fmt.Println("error:", err)
	}
	ids := []int{}
	for id := range st.revenue {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		fmt.Printf("%d %s %.2f\n", id, st.users[id], st.revenue[id])
	}
	fmt.Println("ticks:", st.ticks)
}
