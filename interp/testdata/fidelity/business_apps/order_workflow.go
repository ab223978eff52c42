package main

import (
	"errors"
	"fmt"
	"strings"
)

type State uint8

const (
	Created State = iota + 1
	Paid
	Packed
	Shipped
	Delivered
	Cancelled
	Refunded
)

var stateNames = [...]string{"", "created", "paid", "packed", "shipped", "delivered", "cancelled", "refunded"}

func (s State) String() string {
	if int(s) < len(stateNames) && s > 0 {
		return stateNames[s]
	}
	return "invalid"
}

var transitions = map[State][]State{
	Created:   {Paid, Cancelled},
	Paid:      {Packed, Cancelled, Refunded},
	Packed:    {Shipped, Cancelled},
	Shipped:   {Delivered},
	Delivered: {Refunded},
}

type TransitionError struct {
	Order    string
	From, To State
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("order %s: cannot go from %v to %v", e.Order, e.From, e.To)
}

type Order struct {
	ID      string
	State   State
	History []State
	hooks   []func(o *Order, from, to State)
}

func NewOrder(id string) *Order {
	return &Order{ID: id, State: Created, History: []State{Created}}
}

func (o *Order) OnChange(f func(o *Order, from, to State)) { o.hooks = append(o.hooks, f) }

func (o *Order) To(next State) error {
	for _, allowed := range transitions[o.State] {
		if allowed == next {
			prev := o.State
			o.State = next
			o.History = append(o.History, next)
			for _, h := range o.hooks {
				h(o, prev, next)
			}
			return nil
		}
	}
	return &TransitionError{o.ID, o.State, next}
}

func (o *Order) Apply(steps ...State) error {
	var errs []error
	for _, s := range steps {
		if err := o.To(s); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func main() {
	counts := map[State]int{}
	audit := func(o *Order, from, to State) {
		counts[to]++
		fmt.Printf("  [audit] %s: %s -> %s\n", o.ID, from, to)
	}
	scenarios := []struct {
		id    string
		steps []State
	}{
		{"A-1", []State{Paid, Packed, Shipped, Delivered}},
		{"A-2", []State{Paid, Shipped, Packed, Cancelled}},
		{"A-3", []State{Cancelled, Paid}},
		{"A-4", []State{Paid, Packed, Shipped, Delivered, Refunded, Refunded}},
		{"A-5", []State{State(42)}},
	}
	for _, sc := range scenarios {
		fmt.Println("order", sc.id)
		o := NewOrder(sc.id)
		o.OnChange(audit)
		err := o.Apply(sc.steps...)
		var te *TransitionError
		if errors.As(err, &te) {
			fmt.Printf("  first bad transition: %v => %v\n", te.From, te.To)
			fmt.Println("  all errors:", strings.ReplaceAll(err.Error(), "\n", " | "))
		}
		names := make([]string, len(o.History))
		for i, s := range o.History {
			names[i] = s.String()
		}
		fmt.Printf("  final=%v history=%s\n", o.State, strings.Join(names, ">"))
	}
	fmt.Println("transition counts:")
	for s := Created; s <= Refunded; s++ {
		if counts[s] > 0 {
			fmt.Printf("  %-9v %d\n", s, counts[s])
		}
	}
	fmt.Printf("%v %d %q\n", State(0), Shipped, Delivered)
}
