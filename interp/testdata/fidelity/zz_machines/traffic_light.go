package main

import (
	"fmt"
	"strings"
	"time"
)

type Light int

const (
	Red Light = iota
	RedAmber
	Green
	Amber
	FlashingAmber
)

func (l Light) String() string {
	return [...]string{"RED", "RED+AMBER", "GREEN", "AMBER", "FLASHING"}[l]
}

type Event int

const (
	Tick Event = iota
	PedestrianButton
	Fault
	Reset
)

type Controller struct {
	Light     Light
	remaining time.Duration
	walkReq   bool
	durations map[Light]time.Duration
	clock     time.Duration
	log       []string
}

func NewController() *Controller {
	c := &Controller{durations: map[Light]time.Duration{
		Red: 30 * time.Second, RedAmber: 2 * time.Second, Green: 25 * time.Second, Amber: 3 * time.Second,
	}}
	c.enter(Red)
	return c
}

func (c *Controller) enter(l Light) {
	c.Light = l
	c.remaining = c.durations[l]
	if l == Green && c.walkReq {
		c.remaining = 10 * time.Second
	}
	if l == Red {
		c.walkReq = false
	}
	c.log = append(c.log, fmt.Sprintf("%6v %v", c.clock, l))
}

var next = map[Light]Light{Red: RedAmber, RedAmber: Green, Green: Amber, Amber: Red}

func (c *Controller) Handle(e Event, dt time.Duration) {
	switch e {
	case Tick:
		c.clock += dt
		if c.Light == FlashingAmber {
			return
		}
		c.remaining -= dt
		for c.remaining <= 0 {
			over := -c.remaining
			c.enter(next[c.Light])
			c.remaining -= over
		}
	case PedestrianButton:
		c.walkReq = true
		if c.Light == Green && c.remaining > 5*time.Second {
			c.remaining = 5 * time.Second
			c.log = append(c.log, fmt.Sprintf("%6v   (green cut short)", c.clock))
		}
	case Fault:
		c.enter(FlashingAmber)
	case Reset:
		if c.Light == FlashingAmber {
			c.enter(Red)
		}
	}
}

func main() {
	c := NewController()
	script := []struct {
		e  Event
		dt time.Duration
	}{
		{Tick, 29 * time.Second}, {Tick, 3 * time.Second}, {Tick, 10 * time.Second},
		{PedestrianButton, 0}, {Tick, 6 * time.Second}, {Tick, 4 * time.Second},
		{PedestrianButton, 0}, {Tick, 31 * time.Second}, {Tick, 5 * time.Second},
		{Fault, 0}, {Tick, time.Minute}, {Reset, 0}, {Tick, 500 * time.Millisecond},
	}
	for _, s := range script {
		c.Handle(s.e, s.dt)
	}
	fmt.Println(strings.Join(c.log, "\n"))
	fmt.Printf("now %v at %v, %v left, walk=%t\n", c.Light, c.clock, c.remaining, c.walkReq)
	fmt.Println(next, Light(2))
}
