package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type State uint8

const (
	Red State = iota + 1
	Green
	Yellow
	Flashing
)

func (s State) String() string {
	switch s {
	case Red:
		return "RED"
	case Green:
		return "GREEN"
	case Yellow:
		return "YELLOW"
	case Flashing:
		return "FLASHING"
	}
	return fmt.Sprintf("State(%d)", s)
}

type Event string

const (
	Timer   Event = "timer"
	Fault   Event = "fault"
	Restore Event = "restore"
)

type transition struct {
	from State
	ev   Event
}

var table = map[transition]State{
	{Red, Timer}:        Green,
	{Green, Timer}:      Yellow,
	{Yellow, Timer}:     Red,
	{Red, Fault}:        Flashing,
	{Green, Fault}:      Flashing,
	{Yellow, Fault}:     Flashing,
	{Flashing, Restore}: Red,
}

type ErrInvalid struct {
	From State
	Ev   Event
}

func (e ErrInvalid) Error() string { return fmt.Sprintf("no transition from %v on %q", e.From, e.Ev) }

type Light struct {
	state   State
	history []State
	counts  map[State]int
}

func (l *Light) Fire(ev Event) error {
	next, ok := table[transition{l.state, ev}]
	if !ok {
		return ErrInvalid{l.state, ev}
	}
	l.history = append(l.history, l.state)
	l.state = next
	l.counts[next]++
	return nil
}

func main() {
	l := &Light{state: Red, counts: map[State]int{}}
	events := []Event{Timer, Timer, Restore, Timer, Timer, Fault, Timer, Restore, Timer}
	for _, ev := range events {
		if err := l.Fire(ev); err != nil {
			var inv ErrInvalid
			fmt.Println("error:", err, errors.As(err, &inv), inv.From)
			continue
		}
		fmt.Printf("%-8s -> %v\n", ev, l.state)
	}
	fmt.Println(l.history)
	fmt.Println(l.counts)
	keys := make([]transition, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b transition) int {
		if a.from != b.from {
			return int(a.from) - int(b.from)
		}
		return strings.Compare(string(a.ev), string(b.ev))
	})
	for _, k := range keys {
		fmt.Printf("%v/%s=%v ", k.from, k.ev, table[k])
	}
	fmt.Println()
	fmt.Printf("%v %+v %d %x %q\n", keys[0], keys[1], Green, Yellow, Flashing)
	fmt.Println(State(9), []State{0, Red}, map[Event]State{Timer: Green})
}
