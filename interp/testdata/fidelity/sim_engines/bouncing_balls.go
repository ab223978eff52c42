package main

import (
	"fmt"
	"math"
)

type Vec2 struct{ X, Y float64 }

func (a Vec2) Add(b Vec2) Vec2      { return Vec2{a.X + b.X, a.Y + b.Y} }
func (a Vec2) Scale(k float64) Vec2 { return Vec2{a.X * k, a.Y * k} }
func (a Vec2) Len() float64         { return math.Hypot(a.X, a.Y) }
func (a Vec2) String() string       { return fmt.Sprintf("(%.2f, %.2f)", a.X, a.Y) }

type Ball struct {
	Name  string
	Pos   Vec2
	Vel   Vec2
	R     float64
	Bumps int
}

type World struct {
	W, H    float64
	Gravity Vec2
	Balls   []*Ball
	Time    float64
}

func (w *World) Step(dt float64) {
	for _, b := range w.Balls {
		b.Vel = b.Vel.Add(w.Gravity.Scale(dt))
		b.Pos = b.Pos.Add(b.Vel.Scale(dt))
		if b.Pos.X-b.R < 0 {
			b.Pos.X = b.R
			b.Vel.X = -b.Vel.X
			b.Bumps++
		} else if b.Pos.X+b.R > w.W {
			b.Pos.X = w.W - b.R
			b.Vel.X = -b.Vel.X
			b.Bumps++
		}
		if b.Pos.Y-b.R < 0 {
			b.Pos.Y = b.R
			b.Vel.Y = -b.Vel.Y * 0.8
			b.Bumps++
		}
	}
	w.Time += dt
}

func (w *World) Energy() float64 {
	e := 0.0
	for _, b := range w.Balls {
		v := b.Vel.Len()
		e += 0.5*v*v + -w.Gravity.Y*b.Pos.Y
	}
	return e
}

func main() {
	w := &World{W: 10, H: 10, Gravity: Vec2{0, -9.81}}
	w.Balls = []*Ball{
		{Name: "red", Pos: Vec2{1, 8}, Vel: Vec2{2, 0}, R: 0.5},
		{Name: "blue", Pos: Vec2{5, 5}, Vel: Vec2{-3, 4}, R: 0.3},
		{Name: "green", Pos: Vec2{9, 1}, Vel: Vec2{0.5, 10}, R: 0.4},
	}
	const dt = 0.01
	for step := 0; step <= 400; step++ {
		if step%100 == 0 {
			fmt.Printf("t=%.2f energy=%.3f\n", w.Time, w.Energy())
			for _, b := range w.Balls {
				fmt.Printf("  %-5s pos=%v vel=%v bumps=%d\n", b.Name, b.Pos, b.Vel, b.Bumps)
			}
		}
		w.Step(dt)
	}
	highest := w.Balls[0]
	for _, b := range w.Balls[1:] {
		if b.Pos.Y > highest.Pos.Y {
			highest = b
		}
	}
	fmt.Println("highest:", highest.Name, highest.Pos)
	fmt.Println(Vec2{3, 4}.Len(), Vec2{1, 1}.Scale(2))
}
