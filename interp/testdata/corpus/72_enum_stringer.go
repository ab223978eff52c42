package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

var colorNames = [...]string{"Red", "Green", "Blue"}

func (c Color) String() string {
	if c < 0 || int(c) >= len(colorNames) {
		return fmt.Sprintf("Color(%d)", int(c))
	}
	return colorNames[c]
}

type State uint8

const (
	Idle State = iota + 1
	Running
	Stopped
)

func (s State) String() string {
	switch s {
	case Idle:
		return "idle"
	case Running:
		return "running"
	case Stopped:
		return "stopped"
	}
	return "unknown"
}

func main() {
	fmt.Println(Red, Green, Blue)
	fmt.Printf("%v %d %s\n", Blue, Blue, Green)
	fmt.Println(Color(7))
	fmt.Println([]Color{Blue, Red})
	var s State = Running
	fmt.Println(s, Stopped, State(0))
	fmt.Printf("%v|%5v|%-8v|\n", Idle, Idle, s)
	m := map[Color]int{Red: 1}
	fmt.Println(m)
}
