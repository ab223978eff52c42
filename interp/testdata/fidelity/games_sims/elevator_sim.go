package main

import (
	"fmt"
	"sort"
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
	default:
		return "idle"
	}
}

type Request struct {
	At, From, To int
}

type Elevator struct {
	Floor     int
	Dir       Direction
	stops     map[int]bool
	riders    []Request
	waiting   []Request
	delivered int
	traveled  int
}

func (e *Elevator) addStop(f int) { e.stops[f] = true }

func (e *Elevator) nextDir() Direction {
	var above, below bool
	for f := range e.stops {
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
	return Idle
}

func (e *Elevator) tick(t int) {
	if e.stops[e.Floor] {
		delete(e.stops, e.Floor)
		kept := e.riders[:0]
		for _, r := range e.riders {
			if r.To == e.Floor {
				e.delivered++
				fmt.Printf("  t=%d floor %d: drop rider from %d (trip %d ticks)\n", t, e.Floor, r.From, t-r.At)
			} else {
				kept = append(kept, r)
			}
		}
		e.riders = kept
		still := e.waiting[:0]
		for _, r := range e.waiting {
			if r.From == e.Floor {
				e.riders = append(e.riders, r)
				e.addStop(r.To)
				fmt.Printf("  t=%d floor %d: pick up rider to %d\n", t, e.Floor, r.To)
			} else {
				still = append(still, r)
			}
		}
		e.waiting = still
	}
	e.Dir = e.nextDir()
	switch e.Dir {
	case Up:
		e.Floor++
		e.traveled++
	case Down:
		e.Floor--
		e.traveled++
	}
}

func main() {
	reqs := []Request{{0, 3, 7}, {1, 5, 1}, {2, 0, 4}, {6, 8, 2}, {7, 2, 9}, {12, 6, 0}}
	e := &Elevator{stops: map[int]bool{}}
	next := 0
	for t := 0; t < 40; t++ {
		for next < len(reqs) && reqs[next].At == t {
			r := reqs[next]
			e.waiting = append(e.waiting, r)
			e.addStop(r.From)
			fmt.Printf("t=%d call at floor %d going to %d\n", t, r.From, r.To)
			next++
		}
		e.tick(t)
		if t%5 == 4 {
			floors := make([]int, 0, len(e.stops))
			for f := range e.stops {
				floors = append(floors, f)
			}
			sort.Ints(floors)
			fmt.Printf("t=%d at %d heading %v, stops %v, riders %d\n", t, e.Floor, e.Dir, floors, len(e.riders))
		}
		if next == len(reqs) && len(e.stops) == 0 {
			fmt.Println("all done at t =", t)
			break
		}
	}
	fmt.Printf("delivered %d, traveled %d floors\n", e.delivered, e.traveled)
}
