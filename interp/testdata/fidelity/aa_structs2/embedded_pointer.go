package main

import (
	"fmt"
	"strings"
)

type Engine struct {
	HP      int
	running bool
}

func (e *Engine) Start() string {
	e.running = true
	return fmt.Sprintf("engine %dhp started", e.HP)
}
func (e Engine) Running() bool { return e.running }

type Radio struct{ Station string }

func (r Radio) Play() string { return "playing " + r.Station }

type Car struct {
	*Engine
	Radio
	Model string
}

type Starter interface{ Start() string }
type Player interface{ Play() string }

type Fleet []*Car

func (f Fleet) Start() string {
	var parts []string
	for _, c := range f {
		parts = append(parts, c.Model+": "+c.Start())
	}
	return strings.Join(parts, "; ")
}

func main() {
	c := Car{&Engine{HP: 150}, Radio{"jazz"}, "sedan"}
	var s Starter = c // value Car has *Engine's pointer methods
	fmt.Println(s.Start(), c.Running(), c.Engine.running)
	c2 := c
	c2.HP = 300
	fmt.Println(c.HP, c2.HP, c.Engine == c2.Engine)
	c2.Station = "rock"
	fmt.Println(c.Play(), c2.Play())
	var p Player = &c
	fmt.Println(p.Play())
	empty := Car{Model: "shell"}
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		fmt.Println(empty.Running())
	}()
	fleet := Fleet{&c, &Car{&Engine{HP: 90}, Radio{}, "mini"}}
	var fs Starter = fleet
	fmt.Println(fs.Start())
	_, isPlayer := any(c).(Player)
	_, isStarter := any(Radio{}).(Starter)
	fmt.Println(isPlayer, isStarter)
	fmt.Printf("%v %+v\n", c.Radio, *c.Engine)
}
