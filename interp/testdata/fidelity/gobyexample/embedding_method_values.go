package main

import (
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	Name() string
	Sound() string
}

type Base struct{ name string }

func (b Base) Name() string     { return b.name }
func (b Base) Sound() string    { return "..." }
func (b *Base) Rename(n string) { b.name = n }

type Dog struct {
	Base
	tricks []string
}

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	*Base
	lives int
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Service struct {
	*Logger
	Name string
}

type byName []Animal

func (a byName) Len() int           { return len(a) }
func (a byName) Less(i, j int) bool { return a[i].Name() < a[j].Name() }
func (a byName) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Point struct{ X, Y int }

func (p *Point) Scale(f int) { p.X *= f; p.Y *= f }
func (p Point) Dist() int    { return abs(p.X) + abs(p.Y) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func divmod(a, b int) (q, r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
			q, r = -1, -1
		}
	}()
	q, r = a/b, a%b
	return
}

func main() {
	d := Dog{Base{"rex"}, []string{"sit"}}
	c := Cat{&Base{"tom"}, 9}
	animals := []Animal{d, c, Base{"generic"}}
	for _, a := range animals {
		fmt.Printf("%s says %s\n", a.Name(), a.Sound())
	}
	c.Rename("garfield")
	d.Rename("max")
	fmt.Println(c.Name(), d.Name(), d.Base.Sound(), c.lives)
	sort.Sort(byName(animals))
	for _, a := range animals {
		fmt.Print(a.Name(), " ")
	}
	fmt.Println()
	sort.Sort(sort.Reverse(byName(animals)))
	fmt.Println(animals[0].Name())

	svc := Service{&Logger{prefix: "[svc] "}, "api"}
	svc.Log("starting %s on %d", svc.Name, 8080)
	svc.Log("ready=%t", true)
	fmt.Println(strings.Join(svc.lines, "\n"))

	p := Point{3, -4}
	scale := p.Scale
	scale(2)
	dist := Point.Dist
	fmt.Println(p, dist(p), (*Point).Dist(&p))
	f := (*Point).Scale
	f(&p, -1)
	fmt.Println(p)

	fmt.Println(divmod(17, 5))
	fmt.Println(divmod(1, 0))

	grid := map[[2]int]bool{{0, 0}: true, {1, 2}: true}
	type key struct{ r, c int }
	seen := map[key]int{{1, 1}: 5}
	seen[key{2, 2}]++
	fmt.Println(len(grid), grid[[2]int{1, 2}], seen[key{1, 1}], seen[key{2, 2}])

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
}
