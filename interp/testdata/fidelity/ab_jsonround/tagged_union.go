package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
)

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

func (Circle) Kind() string { return "circle" }
func (Rect) Kind() string   { return "rect" }
func (*Poly) Kind() string  { return "poly" }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (r Rect) Area() float64   { return r.W * r.H }
func (p *Poly) Area() float64 {
	s := 0.0
	for i, a := range p.Points {
		b := p.Points[(i+1)%len(p.Points)]
		s += a[0]*b[1] - b[0]*a[1]
	}
	return math.Abs(s) / 2
}

type Envelope struct {
	Shape Shape
	Label string
}

type wire struct {
	Type  string          `json:"type"`
	Label string          `json:"label,omitempty"`
	Data  json.RawMessage `json:"data"`
}

var registry = map[string]func() Shape{
	"circle": func() Shape { return &Circle{} },
	"rect":   func() Shape { return new(Rect) },
	"poly":   func() Shape { return &Poly{} },
}

var ErrUnknownType = errors.New("unknown shape type")

func (e Envelope) MarshalJSON() ([]byte, error) {
	data, err := json.Marshal(e.Shape)
	if err != nil {
		return nil, err
	}
	return json.Marshal(wire{e.Shape.Kind(), e.Label, data})
}

func (e *Envelope) UnmarshalJSON(b []byte) error {
	var w wire
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	mk, ok := registry[w.Type]
	if !ok {
		return fmt.Errorf("%w %q", ErrUnknownType, w.Type)
	}
	s := mk()
	if err := json.Unmarshal(w.Data, s); err != nil {
		return fmt.Errorf("%s data: %w", w.Type, err)
	}
	// store value types by value, as they were declared
	switch v := s.(type) {
	case *Circle:
		e.Shape = *v
	case *Rect:
		e.Shape = *v
	default:
		e.Shape = v
	}
	e.Label = w.Label
	return nil
}

type Drawing struct {
	Title  string     `json:"title"`
	Shapes []Envelope `json:"shapes"`
}

func (d Drawing) Summary() string {
	var b strings.Builder
	total := 0.0
	for _, e := range d.Shapes {
		fmt.Fprintf(&b, "%-7s %-8q %8.3f %T\n", e.Shape.Kind(), e.Label, e.Shape.Area(), e.Shape)
		total += e.Shape.Area()
	}
	fmt.Fprintf(&b, "total %.3f", total)
	return b.String()
}

func main() {
	d := Drawing{"plan", []Envelope{
		{Circle{1.5}, "pond"},
		{Rect{4, 2.5}, "shed"},
		{&Poly{[][2]float64{{0, 0}, {4, 0}, {4, 3}}}, ""},
	}}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	var back Drawing
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(back.Summary())
	c, isCircle := back.Shapes[0].Shape.(Circle)
	_, isPtr := back.Shapes[0].Shape.(*Circle)
	fmt.Println(c, isCircle, isPtr, back.Shapes[1].Shape == Shape(Rect{4, 2.5}))
	for _, in := range []string{
		`{"title":"x","shapes":[{"type":"hexagon","data":{}}]}`,
		`{"title":"x","shapes":[{"type":"rect","data":{"w":"wide"}}]}`,
		`{"title":"x","shapes":[{"type":"circle","data":{"r":2}},{"type":"poly","data":{"points":[[0,0],[1,0],[0,1]]}}]}`,
		`{"title":"x","shapes":[{"type":"circle"}]}`,
	} {
		var dd Drawing
		err := json.Unmarshal([]byte(in), &dd)
		switch {
		case errors.Is(err, ErrUnknownType):
			fmt.Println("unknown:", err)
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Println(strings.ReplaceAll(dd.Summary(), "\n", " | "))
		}
	}
	fmt.Printf("%+v\n", back.Shapes[:2])
	fmt.Printf("%v\n", back.Shapes[2].Shape)
}
