package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

type Pixel struct {
	Pos   Point
	Color Color
}

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Timeout struct{ Op string }

func (e *Timeout) Error() string { return e.Op + ": timeout" }

func lookup(k string) error {
	switch k {
	case "a":
		return nil
	case "b":
		return NotFound{k}
	default:
		return &Timeout{"lookup " + k}
	}
}

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%v %d %s %q\n", Blue, Blue, Blue, Blue)
	colors := []Color{Blue, Red}
	fmt.Println(colors)

	p := Point{1, 2}
	fmt.Println(p)
	fmt.Println(&p)
	px := Pixel{Point{3, 4}, Green}
	fmt.Printf("%v\n", px)
	fmt.Printf("%+v\n", px)
	ptrs := []*Point{{5, 6}, {7, 8}}
	fmt.Println(ptrs[0], ptrs[1])

	m := map[Color]int{Red: 1, Blue: 3}
	fmt.Println(m)

	for _, k := range []string{"a", "b", "c"} {
		err := lookup(k)
		if err == nil {
			fmt.Println(k, "ok")
			continue
		}
		var nf NotFound
		var to *Timeout
		switch {
		case errors.As(err, &nf):
			fmt.Println("NotFound for", nf.Key, "-", err)
		case errors.As(err, &to):
			fmt.Println("Timeout in", to.Op, "-", err)
		}
		wrapped := fmt.Errorf("wrapped: %w", err)
		fmt.Println(wrapped, errors.Unwrap(wrapped) == err)
	}
	var s fmt.Stringer = Green
	fmt.Println("stringer:", s.String())
	s = &p
	fmt.Println("stringer ptr:", s)
	fmt.Printf("%s|%10s|%-6s|\n", Red, Green, Blue)
}
