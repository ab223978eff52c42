package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
	City string
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type multiSorter struct {
	people []Person
	less   []lessFunc
}

type lessFunc func(p1, p2 *Person) bool

func OrderedBy(less ...lessFunc) *multiSorter {
	return &multiSorter{less: less}
}

func (ms *multiSorter) Sort(people []Person) {
	ms.people = people
	sort.Sort(ms)
}

func (ms *multiSorter) Len() int      { return len(ms.people) }
func (ms *multiSorter) Swap(i, j int) { ms.people[i], ms.people[j] = ms.people[j], ms.people[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.people[i], &ms.people[j]
	var k int
	for k = 0; k < len(ms.less)-1; k++ {
		less := ms.less[k]
		switch {
		case less(p, q):
			return true
		case less(q, p):
			return false
		}
	}
	return ms.less[k](p, q)
}

func show(title string, ps []Person) {
	fmt.Println(title)
	for _, p := range ps {
		fmt.Printf("  %-7s %3d %s\n", p.Name, p.Age, p.City)
	}
}

func main() {
	people := []Person{
		{"Alice", 30, "Paris"},
		{"Bob", 25, "Berlin"},
		{"Carol", 35, "Paris"},
		{"Dave", 25, "Austin"},
		{"Eve", 30, "Berlin"},
		{"Frank", 41, "Austin"},
	}
	p := make([]Person, len(people))
	copy(p, people)
	sort.Stable(ByAge(p))
	show("stable by age:", p)

	sort.Sort(sort.Reverse(ByAge(p)))
	fmt.Println("oldest:", p[0].Name)

	city := func(a, b *Person) bool { return a.City < b.City }
	age := func(a, b *Person) bool { return a.Age < b.Age }
	name := func(a, b *Person) bool { return a.Name < b.Name }
	OrderedBy(city, age, name).Sort(p)
	show("by city, age, name:", p)

	slices.SortFunc(p, func(a, b Person) int {
		return cmp.Or(cmp.Compare(b.Age, a.Age), strings.Compare(a.Name, b.Name))
	})
	show("slices.SortFunc age desc:", p)

	i, found := slices.BinarySearchFunc([]int{1, 3, 5, 7}, 5, cmp.Compare[int])
	fmt.Println("binary search:", i, found)
	idx := sort.Search(len(p), func(i int) bool { return p[i].Age <= 30 })
	fmt.Println("first age<=30 at", idx, p[idx].Name)

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Strings(words)
	fmt.Println(words, sort.StringsAreSorted(words))
	words = slices.Compact(words)
	fmt.Println(len(words), words)
	ints := []int{5, 2, 8, 1, 9}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, slices.Max(ints), slices.Index(ints, 8))
}
