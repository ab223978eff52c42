package main

import "fmt"

type Conn struct {
	id     int
	closed bool
}

func (c *Conn) Close() { c.closed = true; fmt.Println("closed conn", c.id) }
func (c Conn) Report() { fmt.Println("report conn", c.id, "closed:", c.closed) }

func main() {
	c := &Conn{id: 1}
	defer c.Report()
	defer c.Close()
	c2 := Conn{id: 2}
	defer c2.Report()
	c2.closed = true
	c = &Conn{id: 3}
	fmt.Println("main body done")
}
