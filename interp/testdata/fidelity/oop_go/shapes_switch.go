package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }
type Group []Shape

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return math.Pi * c.R * c.R }
func (g Group) Area() float64 {
	t := 0.0
	for _, s := range g {
		t += s.Area()
	}
	return t
}

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func describe(s Shape) string {
	switch v := s.(type) {
	case nil:
		return "nothing"
	case Square:
		return fmt.Sprintf("square %gx%g", v.W, v.H)
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case *Circle:
		if v == nil {
			return "nil circle"
		}
		return fmt.Sprintf("circle r=%g", v.R)
	case Group:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = describe(x)
		}
		return "group[" + strings.Join(parts, ", ") + "]"
	default:
		return fmt.Sprintf("unknown %T", v)
	}
}

type scaled struct {
	Shape
	k float64
}

func (s scaled) Area() float64 { return s.Shape.Area() * s.k * s.k }

var ErrNegative = errors.New("negative size")

func validate(s Shape) error {
	switch v := s.(type) {
	case Rect:
		if v.W < 0 || v.H < 0 {
			return fmt.Errorf("rect: %w", ErrNegative)
		}
	case *Circle:
		if v != nil && v.R < 0 {
			return fmt.Errorf("circle: %w", ErrNegative)
		}
	case Group:
		for i, x := range v {
			if err := validate(x); err != nil {
				return fmt.Errorf("group[%d]: %w", i, err)
			}
		}
	}
	return nil
}

func main() {
	var nilCircle *Circle
	shapes := []Shape{
		Rect{2, 3}, &Circle{1}, NewSquare(4), Group{Rect{1, 1}, &Circle{0.5}}, nil, scaled{Rect{1, 2}, 3}, nilCircle,
		Group{Rect{1, -1}}, Rect{-2, 1},
	}
	for i, s := range shapes {
		area := "-"
		if s != nil && s != Shape(nilCircle) {
			area = fmt.Sprintf("%.3f", s.Area())
		}
		fmt.Printf("%d %-40s area=%-8s err=%v\n", i, describe(s), area, validate(s))
	}
	sq := NewSquare(2)
	var s Shape = sq
	_, isRect := s.(Rect)
	_, isSq := s.(Square)
	fmt.Println(isRect, isSq, sq.Area(), sq.Rect.Area())
}
