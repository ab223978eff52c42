package main

import "fmt"

type Event interface{ When() int }

type Click struct{ X, Y int }
type Key struct{ Code rune }

func (c Click) When() int { return c.X }
func (k Key) When() int   { return int(k.Code) }

func handle(e Event) {
	k := e.(Key)
	fmt.Println("key", k.Code)
}

func main() {
	handle(Key{'a'})
	handle(Click{1, 2})
	fmt.Println("unreachable")
}
