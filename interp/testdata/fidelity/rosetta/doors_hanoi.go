package main

import (
	"fmt"
	"strings"
)

// 100 doors, then Towers of Hanoi.

type Door bool

func (d Door) String() string {
	if d {
		return "open"
	}
	return "closed"
}

func hundredDoors(n int) []Door {
	doors := make([]Door, n+1)
	for pass := 1; pass <= n; pass++ {
		for d := pass; d <= n; d += pass {
			doors[d] = !doors[d]
		}
	}
	return doors
}

type Move struct {
	Disk     int
	From, To string
}

func (m Move) String() string {
	return fmt.Sprintf("disk %d: %s -> %s", m.Disk, m.From, m.To)
}

type Hanoi struct {
	moves []Move
	pegs  map[string][]int
}

func NewHanoi(n int) *Hanoi {
	h := &Hanoi{pegs: map[string][]int{"A": {}, "B": {}, "C": {}}}
	for i := n; i >= 1; i-- {
		h.pegs["A"] = append(h.pegs["A"], i)
	}
	return h
}

func (h *Hanoi) move(n int, from, to, via string) {
	if n == 0 {
		return
	}
	h.move(n-1, from, via, to)
	src := h.pegs[from]
	disk := src[len(src)-1]
	h.pegs[from] = src[:len(src)-1]
	h.pegs[to] = append(h.pegs[to], disk)
	h.moves = append(h.moves, Move{disk, from, to})
	h.move(n-1, via, to, from)
}

func (h *Hanoi) show() string {
	var sb strings.Builder
	for _, p := range []string{"A", "B", "C"} {
		fmt.Fprintf(&sb, "%s:%v ", p, h.pegs[p])
	}
	return strings.TrimSpace(sb.String())
}

func main() {
	doors := hundredDoors(100)
	var open []int
	for i, d := range doors {
		if i > 0 && d {
			open = append(open, i)
		}
	}
	fmt.Println("open doors:", open)
	fmt.Printf("door 50 is %v, door 64 is %s\n", doors[50], doors[64])
	fmt.Printf("%d open, %d closed\n", len(open), 100-len(open))

	for n := 1; n <= 4; n++ {
		h := NewHanoi(n)
		before := h.show()
		h.move(n, "A", "C", "B")
		fmt.Printf("n=%d moves=%d (2^n-1=%d) %s => %s\n", n, len(h.moves), 1<<n-1, before, h.show())
	}
	h := NewHanoi(3)
	h.move(3, "A", "C", "B")
	for i, m := range h.moves {
		fmt.Printf("%2d. %v\n", i+1, m)
	}
	fmt.Printf("%+v\n", h.moves[0])
	fmt.Printf("%#v\n", h.moves[len(h.moves)-1])
}
