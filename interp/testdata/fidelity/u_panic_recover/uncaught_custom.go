package main

import (
	"fmt"
	"os"
)

type State int

const (
	Idle State = iota
	Running
	Stopped
)

func (s State) String() string {
	return [...]string{"Idle", "Running", "Stopped"}[s]
}

type TransitionError struct {
	From, To State
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("illegal transition %v -> %v", e.From, e.To)
}

type Machine struct {
	state State
	log   []string
}

func (m *Machine) To(s State) {
	allowed := map[State][]State{Idle: {Running}, Running: {Stopped, Idle}, Stopped: {}}
	for _, ok := range allowed[m.state] {
		if ok == s {
			m.log = append(m.log, fmt.Sprintf("%v->%v", m.state, s))
			m.state = s
			return
		}
	}
	panic(&TransitionError{m.state, s})
}

func main() {
	m := &Machine{}
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
				fmt.Printf("type %T\n", r)
			}
		}()
		m.To(Running)
		m.To(Idle)
		m.To(Stopped)
	}()
	fmt.Println(m.log, m.state)
	m.To(Running)
	m.To(Stopped)
	fmt.Println(m.log, m.state)
	fmt.Fprintln(os.Stderr, "about to fail")
	defer fmt.Println("deferred print runs before the crash")
	m.To(Running)
	fmt.Println("unreachable")
}
