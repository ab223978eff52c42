package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Closed State = iota
	Open
	Locked
	Broken
)

var stateNames = map[State]string{Closed: "Closed", Open: "Open", Locked: "Locked", Broken: "Broken"}

func (s State) String() string {
	if n, ok := stateNames[s]; ok {
		return n
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type TransitionError struct {
	From  State
	Event Event
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("cannot %s when %v", e.Event, e.From)
}

type Door struct {
	state   State
	history []State
	hooks   map[State][]func(from State)
}

var transitions = map[State]map[Event]State{
	Closed: {"open": Open, "lock": Locked, "kick": Broken},
	Open:   {"close": Closed, "kick": Broken},
	Locked: {"unlock": Closed},
}

func (d *Door) On(s State, f func(from State)) {
	if d.hooks == nil {
		d.hooks = map[State][]func(State){}
	}
	d.hooks[s] = append(d.hooks[s], f)
}

func (d *Door) Fire(e Event) error {
	next, ok := transitions[d.state][e]
	if !ok {
		return &TransitionError{d.state, e}
	}
	from := d.state
	d.history = append(d.history, from)
	d.state = next
	for _, h := range d.hooks[next] {
		h(from)
	}
	return nil
}

func main() {
	d := &Door{}
	opens := 0
	d.On(Open, func(from State) { opens++; fmt.Println("  hook: opened from", from) })
	d.On(Broken, func(from State) { fmt.Printf("  hook: broken! was %v\n", from) })
	events := []Event{"open", "lock", "close", "lock", "open", "unlock", "open", "kick", "close"}
	for _, e := range events {
		err := d.Fire(e)
		var te *TransitionError
		if errors.As(err, &te) {
			fmt.Printf("%-7s rejected: %v (state %d)\n", e, err, te.From)
			continue
		}
		fmt.Printf("%-7s -> %v\n", e, d.state)
	}
	fmt.Println("history:", d.history, "opens:", opens)
	fmt.Printf("%v %d %s %v\n", d.state, d.state, State(9), []State{Open, Locked})
	fmt.Printf("%+v\n", d.hooks[Open][0] == nil)
}
