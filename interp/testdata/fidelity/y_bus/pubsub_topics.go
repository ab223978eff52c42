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
	Total   float64
}
type Shutdown struct{}

func (UserCreated) Topic() string { return "user.created" }
func (OrderPlaced) Topic() string { return "order.placed" }
func (Shutdown) Topic() string    { return "system.shutdown" }

type Handler func(Event) error

type Bus struct {
	subs    map[string][]Handler
	history []string
}

func NewBus() *Bus { return &Bus{subs: map[string][]Handler{}} }

func (b *Bus) Subscribe(pattern string, h Handler) {
	b.subs[pattern] = append(b.subs[pattern], h)
}

func match(pattern, topic string) bool {
	if pattern == "*" {
		return true
	}
	if p, ok := strings.CutSuffix(pattern, ".*"); ok {
		return strings.HasPrefix(topic, p+".")
	}
	return pattern == topic
}

func (b *Bus) Publish(e Event) (errs []error) {
	b.history = append(b.history, fmt.Sprintf("%T", e))
	patterns := make([]string, 0, len(b.subs))
	for p := range b.subs {
		patterns = append(patterns, p)
	}
	sort.Strings(patterns)
	for _, p := range patterns {
		if !match(p, e.Topic()) {
			continue
		}
		for _, h := range b.subs[p] {
			if err := h(e); err != nil {
				errs = append(errs, fmt.Errorf("%s handler: %w", p, err))
			}
		}
	}
	return errs
}

func main() {
	bus := NewBus()
	var audit []string
	bus.Subscribe("*", func(e Event) error {
		audit = append(audit, fmt.Sprintf("%s %+v", e.Topic(), e))
		return nil
	})
	revenue := 0.0
	bus.Subscribe("order.*", func(e Event) error {
		o := e.(OrderPlaced)
		if o.Total < 0 {
			return fmt.Errorf("negative total %.2f in %s", o.Total, o.OrderID)
		}
		revenue += o.Total
		return nil
	})
	users := map[int]string{}
	bus.Subscribe("user.created", func(e Event) error {
		switch u := e.(type) {
		case UserCreated:
			if _, dup := users[u.ID]; dup {
				return fmt.Errorf("duplicate user %d", u.ID)
			}
			users[u.ID] = u.Name
		}
		return nil
	})
	events := []Event{
		UserCreated{1, "ann"}, OrderPlaced{"A-1", 19.99}, UserCreated{1, "ann again"},
		OrderPlaced{"A-2", -5}, OrderPlaced{"A-3", 5.01}, Shutdown{},
	}
	for _, e := range events {
		for _, err := range bus.Publish(e) {
			fmt.Println("error:", err)
		}
	}
	fmt.Printf("revenue %.2f users %v\n", revenue, users)
	for _, a := range audit {
		fmt.Println(" ", a)
	}
	fmt.Println(bus.history)
	fmt.Println(match("user.*", "user"), match("user.*", "users.x"), match("a.b", "a.b"))
}
