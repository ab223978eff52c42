package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pos struct{ X, Y int }

func (p Pos) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

type GameState struct {
	Turn    int
	Players map[string]Pos
	Score   [2]int
}

type Memento struct {
	state GameState
	note  string
}

func (g GameState) Save(note string) Memento {
	cp := g
	cp.Players = make(map[string]Pos, len(g.Players))
	for k, v := range g.Players {
		cp.Players[k] = v
	}
	return Memento{cp, note}
}

func (g *GameState) Restore(m Memento) { *g = m.state }

func (g *GameState) Move(who string, dx, dy int) {
	p := g.Players[who]
	p.X += dx
	p.Y += dy
	g.Players[who] = p
	g.Turn++
}

func main() {
	g := &GameState{Players: map[string]Pos{"red": {0, 0}, "blue": {5, 5}}}
	var hist Stack[Memento]
	hist.Push(g.Save("start"))
	g.Move("red", 1, 2)
	g.Score[0] += 3
	hist.Push(g.Save("after red"))
	g.Move("blue", -1, 0)
	g.Move("red", 0, 1)
	g.Score[1]++
	fmt.Printf("now:  %+v\n", *g)
	for hist.Len() > 0 {
		m, _ := hist.Pop()
		g.Restore(m)
		fmt.Printf("%-10s turn=%d red=%v blue=%s score=%v\n", m.note, g.Turn, g.Players["red"], g.Players["blue"], g.Score)
	}
	_, err := hist.Pop()
	fmt.Println("pop:", err)
	var ints Stack[int]
	for i := range 4 {
		ints.Push(i * i)
	}
	top, _ := ints.Pop()
	fmt.Printf("%d %v %+v %T\n", top, ints, ints, ints)
	names := Stack[string]{items: []string{"a"}}
	fmt.Printf("%v %#v\n", names, names.items)
	fmt.Println(g.Players)
}
