package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Closed State = iota
	Opening
	Open
	Closing
)

func (s State) String() string { return [...]string{"Closed", "Opening", "Open", "Closing"}[s] }

type Event string

// Door is a garage door controller: its transitions are a table of funcs over the door itself.
type Door struct {
	state   State
	pos     int
	handle  map[State]func(d *Door, ev Event) State
	onEnter [4]func(*Door)
	history []string
}

func NewDoor() *Door {
	d := &Door{handle: map[State]func(*Door, Event) State{
		Closed: func(d *Door, ev Event) State {
			if ev == "button" {
				return Opening
			}
			return Closed
		},
		Opening: func(d *Door, ev Event) State {
			switch ev {
			case "tick":
				d.pos += 50
				if d.pos >= 100 {
					return Open
				}
			case "button":
				return Closing
			}
			return Opening
		},
		Open: func(d *Door, ev Event) State {
			if ev == "button" || ev == "timeout" {
				return Closing
			}
			return Open
		},
		Closing: func(d *Door, ev Event) State {
			switch ev {
			case "tick":
				d.pos -= 50
				if d.pos <= 0 {
					return Closed
				}
			case "obstacle", "button":
				return Opening
			}
			return Closing
		},
	}}
	d.onEnter[Open] = func(d *Door) { d.history = append(d.history, "light on") }
	d.onEnter[Closed] = func(d *Door) { d.history = append(d.history, "locked") }
	return d
}

func (d *Door) Fire(ev Event) {
	next := d.handle[d.state](d, ev)
	if next != d.state {
		d.history = append(d.history, fmt.Sprintf("%v->%v on %s", d.state, next, ev))
		d.state = next
		if f := d.onEnter[next]; f != nil {
			f(d)
		}
	}
}

func main() {
	d := NewDoor()
	for _, ev := range strings.Fields("tick button tick tick tick timeout tick obstacle tick button tick tick") {
		d.Fire(Event(ev))
		fmt.Printf("%-8s %-8v %3d\n", ev, d.state, d.pos)
	}
	fmt.Println(strings.Join(d.history, "\n"))
	fmt.Printf("%T %v\n", d.onEnter[1], d.onEnter[1] == nil)
}
