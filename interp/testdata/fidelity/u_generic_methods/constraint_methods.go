package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Tri struct{ B, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }
func (t Tri) Area() float64  { return t.B * t.H / 2 }
func (t Tri) Name() string   { return "tri" }

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

type Stringish interface {
	~string
	Len() int
}

type Code string

func (c Code) Len() int { return len(c) }

func Longest[T Stringish](xs []T) T {
	var best T
	for _, x := range xs {
		if x.Len() > best.Len() {
			best = x
		}
	}
	return best
}

type Parser[T any] interface {
	Parse(string) (T, error)
}

type IntParser struct{ Base int }

func (p IntParser) Parse(s string) (int, error) {
	v, err := strconv.ParseInt(s, p.Base, 64)
	return int(v), err
}

func ParseAll[T any, P Parser[T]](p P, inputs []string) ([]T, []error) {
	var out []T
	var errs []error
	for _, in := range inputs {
		v, err := p.Parse(in)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, v)
	}
	return out, errs
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func Keys[T comparable](s Set[T], less func(a, b T) bool) []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func main() {
	rects := []Rect{{2, 3}, {4, 1}, {1, 7}}
	fmt.Println(Largest(rects), TotalArea(rects...))
	tris := []Tri{{3, 4}, {10, 1}}
	l := Largest(tris)
	fmt.Printf("%s %+v %.1f\n", l.Name(), l, TotalArea(tris...))
	mixed := []Shape{Rect{1, 1}, Tri{4, 4}, Rect{2, 2}}
	fmt.Printf("%T %v\n", Largest(mixed), Largest(mixed))

	codes := []Code{"ab", "abcd", "", "xyz"}
	fmt.Println(Longest(codes), Longest([]Code{}) == "")

	vals, errs := ParseAll[int](IntParser{16}, []string{"ff", "10", "zz", "7f", ""})
	fmt.Println(vals)
	for _, e := range errs {
		fmt.Println(" ", e)
	}
	s := Set[string]{}
	s.Add("go", "rust", "go", "zig")
	fmt.Println(len(s), s.Has("go"), s.Has("c"))
	fmt.Println(Keys(s, func(a, b string) bool { return a < b }))
	ns := Set[int]{}
	ns.Add(5, 3, 9)
	fmt.Println(strings.Trim(fmt.Sprint(Keys(ns, func(a, b int) bool { return a > b })), "[]"))
}
