package main

import (
	"fmt"
	"sort"
	"strings"
)

type Color uint8

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string {
	return [...]string{"Color(0)", "red", "green", "blue"}[c]
}

func (c Color) GoString() string { return "main." + strings.Title(c.String()) }

type Point struct{ X, Y int }

type Shape struct {
	Kind   string
	Points []Point
	Fill   Color
	Tags   map[string]bool
	parent *Shape
}

type Temperature float64

func (t Temperature) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	s := Shape{Kind: "tri", Points: []Point{{0, 0}, {4, 0}, {2, 3}}, Fill: Green, Tags: map[string]bool{"closed": true}}
	fmt.Printf("%v\n", s)
	fmt.Printf("%+v\n", s)
	fmt.Printf("%#v\n", s.Points)
	fmt.Printf("%#v %#v %v %d\n", s.Fill, Blue, Red, Blue)
	colors := []Color{Blue, Red, Green}
	sort.Slice(colors, func(i, j int) bool { return colors[i].String() < colors[j].String() })
	fmt.Println(colors, fmt.Sprintf("%#v", colors))
	temps := map[string]Temperature{"mon": 21.5, "tue": 19.25, "wed": -3}
	fmt.Println(temps)
	fmt.Printf("%v %.2f %6.1f|\n", temps["mon"], temps["tue"], float64(temps["wed"]))
	type pair struct {
		C Color
		T Temperature
	}
	ps := []pair{{Red, 10}, {Blue, 20.05}}
	fmt.Printf("%v %+v\n", ps, ps[1])
	var anyC any = Green
	switch v := anyC.(type) {
	case fmt.GoStringer:
		fmt.Println("gostringer:", v.GoString())
	default:
		fmt.Println("plain")
	}
	fmt.Printf("%s|%q|%x|%5v|\n", Blue, Red, Green, Red)
}
