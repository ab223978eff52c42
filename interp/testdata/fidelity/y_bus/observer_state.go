package main

import (
	"fmt"
	"sort"
)

type Observer interface {
	Notify(old, new State)
}

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Running:
		return "Running"
	case Paused:
		return "Paused"
	case Stopped:
		return "Stopped"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

var transitions = map[State][]State{
	Idle:    {Running},
	Running: {Paused, Stopped},
	Paused:  {Running, Stopped},
}

type Machine struct {
	state     State
	observers map[string]Observer
}

type InvalidTransition struct{ From, To State }

func (e InvalidTransition) Error() string {
	return fmt.Sprintf("cannot go from %v to %v", e.From, e.To)
}

func (m *Machine) To(s State) error {
	for _, ok := range transitions[m.state] {
		if ok == s {
			old := m.state
			m.state = s
			names := make([]string, 0, len(m.observers))
			for n := range m.observers {
				names = append(names, n)
			}
			sort.Strings(names)
			for _, n := range names {
				m.observers[n].Notify(old, s)
			}
			return nil
		}
	}
	return InvalidTransition{m.state, s}
}

type ObserverFunc func(old, new State)

func (f ObserverFunc) Notify(old, new State) { f(old, new) }

type History struct{ steps []string }

func (h *History) Notify(old, new State) { h.steps = append(h.steps, fmt.Sprint(old, "->", new)) }

type Timer struct {
	running int
	ticks   int
}

func (t *Timer) Notify(_, new State) {
	t.ticks++
	if new == Running {
		t.running++
	}
}

func main() {
	h := &History{}
	t := &Timer{}
	m := &Machine{observers: map[string]Observer{
		"history": h,
		"timer":   t,
		"printer": ObserverFunc(func(o, n State) { fmt.Printf("  [%v => %v]\n", o, n) }),
	}}
	for _, s := range []State{Running, Paused, Idle, Running, Stopped, Running, State(7)} {
		if err := m.To(s); err != nil {
			var it InvalidTransition
			it, _ = err.(InvalidTransition)
			fmt.Printf("error: %v (from=%d to=%s)\n", err, it.From, it.To)
		}
	}
	fmt.Println(h.steps)
	fmt.Printf("%+v %v\n", *t, m.state)
	fmt.Println(transitions[Running], len(transitions[Stopped]), transitions[Stopped] == nil)
	fmt.Printf("%v %d %q %x\n", Paused, Paused, Stopped, Running)
}
