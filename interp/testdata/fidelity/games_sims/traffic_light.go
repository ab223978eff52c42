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
)

func (s State) String() string {
	return map[State]string{Red: "RED", RedAmber: "RED+AMBER", Green: "GREEN", Amber: "AMBER"}[s]
}

type Light struct {
	Name     string
	State    State
	timer    int
	duration map[State]int
}

func NewLight(name string, start State) *Light {
	return &Light{
		Name:     name,
		State:    start,
		duration: map[State]int{Red: 6, RedAmber: 1, Green: 4, Amber: 1},
	}
}

func (l *Light) Tick() bool {
	l.timer++
	if l.timer < l.duration[l.State] {
		return false
	}
	l.timer = 0
	l.State = (l.State + 1) % 4
	return true
}

type Car struct {
	ID      int
	Arrival int
}

type Intersection struct {
	lights map[string]*Light
	queues map[string][]Car
	passed []string
}

func (x *Intersection) step(t int, arrivals map[int][]string, nextID *int) {
	for _, dir := range arrivals[t] {
		*nextID++
		x.queues[dir] = append(x.queues[dir], Car{*nextID, t})
	}
	for _, dir := range []string{"north", "east"} {
		l := x.lights[dir]
		if l.State == Green && len(x.queues[dir]) > 0 {
			c := x.queues[dir][0]
			x.queues[dir] = x.queues[dir][1:]
			x.passed = append(x.passed, fmt.Sprintf("car%d(%s, waited %d)", c.ID, dir, t-c.Arrival))
		}
		if l.Tick() {
			fmt.Printf("t=%02d %-5s -> %v\n", t, dir, l.State)
		}
	}
}

func main() {
	x := &Intersection{
		lights: map[string]*Light{
			"north": NewLight("north", Green),
			"east":  NewLight("east", Red),
		},
		queues: map[string][]Car{},
	}
	x.lights["east"].timer = 1
	arrivals := map[int][]string{
		0: {"north", "east"}, 1: {"east"}, 2: {"east", "east"},
		5: {"north"}, 7: {"north", "north"}, 9: {"east"}, 13: {"north"},
	}
	id := 0
	for t := 0; t < 24; t++ {
		x.step(t, arrivals, &id)
	}
	fmt.Println("passed:")
	for _, p := range x.passed {
		fmt.Println(" ", p)
	}
	fmt.Println("still waiting:", len(x.queues["north"]), len(x.queues["east"]))
	var states []string
	for s := Red; s <= Amber; s++ {
		states = append(states, s.String())
	}
	fmt.Println(strings.Join(states, " -> "))
}
