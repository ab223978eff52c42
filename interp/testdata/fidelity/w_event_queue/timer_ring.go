package main

import (
	"fmt"
	"sort"
	"time"
)

type Timer struct {
	ID       int
	Deadline time.Duration
	Label    string
}

type Wheel struct {
	tick    time.Duration
	slots   [][]Timer
	cursor  int
	elapsed time.Duration
	nextID  int
}

func NewWheel(slots int, tick time.Duration) *Wheel {
	return &Wheel{tick: tick, slots: make([][]Timer, slots)}
}

func (w *Wheel) After(d time.Duration, label string) int {
	w.nextID++
	steps := int(d / w.tick)
	if steps < 1 {
		steps = 1
	}
	slot := (w.cursor + steps) % len(w.slots)
	w.slots[slot] = append(w.slots[slot], Timer{w.nextID, w.elapsed + d, label})
	return w.nextID
}

func (w *Wheel) Advance() []Timer {
	w.cursor = (w.cursor + 1) % len(w.slots)
	w.elapsed += w.tick
	var due, keep []Timer
	for _, t := range w.slots[w.cursor] {
		if t.Deadline <= w.elapsed {
			due = append(due, t)
		} else {
			keep = append(keep, t)
		}
	}
	w.slots[w.cursor] = keep
	sort.Slice(due, func(i, j int) bool { return due[i].ID < due[j].ID })
	return due
}

func main() {
	w := NewWheel(4, 250*time.Millisecond)
	w.After(500*time.Millisecond, "flush")
	w.After(time.Second+250*time.Millisecond, "retry")
	w.After(100*time.Millisecond, "blink")
	w.After(500*time.Millisecond, "save")
	w.After(2*time.Second, "expire")
	for step := 1; step <= 9; step++ {
		fired := w.Advance()
		if len(fired) == 0 {
			continue
		}
		fmt.Printf("t=%-6v", w.elapsed)
		for _, t := range fired {
			fmt.Printf(" %s#%d", t.Label, t.ID)
		}
		fmt.Println()
		if step == 2 {
			w.After(750*time.Millisecond, "again")
		}
	}
	left := 0
	for i, s := range w.slots {
		left += len(s)
		if len(s) > 0 {
			fmt.Printf("slot %d: %+v\n", i, s)
		}
	}
	fmt.Println("left", left, w.elapsed.Seconds(), w.tick.String())
	fmt.Printf("%v\n", []time.Duration{w.tick, w.elapsed, 90 * time.Second})
}
