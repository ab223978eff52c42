package main

import "fmt"

type Engine struct {
	HP      int
	running bool
}

func (e *Engine) Start() string { e.running = true; return fmt.Sprintf("engine %dhp started", e.HP) }
func (e *Engine) Status() string {
	if e.running {
		return "running"
	}
	return "stopped"
}

type Radio struct{ Station string }

func (r Radio) Status() string { return "radio on " + r.Station }

type Car struct {
	*Engine
	Radio
	Model string
}

func (c Car) Status() string { return c.Model + ": " + c.Engine.Status() + ", " + c.Radio.Status() }

func main() {
	c := Car{&Engine{HP: 150}, Radio{"jazz"}, "roadster"}
	fmt.Println(c.Status())
	fmt.Println(c.Start())
	fmt.Println(c.Status())
	fmt.Println(c.HP, c.Station)
	fmt.Printf("%+v\n", c.Radio)
}
