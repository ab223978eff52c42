package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var stateNames = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string { return stateNames[s] }

type Player struct {
	state   State
	pos     int
	actions map[string]func(int) error
	trace   []string
}

type transitionError struct {
	from   State
	action string
}

func (e transitionError) Error() string {
	return fmt.Sprintf("cannot %s while %v", e.action, e.from)
}

func NewPlayer() *Player {
	p := &Player{}
	p.actions = map[string]func(int) error{
		"play":  p.play,
		"pause": p.pause,
		"seek":  p.seek,
		"stop":  p.stop,
	}
	return p
}

func (p *Player) move(to State) {
	p.trace = append(p.trace, fmt.Sprintf("%v->%v", p.state, to))
	p.state = to
}

func (p *Player) play(int) error {
	if p.state == Running || p.state == Stopped {
		return transitionError{p.state, "play"}
	}
	p.move(Running)
	return nil
}

func (p *Player) pause(int) error {
	if p.state != Running {
		return transitionError{p.state, "pause"}
	}
	p.move(Paused)
	return nil
}

func (p *Player) seek(n int) error {
	if p.state == Stopped {
		return transitionError{p.state, "seek"}
	}
	p.pos = max(0, p.pos+n)
	return nil
}

func (p *Player) stop(int) error {
	p.move(Stopped)
	return nil
}

func main() {
	p := NewPlayer()
	script := "play 0; seek 30; pause 0; pause 0; seek -45; play 0; seek 10; stop 0; play 0; seek 5"
	for _, step := range strings.Split(script, "; ") {
		var name string
		var arg int
		fmt.Sscanf(step, "%s %d", &name, &arg)
		err := p.actions[name](arg)
		status := "ok"
		if err != nil {
			status = "error: " + err.Error()
		}
		fmt.Printf("%-9s state=%-8v pos=%-3d %s\n", step, p.state, p.pos, status)
	}
	fmt.Println(strings.Join(p.trace, ", "))
	var err error = transitionError{Paused, "x"}
	te, ok := err.(transitionError)
	fmt.Println(ok, te.from, te == transitionError{Paused, "x"})
	fn := p.seek
	p = NewPlayer()
	fn(1000)
	fmt.Println(p.pos)
}
