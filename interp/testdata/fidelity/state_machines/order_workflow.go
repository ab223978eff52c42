package main

import (
	"errors"
	"fmt"
)

type State string

const (
	Created   State = "created"
	Paid      State = "paid"
	Shipped   State = "shipped"
	Delivered State = "delivered"
	Cancelled State = "cancelled"
)

type Event string

var transitions = map[State]map[Event]State{
	Created: {"pay": Paid, "cancel": Cancelled},
	Paid:    {"ship": Shipped, "cancel": Cancelled},
	Shipped: {"deliver": Delivered},
}

var ErrInvalid = errors.New("invalid transition")

type Order struct {
	ID      int
	State   State
	History []State
}

func (o *Order) Fire(e Event) error {
	next, ok := transitions[o.State][e]
	if !ok {
		return fmt.Errorf("order %d: %q in state %s: %w", o.ID, e, o.State, ErrInvalid)
	}
	o.History = append(o.History, o.State)
	o.State = next
	return nil
}

func main() {
	o1 := &Order{ID: 1, State: Created}
	for _, e := range []Event{"pay", "ship", "cancel", "deliver", "pay"} {
		if err := o1.Fire(e); err != nil {
			fmt.Println(err, errors.Is(err, ErrInvalid))
		}
	}
	fmt.Println(o1.State, o1.History)

	o2 := &Order{ID: 2, State: Created}
	_ = o2.Fire("cancel")
	err := o2.Fire("pay")
	fmt.Printf("%v | %+v\n", err, *o2)
}
