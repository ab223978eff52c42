package main

import (
	"fmt"
	"strings"
)

// A one-lane ring road with cars following the Nagel–Schreckenberg rules,
// but deterministic (no random slowdown) so the output is stable.

type Car struct {
	ID    int
	Pos   int
	Speed int
}

type Road struct {
	Length int
	Max    int
	Cars   []*Car
}

func (r *Road) gapAhead(i int) int {
	me := r.Cars[i]
	next := r.Cars[(i+1)%len(r.Cars)]
	gap := (next.Pos - me.Pos - 1 + r.Length) % r.Length
	if len(r.Cars) == 1 {
		gap = r.Length - 1
	}
	return gap
}

func (r *Road) Step(t int) {
	gaps := make([]int, len(r.Cars))
	for i := range r.Cars {
		gaps[i] = r.gapAhead(i)
	}
	for i, c := range r.Cars {
		if c.Speed < r.Max {
			c.Speed++
		}
		if c.Speed > gaps[i] {
			c.Speed = gaps[i]
		}
		if (t+c.ID)%7 == 0 && c.Speed > 0 {
			c.Speed-- // a scheduled hesitation
		}
	}
	for _, c := range r.Cars {
		c.Pos = (c.Pos + c.Speed) % r.Length
	}
	// keep cars sorted by position along the ring, starting from the smallest
	for i := 1; i < len(r.Cars); i++ {
		for j := i; j > 0 && r.Cars[j].Pos < r.Cars[j-1].Pos; j-- {
			r.Cars[j], r.Cars[j-1] = r.Cars[j-1], r.Cars[j]
		}
	}
}

func (r *Road) String() string {
	cells := []byte(strings.Repeat(".", r.Length))
	for _, c := range r.Cars {
		cells[c.Pos] = byte('0' + c.Speed)
	}
	return string(cells)
}

func (r *Road) AvgSpeed() float64 {
	s := 0
	for _, c := range r.Cars {
		s += c.Speed
	}
	return float64(s) / float64(len(r.Cars))
}

func main() {
	r := &Road{Length: 40, Max: 5}
	for i, p := range []int{0, 1, 2, 3, 10, 11, 20, 25, 30, 31} {
		r.Cars = append(r.Cars, &Car{ID: i, Pos: p})
	}
	fmt.Println("   ", r)
	var speeds []string
	for t := 1; t <= 25; t++ {
		r.Step(t)
		fmt.Printf("%3d %s %.1f\n", t, r, r.AvgSpeed())
		speeds = append(speeds, fmt.Sprintf("%.1f", r.AvgSpeed()))
	}
	fmt.Println(strings.Join(speeds, ","))
	flow := 0
	for _, c := range r.Cars {
		flow += c.Speed
	}
	fmt.Printf("density %.2f flow %.2f\n", float64(len(r.Cars))/float64(r.Length), float64(flow)/float64(r.Length))
}
