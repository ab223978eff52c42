package main

import (
	"fmt"
	"slices"
	"strings"
)

type Direction int

const (
	Down Direction = -1
	Stop Direction = 0
	Up   Direction = 1
)

func (d Direction) String() string {
	return map[Direction]string{Down: "v", Stop: "-", Up: "^"}[d]
}

type Request struct {
	At    int // tick when the button is pressed
	Floor int
}

type Elevator struct {
	Floor   int
	Dir     Direction
	Stops   map[int]bool
	History []string
}

func (e *Elevator) nextDir() Direction {
	if len(e.Stops) == 0 {
		return Stop
	}
	above, below := false, false
	for f := range e.Stops {
		if f > e.Floor {
			above = true
		} else if f < e.Floor {
			below = true
		}
	}
	switch {
	case e.Dir == Up && above, e.Dir != Down && above && !below:
		return Up
	case below:
		return Down
	case above:
		return Up
	}
	return Stop
}

func (e *Elevator) Tick(t int) {
	if e.Stops[e.Floor] {
		delete(e.Stops, e.Floor)
		e.History = append(e.History, fmt.Sprintf("t=%02d open at %d", t, e.Floor))
		return
	}
	e.Dir = e.nextDir()
	e.Floor += int(e.Dir)
}

func (e *Elevator) pending() []int {
	var fs []int
	for f := range e.Stops {
		fs = append(fs, f)
	}
	slices.Sort(fs)
	return fs
}

func main() {
	reqs := []Request{{0, 5}, {1, 2}, {3, 8}, {6, 1}, {6, 7}, {12, 3}}
	e := &Elevator{Stops: map[int]bool{}}
	var trace strings.Builder
	for t := 0; t < 30; t++ {
		for _, r := range reqs {
			if r.At == t {
				e.Stops[r.Floor] = true
			}
		}
		e.Tick(t)
		fmt.Fprintf(&trace, "%d%v ", e.Floor, e.Dir)
		if t%10 == 9 {
			fmt.Printf("t=%02d pending=%v\n", t, e.pending())
		}
	}
	fmt.Println(trace.String())
	fmt.Println(strings.Join(e.History, "\n"))
	fmt.Printf("final: %+v\n", *e)
}
