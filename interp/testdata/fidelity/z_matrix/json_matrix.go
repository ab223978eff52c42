package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Count int
type Name string
type Flag bool
type Celsius float64
type Raw []byte

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Level struct{ N int }

func (l *Level) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf("\"L%d\"", l.N)), nil }

type Stamp int64

func (s Stamp) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("{\"sec\":%d}", int64(s))), nil
}

type Color int

func (c Color) MarshalText() ([]byte, error) { return []byte([]string{"red", "green", "blue"}[c]), nil }

type Point struct {
	X int `json:"x"`
	Y int `json:"y,omitempty"`
}

type Item struct {
	ID     Count             `json:"id"`
	Title  Name              `json:"title"`
	Price  Money             `json:"price,string"`
	Tags   []string          `json:"tags,omitempty"`
	Attrs  map[string]string `json:"attrs"`
	secret string
	Skip   int `json:"-"`
	Hue    Color
	When   Stamp `json:"when"`
}

type Outer struct {
	Item
	*Point
	Extra Flag `json:"extra"`
}

type Holder struct {
	A any
	B any
	C any
}

type Opt struct {
	N int            `json:",omitempty"`
	S string         `json:"s,omitempty"`
	P *Point         `json:"p,omitempty"`
	L []int          `json:"l,omitempty"`
	M map[string]int `json:"m,omitempty"`
	T Count          `json:"t,omitempty"`
	Z Stamp          `json:"z,omitempty"`
}

type Embed struct {
	Point
	*Level
	Name
}

func show(label string, v any) {
	b, err := json.Marshal(v)
	fmt.Printf("%-16s %s %v\n", label, b, err)
}

func main() {
	lvl := Level{2}
	item := Item{ID: 1, Title: "pen", Price: 250, Tags: []string{"a"}, Attrs: map[string]string{"z": "1", "a": "2"}, secret: "s", Skip: 9, Hue: 2, When: 60}
	outer := Outer{Item: item, Point: &Point{X: 7}, Extra: true}
	_ = lvl
	_ = outer

	show("Count", Count(5))
	show("Money", Money(1234))
	show("Name", Name("n<&>"))
	show("Flag", Flag(true))
	show("Celsius", Celsius(21.5))
	show("Raw", Raw("hi"))

	show("Level", Level{2})
	show("*Level", &lvl)
	show("Stamp", Stamp(90))
	show("Color", Color(1))
	show("Point", Point{1, 2})
	show("Item", item)

	show("*Item", &item)
	show("Item{}", Item{})
	show("Outer", outer)
	show("Holder", Holder{A: Money(3), B: Level{4}, C: Color(2)})
	show("[]any", []any{Count(1), Level{2}, Color(0), nil, Point{}, Money(9)})
	show("map[Color]int", map[Color]int{1: 1, 2: 2})

	show("map[Name]Point", map[Name]Point{"b": {1, 1}, "a": {2, 2}})
	show("map[string]any", map[string]any{"x": Count(1), "y": &lvl, "z": []Color{1, 2}})
	show("[]Level", []Level{{1}, {2}})
	show("[2]Stamp", [2]Stamp{1, 2})
	show("nil slice", []Count(nil))
	show("nil map", map[Name]int(nil))

	show("Opt{}", Opt{})
	show("Opt full", Opt{N: 1, S: "s", P: &Point{}, L: []int{1}, M: map[string]int{"a": 1}, T: Count(3), Z: Stamp(0)})
	show("Embed", Embed{Point{3, 4}, &Level{7}, Name("e")})

	for _, v := range []any{item, outer, Holder{A: &lvl, B: Stamp(1), C: Color(0)}} {
		out, err := json.MarshalIndent(v, "", "  ")
		fmt.Println(string(out), err)
	}

	var back Item
	err := json.Unmarshal([]byte(`{"id":3,"title":"cup","price":"125","tags":["x"],"Hue":1}`), &back)
	fmt.Printf("%+v %v\n", back, err)
	var generic map[string]any
	json.NewDecoder(strings.NewReader(`{"a":1,"b":[true,null],"c":{"d":"e"}}`)).Decode(&generic)
	fmt.Println(generic)
}
