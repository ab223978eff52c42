package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Counter struct {
	hits map[string]int
}

func (c *Counter) Inc(k string) { c.hits[k]++ }

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

type Grid [3][3]rune

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		sb.WriteString(string(row[:]) + "\n")
	}
	return sb.String()
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

func main() {
	add := Op(func(a, b int) int { return a + b })
	mul := Op(func(a, b int) int { return a * b })
	ops := map[string]Op{"add": add, "mul": mul}
	names := []string{"mul", "add"}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ops[n].Apply(6, 7), ops[n](2, 3))
	}
	c := &Counter{hits: map[string]int{}}
	inc := c.Inc
	for _, w := range strings.Fields("a b a c a b") {
		inc(w)
	}
	fmt.Println(c.hits)
	p := Point{1, 2}
	addP := p.Add
	p.Scale(10)
	fmt.Println(p, addP(Point{1, 1}), Point.Add(p, Point{5, 5}))
	scale := (*Point).Scale
	scale(&p, 2)
	fmt.Println(p, p == Point{20, 40}, [2]Point{} == [2]Point{{0, 0}, {0, 0}})
	var g Grid
	for i := range g {
		for j := range g[i] {
			g[i][j] = '.'
		}
	}
	g2 := g
	g2[1][1] = 'X'
	fmt.Print(g, g2)
	pts := map[string]*Point{"a": {1, 1}}
	pts["a"].Scale(3)
	fmt.Println(*pts["a"])
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src[2:])
	fmt.Println(n, dst, copy(src, src[3:]), src)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 3 {
		fmt.Print("goto", i, " ")
		i++
		goto loop
	}
	fmt.Println()
	for _, v := range []int{1, 2, 3, 4} {
		switch {
		case v == 1:
			fmt.Print("one ")
			fallthrough
		case v == 2:
			fmt.Print("le2 ")
		case v > 2:
			fmt.Print("big ")
			if v == 4 {
				break
			}
			fmt.Print("three ")
		}
	}
	fmt.Println()
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		defer fmt.Print("d", i, " ")
	}
	fmt.Println(KB, MB, GB, Debug, Info, Warn, Error)
	r := rand.New(rand.NewSource(7))
	fmt.Println(r.Intn(100), r.Intn(100), r.Float64() < 1, r.Perm(5))
	s := "héllo"
	fmt.Println(len(s), s[1], s[1:3], []byte(s[1:3]), strings.ToUpper(s), strings.Title("go is fun"))
	var x uint8 = 200
	x += 100
	var y int32 = 1 << 30
	y *= 4
	fmt.Println(x, y, ^0, -5>>1, 5&^3, 6|9, 6^3)
	fmt.Printf("%v %+v %#v %T\n", p, &p, p, ops)
}
