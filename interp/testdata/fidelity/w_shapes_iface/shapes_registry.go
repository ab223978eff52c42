package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Shape interface {
	Area() float64
	Kind() string
}

type Square struct{ Side float64 }
type Disc struct{ Radius float64 }
type Ellipse struct{ A, B float64 }

func (s Square) Area() float64  { return s.Side * s.Side }
func (s Square) Kind() string   { return "square" }
func (d Disc) Area() float64    { return 3.14159 * d.Radius * d.Radius }
func (d Disc) Kind() string     { return "disc" }
func (e Ellipse) Area() float64 { return 3.14159 * e.A * e.B }
func (e Ellipse) Kind() string  { return "ellipse" }

var ErrUnknownShape = errors.New("unknown shape")
var ErrBadArgs = errors.New("bad arguments")

type ParseError struct {
	Line int
	Text string
	Err  error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d %q: %v", e.Line, e.Text, e.Err)
}
func (e *ParseError) Unwrap() error { return e.Err }

type factory func(args []float64) (Shape, error)

var registry = map[string]factory{
	"square": func(a []float64) (Shape, error) {
		if len(a) != 1 {
			return nil, fmt.Errorf("square wants 1 number, got %d: %w", len(a), ErrBadArgs)
		}
		return Square{a[0]}, nil
	},
	"disc": func(a []float64) (Shape, error) {
		if len(a) != 1 {
			return nil, fmt.Errorf("disc wants 1 number: %w", ErrBadArgs)
		}
		return Disc{a[0]}, nil
	},
	"ellipse": func(a []float64) (Shape, error) {
		if len(a) != 2 {
			return nil, fmt.Errorf("ellipse wants 2 numbers: %w", ErrBadArgs)
		}
		return Ellipse{a[0], a[1]}, nil
	},
}

func parse(line int, text string) (Shape, error) {
	fields := strings.Fields(text)
	if len(fields) == 0 {
		return nil, &ParseError{line, text, errors.New("empty line")}
	}
	f, ok := registry[fields[0]]
	if !ok {
		return nil, &ParseError{line, text, ErrUnknownShape}
	}
	var nums []float64
	for _, s := range fields[1:] {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return nil, &ParseError{line, text, err}
		}
		nums = append(nums, v)
	}
	sh, err := f(nums)
	if err != nil {
		return nil, &ParseError{Line: line, Text: text, Err: err}
	}
	return sh, nil
}

func main() {
	input := []string{"square 3", "disc 1", "hexagon 2", "ellipse 2 1", "square x", "disc", "", "ellipse 1 1"}
	var shapes []Shape
	for i, line := range input {
		s, err := parse(i+1, line)
		var pe *ParseError
		switch {
		case err == nil:
			shapes = append(shapes, s)
		case errors.Is(err, ErrUnknownShape):
			fmt.Println("skip:", err)
		case errors.Is(err, ErrBadArgs):
			fmt.Printf("args: %v\n", err)
		case errors.As(err, &pe):
			fmt.Printf("parse at %d: %v (%T)\n", pe.Line, pe.Err, pe.Err)
		}
	}
	names := make([]string, 0, len(registry))
	for k := range registry {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println("known:", strings.Join(names, ", "))
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() > shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-8s %6.2f %v %+v\n", s.Kind(), s.Area(), s, s)
	}
	fmt.Printf("%v\n", shapes)
}
