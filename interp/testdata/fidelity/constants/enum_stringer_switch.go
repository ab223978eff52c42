package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Stopped
	Failed
)

var stateNames = map[State]string{Idle: "idle", Running: "running", Stopped: "stopped", Failed: "failed"}

func (s State) String() string {
	if n, ok := stateNames[s]; ok {
		return n
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

func next(s State, e Event) (State, error) {
	switch {
	case s == Idle && e == "start":
		return Running, nil
	case s == Running && e == "stop":
		return Stopped, nil
	case s == Running && e == "crash":
		return Failed, nil
	case e == "reset":
		return Idle, nil
	}
	return s, fmt.Errorf("invalid event %q in state %v", e, s)
}

func main() {
	s := Idle
	for _, e := range []Event{"start", "start", "crash", "reset", "start", "stop"} {
		n, err := next(s, e)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%v --%s--> %v\n", s, e, n)
		s = n
	}
	fmt.Println(State(9))
}
