package main

import "fmt"

type State string

type Machine struct {
	state State
	moves map[State][]State
}

func (m *Machine) Go(to State) {
	for _, ok := range m.moves[m.state] {
		if ok == to {
			fmt.Printf("%s -> %s\n", m.state, to)
			m.state = to
			return
		}
	}
	panic(State(fmt.Sprintf("%s->%s", m.state, to)))
}

func main() {
	m := &Machine{state: "idle", moves: map[State][]State{
		"idle":    {"running"},
		"running": {"paused", "done"},
		"paused":  {"running"},
	}}
	m.Go("running")
	m.Go("paused")
	m.Go("running")
	m.Go("done")
	m.Go("idle")
}
