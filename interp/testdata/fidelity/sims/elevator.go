package main

import (
	"fmt"
	"sort"
	"strings"
)

type Direction int

const (
	Idle Direction = iota
	Up
	Down
)

func (d Direction) String() string {
	switch d {
	case Up:
		return "up"
	case Down:
		return "down"
	}
	return "idle"
}

type Request struct {
	At    int
	Floor int
}

type Elevator struct {
	Floor   int
	Dir     Direction
	targets map[int]bool
	log     []string
}

func (e *Elevator) Call(floor int) { e.targets[floor] = true }

func (e *Elevator) pending() []int {
	var fs []int
	for f := range e.targets {
		fs = append(fs, f)
	}
	sort.Ints(fs)
	return fs
}

func (e *Elevator) Step(tick int) {
	if e.targets[e.Floor] {
		delete(e.targets, e.Floor)
		e.log = append(e.log, fmt.Sprintf("t=%d open at %d", tick, e.Floor))
		return
	}
	p := e.pending()
	if len(p) == 0 {
		e.Dir = Idle
		return
	}
	above, below := false, false
	for _, f := range p {
		if f > e.Floor {
			above = true
		}
		if f < e.Floor {
			below = true
		}
	}
	switch {
	case e.Dir == Up && above, e.Dir != Down && above && !below:
		e.Dir = Up
	case e.Dir == Down && below, below:
		e.Dir = Down
	default:
		e.Dir = Up
	}
	if e.Dir == Up {
		e.Floor++
	} else {
		e.Floor--
	}
}

func main() {
	e := &Elevator{targets: map[int]bool{}}
	reqs := []Request{{0, 5}, {1, 2}, {3, 8}, {6, 1}, {7, 3}, {12, 0}, {12, 9}}
	next := 0
	for tick := 0; tick < 40; tick++ {
		for next < len(reqs) && reqs[next].At == tick {
			e.Call(reqs[next].Floor)
			fmt.Printf("t=%2d call floor %d\n", tick, reqs[next].Floor)
			next++
		}
		before := e.Floor
		e.Step(tick)
		if e.Floor != before {
			fmt.Printf("t=%2d %-4v %d -> %d pending=%v\n", tick, e.Dir, before, e.Floor, e.pending())
		}
		if next == len(reqs) && len(e.targets) == 0 {
			fmt.Println("all served at tick", tick)
			break
		}
	}
	fmt.Println(strings.Join(e.log, "\n"))
	fmt.Printf("final %+v\n", struct {
		Floor int
		Dir   Direction
	}{e.Floor, e.Dir})
}
