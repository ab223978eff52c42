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
	ID    int
	User  int
	Total float64
}
type Shutdown struct{}

func (UserCreated) Topic() string { return "user" }
func (OrderPlaced) Topic() string { return "order" }
func (Shutdown) Topic() string    { return "system" }

type Handler func(Event) error

type Bus struct {
	subs    map[string][]Handler
	history []Event
	errs    []error
}

func NewBus() *Bus { return &Bus{subs: map[string][]Handler{}} }

func (b *Bus) Subscribe(topic string, h Handler) { b.subs[topic] = append(b.subs[topic], h) }

func (b *Bus) Publish(e Event) {
	b.history = append(b.history, e)
	for _, h := range b.subs[e.Topic()] {
		if err := h(e); err != nil {
			b.errs = append(b.errs, fmt.Errorf("%s handler: %w", e.Topic(), err))
		}
	}
}

type Stats struct {
	users  map[int]string
	totals map[int]float64
}

func main() {
	bus := NewBus()
	st := &Stats{users: map[int]string{}, totals: map[int]float64{}}
	bus.Subscribe("user", func(e Event) error {
		u := e.(UserCreated)
		st.users[u.ID] = u.Name
		return nil
	})
	bus.Subscribe("order", func(e Event) error {
		o, ok := e.(OrderPlaced)
		if !ok {
			return fmt.Errorf("unexpected %T", e)
		}
		if _, known := st.users[o.User]; !known {
			return fmt.Errorf("order %d: unknown user %d", o.ID, o.User)
		}
		st.totals[o.User] += o.Total
		return nil
	})
	bus.Subscribe("order", func(e Event) error {
		if o := e.(OrderPlaced); o.Total > 100 {
			fmt.Printf("big order %d: %.2f\n", o.ID, o.Total)
		}
		return nil
	})
	events := []Event{
		UserCreated{1, "ann"}, OrderPlaced{10, 1, 25.5}, UserCreated{2, "bob"},
		OrderPlaced{11, 2, 150}, OrderPlaced{12, 3, 9.99}, OrderPlaced{13, 1, 74.5}, Shutdown{},
	}
	for _, e := range events {
		bus.Publish(e)
	}
	ids := make([]int, 0, len(st.totals))
	for id := range st.totals {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		fmt.Printf("%s spent %.2f\n", st.users[id], st.totals[id])
	}
	for _, err := range bus.errs {
		fmt.Println("error:", err)
	}
	counts := map[string]int{}
	for _, e := range bus.history {
		counts[fmt.Sprintf("%T", e)]++
	}
	var keys []string
	for k, n := range counts {
		keys = append(keys, fmt.Sprintf("%s=%d", k, n))
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, " "))
	fmt.Printf("%v %+v\n", bus.history[1], bus.history[3])
}
