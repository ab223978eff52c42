package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Shower interface {
	Show() string
}

type ShowNumber interface {
	Number
	Shower
}

type Cents int64

func (c Cents) Show() string { return "$" + strconv.FormatFloat(float64(c)/100, 'f', 2, 64) }

type Score float64

func (s Score) Show() string { return strconv.FormatFloat(float64(s), 'f', 1, 64) + "pts" }

func Total[T ShowNumber](xs []T) (T, string) {
	var t T
	parts := make([]string, 0, len(xs))
	for _, x := range xs {
		t += x
		parts = append(parts, x.Show())
	}
	return t, strings.Join(parts, " + ") + " = " + t.Show()
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }
func (p Pair[A, B]) String() string   { return fmt.Sprintf("<%v, %v>", p.First, p.Second) }

func MapKV[K comparable, V any, R any](m map[K]V, f func(K, V) R) []R {
	out := make([]R, 0, len(m))
	for k, v := range m {
		out = append(out, f(k, v))
	}
	return out
}

type Matrix[T Number] [][]T

func (m Matrix[T]) Sum() T {
	var s T
	for _, row := range m {
		for _, v := range row {
			s += v
		}
	}
	return s
}

func Ptr[T any](v T) *T { return &v }

func Zero[T any]() (z T) { return }

func main() {
	t, s := Total([]Cents{199, 250, 1})
	fmt.Println(t, s)
	_, s2 := Total([]Score{1.5, 2.25})
	fmt.Println(s2)
	p := Pair[string, int]{"age", 42}
	fmt.Println(p, p.Swap(), p.Swap().Swap())
	fmt.Printf("%v %+v %T\n", p.Swap(), p.Swap(), p.Swap())
	ps := MapKV(map[string]int{"b": 2, "a": 1}, func(k string, v int) Pair[string, int] { return Pair[string, int]{k, v} })
	sort.Slice(ps, func(i, j int) bool { return ps[i].First < ps[j].First })
	fmt.Println(ps)
	m := Matrix[float64]{{1.5, 2}, {3, 4.25}}
	mi := Matrix[Cents]{{100, 200}, {5}}
	fmt.Println(m.Sum(), mi.Sum(), mi.Sum().Show())
	ip := Ptr(5)
	*ip++
	sp := Ptr("s")
	fmt.Println(*ip, *sp, Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[Pair[int, bool]]())
	var shows []Shower
	for _, c := range []Cents{5, 10} {
		shows = append(shows, c)
	}
	shows = append(shows, Score(3))
	for _, sh := range shows {
		fmt.Print(sh.Show(), " ")
	}
	fmt.Println()
}
