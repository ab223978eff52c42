package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Red State = iota
	RedAmber
	Green
	Amber
	FlashingAmber
)

func (s State) String() string {
	switch s {
	case Red:
		return "RED"
	case RedAmber:
		return "RED+AMBER"
	case Green:
		return "GREEN"
	case Amber:
		return "AMBER"
	case FlashingAmber:
		return "FLASHING"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

const (
	Tick    Event = "tick"
	Fault   Event = "fault"
	Repair  Event = "repair"
	Pedestr Event = "button"
)

type transition struct {
	from State
	ev   Event
}

var table = map[transition]State{
	{Red, Tick}:             RedAmber,
	{RedAmber, Tick}:        Green,
	{Green, Tick}:           Amber,
	{Green, Pedestr}:        Amber,
	{Amber, Tick}:           Red,
	{FlashingAmber, Repair}: Red,
}

type Light struct {
	state State
	log   []string
}

func (l *Light) Fire(ev Event) error {
	if ev == Fault {
		l.log = append(l.log, fmt.Sprintf("%v -%s-> %v", l.state, ev, FlashingAmber))
		l.state = FlashingAmber
		return nil
	}
	next, ok := table[transition{l.state, ev}]
	if !ok {
		return fmt.Errorf("no transition from %v on %q", l.state, ev)
	}
	l.log = append(l.log, fmt.Sprintf("%v -%s-> %v", l.state, ev, next))
	l.state = next
	return nil
}

func main() {
	l := &Light{}
	events := []Event{Tick, Tick, Pedestr, Tick, Repair, Tick, Fault, Tick, Repair, Tick}
	for i, ev := range events {
		if err := l.Fire(ev); err != nil {
			fmt.Printf("step %d: error: %v\n", i, err)
			continue
		}
		fmt.Printf("step %d: %-6s now %v\n", i, ev, l.state)
	}
	fmt.Println(strings.Join(l.log, "\n"))
	fmt.Println(State(9), Green)
	fmt.Printf("%v %d %s\n", l.state, l.state, Amber)
}
