package main

import "fmt"

type T struct{ name string }

func (t T) hello() { fmt.Println("hello from", t.name) }

func main() {
	t := T{"first"}
	defer t.hello()
	t.name = "second"
	p := &T{"p-first"}
	defer p.hello()
	p.name = "p-second"
	fn := func() { fmt.Println("fn v1") }
	defer fn()
	fn = func() { fmt.Println("fn v2") }
}
