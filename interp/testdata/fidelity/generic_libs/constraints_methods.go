package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (c Circle) Area() float64 { return 3.14159 * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

func Largest[S Shape](shapes []S) S {
	var best S
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func TotalArea[S Shape](shapes ...S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type StringableInt interface {
	Integer
	String() string
}

type Meters int
type Port int16

func (m Meters) String() string { return strconv.Itoa(int(m)) + "m" }
func (p Port) String() string   { return ":" + strconv.Itoa(int(p)) }

func Describe[T StringableInt](xs []T) string {
	var sum T
	parts := make([]string, len(xs))
	for i, x := range xs {
		sum += x
		parts[i] = x.String()
	}
	return strings.Join(parts, "+") + " = " + sum.String()
}

func Abs[T Integer](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

type Parser[T any] interface {
	*T
	Parse(string) error
}

type Version struct{ Major, Minor int }

func (v *Version) Parse(s string) error {
	_, err := fmt.Sscanf(s, "%d.%d", &v.Major, &v.Minor)
	return err
}

func ParseAll[T any, P Parser[T]](inputs []string) ([]T, error) {
	out := make([]T, 0, len(inputs))
	for _, in := range inputs {
		var v T
		if err := P(&v).Parse(in); err != nil {
			return out, fmt.Errorf("parse %q: %w", in, err)
		}
		out = append(out, v)
	}
	return out, nil
}

func main() {
	rects := []Rect{{2, 3}, {4, 1}, {1, 10}}
	fmt.Printf("largest rect: %+v\n", Largest(rects))
	fmt.Printf("total circles: %.3f\n", TotalArea(Circle{1}, Circle{2}))

	mixed := []Shape{Rect{3, 3}, Circle{1.5}}
	big := Largest(mixed)
	fmt.Println("largest shape:", big.Name(), fmt.Sprintf("%.2f", big.Area()))

	fmt.Println(Describe([]Meters{100, 250, 5}))
	fmt.Println(Describe([]Port{80, 443}))
	fmt.Println(Abs(-7), Abs(Meters(-3)), Abs(int8(-128)))

	vs, err := ParseAll[Version]([]string{"1.2", "3.14", "10.0"})
	fmt.Println(vs, err)
	vs, err = ParseAll[Version]([]string{"2.0", "bad"})
	fmt.Println(vs, err)
}
