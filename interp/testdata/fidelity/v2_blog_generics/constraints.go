package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface {
	Integer | Float
}

type Celsius float64
type Miles int32

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Path []Miles

func (p Path) Total() Miles { return Sum(p...) }

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func Longest[T Stringish](xs []T) T {
	var best T
	for _, x := range xs {
		if x.Len() > best.Len() {
			best = x
		}
	}
	return best
}

type Ptr[T any] interface {
	*T
	Set(string) error
}

type Port int

func (p *Port) Set(s string) error {
	v, err := strconv.Atoi(s)
	if err != nil {
		return err
	}
	*p = Port(v)
	return nil
}

type Level struct{ name string }

func (l *Level) Set(s string) error { l.name = strings.ToUpper(s); return nil }

func ParseAll[T any, PT Ptr[T]](in []string) ([]T, error) {
	out := make([]T, len(in))
	for i, s := range in {
		if err := PT(&out[i]).Set(s); err != nil {
			return out[:i], fmt.Errorf("item %d: %w", i, err)
		}
	}
	return out, nil
}

func Max[T interface{ ~int | ~float64 | ~string }](a T, rest ...T) T {
	m := a
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int8](100, 27))
	temps := []Celsius{20.5, 21, 19.25}
	fmt.Println(Sum(temps...))
	fmt.Printf("%v %T\n", Scale(temps, 2), Scale(temps, 2))
	p := Path{10, 20, 35}
	scaled := Scale(p, 3)
	fmt.Printf("%v %T %v %T\n", p.Total(), p.Total(), scaled.Total(), scaled)
	fmt.Println(Longest([]Name{"go", "gopher", "gc"}))
	ports, err := ParseAll[Port]([]string{"80", "443", "8080"})
	fmt.Println(ports, err)
	ports, err = ParseAll[Port]([]string{"1", "x"})
	fmt.Println(ports, err)
	levels, _ := ParseAll[Level]([]string{"debug", "warn"})
	fmt.Printf("%v %+v\n", levels, levels[1])
	fmt.Println(Max(3, 9, 4), Max("b", "a", "c"), Max(Celsius(1), 5.5))
	var x any = Sum[Celsius]()
	fmt.Printf("%v %T\n", x, x)
}
