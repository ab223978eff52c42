package main

import (
	"fmt"
	"time"
)

type State interface {
	Name() string
	Duration() time.Duration
	Next(pedestrianWaiting bool) State
}

type Green struct{ extended bool }
type Yellow struct{}
type Red struct{}
type Walk struct{ remaining int }

func (Green) Name() string { return "GREEN" }
func (g Green) Duration() time.Duration {
	if g.extended {
		return 45 * time.Second
	}
	return 30 * time.Second
}
func (g Green) Next(ped bool) State { return Yellow{} }

func (Yellow) Name() string            { return "YELLOW" }
func (Yellow) Duration() time.Duration { return 4 * time.Second }
func (Yellow) Next(ped bool) State     { return Red{} }
func (Red) Name() string               { return "RED" }
func (Red) Duration() time.Duration    { return 20 * time.Second }
func (Red) Next(ped bool) State {
	if ped {
		return &Walk{remaining: 3}
	}
	return Green{extended: true}
}

func (w *Walk) Name() string            { return fmt.Sprintf("WALK(%d)", w.remaining) }
func (w *Walk) Duration() time.Duration { return 5 * time.Second }
func (w *Walk) Next(ped bool) State {
	w.remaining--
	if w.remaining > 0 {
		return w
	}
	return Green{}
}

type Controller struct {
	state   State
	elapsed time.Duration
	history map[string]int
}

func (c *Controller) Run(cycles int, pedestrians []bool) {
	for i := 0; i < cycles; i++ {
		s := c.state
		c.history[fmt.Sprintf("%T", s)]++
		fmt.Printf("%8v  %-9s for %v\n", c.elapsed, s.Name(), s.Duration())
		c.elapsed += s.Duration()
		c.state = s.Next(pedestrians[i%len(pedestrians)])
	}
}

func main() {
	c := &Controller{state: Green{}, history: map[string]int{}}
	c.Run(16, []bool{false, false, true, false, false, false, true})
	fmt.Println("total time:", c.elapsed, "=", c.elapsed.Minutes(), "minutes")
	for _, k := range []string{"main.Green", "main.Yellow", "main.Red", "*main.Walk"} {
		fmt.Printf("%-12s %d\n", k, c.history[k])
	}
	var s State = Red{}
	switch v := s.Next(true).(type) {
	case *Walk:
		fmt.Println("walk with", v.remaining, "ticks left")
	case Green:
		fmt.Println("green, extended:", v.extended)
	}
}
