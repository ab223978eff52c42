package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	T, From, To int
}

type Lift struct {
	ID        int
	Floor     int
	Riders    []Request
	Targets   map[int]bool
	Moved     int
	Delivered int
}

func (l *Lift) String() string {
	ts := []int{}
	for f := range l.Targets {
		ts = append(ts, f)
	}
	sort.Ints(ts)
	return fmt.Sprintf("L%d@%d riders=%d targets=%v", l.ID, l.Floor, len(l.Riders), ts)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

type Building struct {
	Lifts   []*Lift
	Waiting []Request
	Waits   []int
}

func (b *Building) assign(r Request) *Lift {
	best := b.Lifts[0]
	for _, l := range b.Lifts[1:] {
		if abs(l.Floor-r.From)+len(l.Targets) < abs(best.Floor-r.From)+len(best.Targets) {
			best = l
		}
	}
	best.Targets[r.From] = true
	return best
}

func (b *Building) tick(t int) {
	for _, l := range b.Lifts {
		// unload
		kept := l.Riders[:0]
		for _, r := range l.Riders {
			if r.To == l.Floor {
				l.Delivered++
			} else {
				kept = append(kept, r)
			}
		}
		l.Riders = kept
		// load
		rest := b.Waiting[:0]
		for _, r := range b.Waiting {
			if r.From == l.Floor {
				l.Riders = append(l.Riders, r)
				l.Targets[r.To] = true
				b.Waits = append(b.Waits, t-r.T)
			} else {
				rest = append(rest, r)
			}
		}
		b.Waiting = rest
		delete(l.Targets, l.Floor)
		// move toward the nearest target
		nearest, dist := -1, 1<<30
		for f := range l.Targets {
			if d := abs(f - l.Floor); d < dist || d == dist && f < nearest {
				nearest, dist = f, d
			}
		}
		if nearest >= 0 {
			if nearest > l.Floor {
				l.Floor++
			} else {
				l.Floor--
			}
			l.Moved++
		}
	}
}

func main() {
	b := &Building{}
	for i := 1; i <= 3; i++ {
		b.Lifts = append(b.Lifts, &Lift{ID: i, Floor: (i - 1) * 5, Targets: map[int]bool{}})
	}
	reqs := []Request{{0, 0, 9}, {1, 4, 0}, {2, 7, 2}, {2, 1, 3}, {5, 9, 0}, {6, 3, 8}, {9, 6, 6}, {10, 0, 5}, {12, 8, 1}}
	next := 0
	for t := 0; t < 40; t++ {
		for next < len(reqs) && reqs[next].T == t {
			r := reqs[next]
			next++
			if r.From == r.To {
				fmt.Printf("t=%d ignore %d->%d\n", t, r.From, r.To)
				continue
			}
			b.Waiting = append(b.Waiting, r)
			l := b.assign(r)
			fmt.Printf("t=%d %d->%d assigned to L%d\n", t, r.From, r.To, l.ID)
		}
		b.tick(t)
		if t%8 == 7 {
			parts := []string{}
			for _, l := range b.Lifts {
				parts = append(parts, l.String())
			}
			fmt.Printf("t=%2d %s\n", t, strings.Join(parts, " | "))
		}
	}
	total := 0
	for _, w := range b.Waits {
		total += w
	}
	fmt.Println("waits:", b.Waits, "total", total)
	for _, l := range b.Lifts {
		fmt.Printf("L%d moved %d delivered %d\n", l.ID, l.Moved, l.Delivered)
	}
}
