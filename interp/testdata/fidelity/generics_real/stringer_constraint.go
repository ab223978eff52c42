package main

import (
	"fmt"
	"sort"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func JoinAll[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Labeled[T any] struct {
	Label string
	Value T
}

func (l Labeled[T]) String() string { return fmt.Sprintf("%s=%v", l.Label, l.Value) }

func Label[T any](name string, v T) Labeled[T] { return Labeled[T]{name, v} }

type Counter[K comparable] struct {
	counts map[K]int
	order  []K
}

func (c *Counter[K]) Add(k K) {
	if c.counts == nil {
		c.counts = map[K]int{}
	}
	if c.counts[k] == 0 {
		c.order = append(c.order, k)
	}
	c.counts[k]++
}

func (c *Counter[K]) MostCommon(n int) []Labeled[int] {
	keys := append([]K(nil), c.order...)
	sort.SliceStable(keys, func(i, j int) bool { return c.counts[keys[i]] > c.counts[keys[j]] })
	var out []Labeled[int]
	for _, k := range keys[:min(n, len(keys))] {
		out = append(out, Label(fmt.Sprint(k), c.counts[k]))
	}
	return out
}

func main() {
	colors := []Color{Blue, Red, Green, Blue}
	fmt.Println(JoinAll(colors, ", "))
	fmt.Println(JoinAll([]Temp{21.5, -3}, " | "))
	fmt.Println(colors, Temp(36.6))
	fmt.Printf("%v %s %d %+v\n", Green, Blue, Blue, Red)

	ls := []Labeled[float64]{Label("pi", 3.14159), Label("e", 2.71828)}
	fmt.Println(JoinAll(ls, "; "))
	fmt.Println(Label("color", Green), Label("temps", []Temp{1, 2}))
	fmt.Printf("%v %+v\n", Label("n", 5), Label("ok", true))

	var c Counter[Color]
	for _, col := range []Color{Red, Blue, Blue, Green, Blue, Red} {
		c.Add(col)
	}
	fmt.Println(c.MostCommon(2))
	var w Counter[string]
	for _, s := range strings.Fields("to be or not to be that is") {
		w.Add(s)
	}
	fmt.Println(w.MostCommon(3), len(w.order))
}
