// sort.Interface implementations: a named slice type, a struct wrapping
// parallel slices, sort.Reverse, sort.Stable and the typed helpers.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Planet struct {
	Name     string
	Mass     float64
	Distance float64
}

type ByMass []Planet

func (a ByMass) Len() int           { return len(a) }
func (a ByMass) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByMass) Less(i, j int) bool { return a[i].Mass < a[j].Mass }

// By is a "less" function that sorts planets through a sorter.
type By func(p1, p2 *Planet) bool

func (by By) Sort(planets []Planet) {
	ps := &planetSorter{planets: planets, by: by}
	sort.Sort(ps)
}

type planetSorter struct {
	planets []Planet
	by      By
}

func (s *planetSorter) Len() int           { return len(s.planets) }
func (s *planetSorter) Swap(i, j int)      { s.planets[i], s.planets[j] = s.planets[j], s.planets[i] }
func (s *planetSorter) Less(i, j int) bool { return s.by(&s.planets[i], &s.planets[j]) }

// Columns sorts two parallel slices together.
type Columns struct {
	keys []string
	vals []int
}

func (c Columns) Len() int           { return len(c.keys) }
func (c Columns) Less(i, j int) bool { return c.keys[i] < c.keys[j] }
func (c Columns) Swap(i, j int) {
	c.keys[i], c.keys[j] = c.keys[j], c.keys[i]
	c.vals[i], c.vals[j] = c.vals[j], c.vals[i]
}

func names(ps []Planet) string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return strings.Join(out, " ")
}

func main() {
	planets := []Planet{
		{"Mercury", 0.055, 0.4},
		{"Venus", 0.815, 0.7},
		{"Earth", 1.0, 1.0},
		{"Mars", 0.107, 1.5},
		{"Jupiter", 317.8, 5.2},
	}

	sort.Sort(ByMass(planets))
	fmt.Println("by mass:   ", names(planets))
	sort.Sort(sort.Reverse(ByMass(planets)))
	fmt.Println("reverse:   ", names(planets))
	fmt.Println("sorted?", sort.IsSorted(ByMass(planets)), sort.IsSorted(sort.Reverse(ByMass(planets))))

	distance := func(p1, p2 *Planet) bool { return p1.Distance < p2.Distance }
	By(distance).Sort(planets)
	fmt.Println("by distance:", names(planets))
	By(func(p1, p2 *Planet) bool { return p1.Name < p2.Name }).Sort(planets)
	fmt.Println("by name:   ", names(planets))

	c := Columns{[]string{"pear", "fig", "apple", "kiwi"}, []int{4, 1, 9, 2}}
	sort.Sort(c)
	fmt.Println(c.keys, c.vals)

	var si sort.Interface = ByMass(planets)
	fmt.Println(si.Len(), si.Less(0, 1))

	ints := []int{5, 2, 8, -1, 2}
	sort.Ints(ints)
	floats := []float64{2.5, -0.5, 1e3, 0}
	sort.Float64s(floats)
	strs := []string{"b", "B", "a", "A", "10", "9"}
	sort.Strings(strs)
	fmt.Println(ints, floats, strs)
	fmt.Println(sort.IntsAreSorted(ints), sort.StringsAreSorted([]string{"b", "a"}))

	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 25}, {"C", 30}, {"D", 25}, {"E", 30}}
	sort.Stable(sort.Reverse(sliceByAge(people)))
	fmt.Println(people)
}

type person = struct {
	Name string
	Age  int
}

type ageSorter []person

func (a ageSorter) Len() int           { return len(a) }
func (a ageSorter) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ageSorter) Less(i, j int) bool { return a[i].Age < a[j].Age }

func sliceByAge(p []person) sort.Interface { return ageSorter(p) }
