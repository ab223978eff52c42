package main

import (
	"fmt"
	"sort"
	"strings"
)

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec       { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }
func (v *Vec) Normalize()         { l := v.Len(); v.X /= l; v.Y /= l }
func (v Vec) Len() float64        { return sqrt(v.X*v.X + v.Y*v.Y) }
func (v Vec) String() string      { return fmt.Sprintf("(%.2f, %.2f)", v.X, v.Y) }

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()        { c.n++ }
func (c Counter) Get() int     { return c.n }
func (c *Counter) IncBy(k int) { c.n += k }

func apply(vs []Vec, f func(Vec, float64) Vec, k float64) []Vec {
	out := make([]Vec, len(vs))
	for i, v := range vs {
		out[i] = f(v, k)
	}
	return out
}

func main() {
	scale := Vec.Scale
	fmt.Println(scale(Vec{1, 2}, 3))
	fmt.Println(apply([]Vec{{1, 0}, {0, 2}}, Vec.Scale, 0.5))
	add := Vec{1, 1}.Add
	fmt.Println(add(Vec{2, 3}), add(Vec{-1, -1}))

	norm := (*Vec).Normalize
	v := Vec{3, 4}
	norm(&v)
	fmt.Println(v, v.Len())
	lenFn := (*Vec).Len
	fmt.Printf("%.1f\n", lenFn(&Vec{6, 8}))

	c := Counter{name: "hits"}
	inc := c.Inc
	for range 5 {
		inc()
	}
	get := c.Get
	c.Inc()
	fmt.Println(c.n, get(), c.Get())
	incBy := (*Counter).IncBy
	incBy(&c, 10)
	fmt.Println(c.Get())

	ops := map[string]func(*Counter){
		"inc":   (*Counter).Inc,
		"twice": func(c *Counter) { c.IncBy(2) },
	}
	names := []string{"twice", "inc", "inc"}
	for _, n := range names {
		ops[n](&c)
	}
	fmt.Println(c.n)

	upper := strings.ToUpper
	rep := strings.NewReplacer("a", "4", "e", "3").Replace
	fmt.Println(upper("go"), rep("release"))
	var sb strings.Builder
	write := sb.WriteString
	write("x")
	write("y")
	fmt.Println(sb.String(), sb.Len())

	people := []string{"bob", "Al", "carol"}
	less := func(i, j int) bool { return strings.ToLower(people[i]) < strings.ToLower(people[j]) }
	sort.Slice(people, less)
	fmt.Println(people)
	fmt.Printf("%T\n", Vec.Scale)
	fmt.Printf("%T\n", (*Counter).IncBy)
	fmt.Printf("%T\n", add)
	var s fmt.Stringer = Vec{1, 2}
	strFn := s.String
	fmt.Println(strFn(), fmt.Stringer.String(s))
}
