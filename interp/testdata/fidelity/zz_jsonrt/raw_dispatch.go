package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

type Envelope struct {
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

type Shape interface {
	Area() float64
	Kind() string
}

type Circle struct {
	R float64 `json:"r"`
}
type Rect struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
}
type Poly struct {
	Points [][2]float64 `json:"points"`
}

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (r Rect) Area() float64   { return r.W * r.H }
func (p Poly) Area() float64 {
	s := 0.0
	for i := range p.Points {
		a, b := p.Points[i], p.Points[(i+1)%len(p.Points)]
		s += a[0]*b[1] - b[0]*a[1]
	}
	return math.Abs(s) / 2
}
func (Circle) Kind() string { return "circle" }
func (Rect) Kind() string   { return "rect" }
func (Poly) Kind() string   { return "poly" }

var factories = map[string]func() Shape{
	"circle": func() Shape { return &Circle{} },
	"rect":   func() Shape { return &Rect{} },
	"poly":   func() Shape { return &Poly{} },
}

var ErrUnknownType = errors.New("unknown type")

func decode(data []byte) ([]Shape, []error) {
	var envs []Envelope
	if err := json.Unmarshal(data, &envs); err != nil {
		return nil, []error{err}
	}
	var shapes []Shape
	var errs []error
	for i, e := range envs {
		mk, ok := factories[e.Type]
		if !ok {
			errs = append(errs, fmt.Errorf("item %d: %q: %w", i, e.Type, ErrUnknownType))
			continue
		}
		s := mk()
		if err := json.Unmarshal(e.Payload, s); err != nil {
			errs = append(errs, fmt.Errorf("item %d (%s): %w", i, e.Type, err))
			continue
		}
		shapes = append(shapes, s)
	}
	return shapes, errs
}

func encode(shapes []Shape) ([]byte, error) {
	var envs []Envelope
	for _, s := range shapes {
		p, err := json.Marshal(s)
		if err != nil {
			return nil, err
		}
		envs = append(envs, Envelope{s.Kind(), p})
	}
	return json.Marshal(envs)
}

const input = `[
 {"type":"circle","payload":{"r":1.5}},
 {"type":"rect","payload":{"w":3,"h":4}},
 {"type":"hexagon","payload":{}},
 {"type":"poly","payload":{"points":[[0,0],[4,0],[4,3]]}},
 {"type":"rect","payload":{"w":"wide"}}
]`

func main() {
	shapes, errs := decode([]byte(input))
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%-7s %8.3f %T %+v\n", s.Kind(), s.Area(), s, s)
	}
	fmt.Printf("total %.3f\n", total)
	for _, e := range errs {
		fmt.Println("error:", e, errors.Is(e, ErrUnknownType))
	}
	out, err := encode(shapes)
	fmt.Println(string(out), err)
	again, errs := decode(out)
	fmt.Println(len(again), len(errs), again[2].Area() == shapes[2].Area())
	var raw map[string]json.RawMessage
	json.Unmarshal([]byte(`{"a": [1, 2], "b": {"c": null}}`), &raw)
	fmt.Println(string(raw["a"]), string(raw["b"]))
}
