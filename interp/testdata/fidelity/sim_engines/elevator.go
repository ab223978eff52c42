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
	return [...]string{"idle", "up", "down"}[d]
}

type Elevator struct {
	Floor    int
	Dir      Direction
	Requests map[int]bool
	Log      []string
}

func NewElevator() *Elevator {
	return &Elevator{Requests: make(map[int]bool)}
}

func (e *Elevator) Call(floor int) {
	e.Requests[floor] = true
}

func (e *Elevator) pending() []int {
	var fs []int
	for f := range e.Requests {
		fs = append(fs, f)
	}
	sort.Ints(fs)
	return fs
}

func (e *Elevator) chooseDir() Direction {
	fs := e.pending()
	if len(fs) == 0 {
		return Idle
	}
	hasAbove, hasBelow := false, false
	for _, f := range fs {
		if f > e.Floor {
			hasAbove = true
		} else if f < e.Floor {
			hasBelow = true
		}
	}
	switch {
	case e.Dir == Up && hasAbove, e.Dir == Idle && hasAbove && !hasBelow:
		return Up
	case e.Dir == Down && hasBelow, e.Dir == Idle && hasBelow:
		return Down
	case hasAbove:
		return Up
	case hasBelow:
		return Down
	}
	return Idle
}

func (e *Elevator) Step(tick int) {
	if e.Requests[e.Floor] {
		delete(e.Requests, e.Floor)
		e.Log = append(e.Log, fmt.Sprintf("t=%d open at %d", tick, e.Floor))
		return
	}
	e.Dir = e.chooseDir()
	switch e.Dir {
	case Up:
		e.Floor++
	case Down:
		e.Floor--
	}
}

func main() {
	el := NewElevator()
	calls := map[int][]int{0: {5, 2}, 3: {1}, 6: {8}, 9: {0, 3}, 14: {7}}
	for t := 0; t < 30; t++ {
		for _, f := range calls[t] {
			el.Call(f)
			fmt.Printf("t=%02d call %d\n", t, f)
		}
		el.Step(t)
		fmt.Printf("t=%02d floor=%d dir=%-4v pending=%v\n", t, el.Floor, el.Dir, el.pending())
		if len(el.Requests) == 0 && t > 14 {
			break
		}
	}
	for _, l := range el.Log {
		fmt.Println(l)
	}
}
