package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s: %d", p.Name, p.Age) }

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type multiSorter struct {
	people []Person
	less   []func(p1, p2 *Person) bool
}

func OrderedBy(less ...func(p1, p2 *Person) bool) *multiSorter {
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

func main() {
	people := []Person{{"Bob", 31}, {"John", 42}, {"Michael", 17}, {"Jenny", 26}, {"Alice", 31}}
	fmt.Println(people)
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people)
	name := func(p1, p2 *Person) bool { return p1.Name < p2.Name }
	age := func(p1, p2 *Person) bool { return p1.Age < p2.Age }
	OrderedBy(age, name).Sort(people)
	fmt.Println(people)
	i := sort.Search(len(people), func(i int) bool { return people[i].Age >= 30 })
	fmt.Println("first 30+:", i, people[i])
	words := strings.Fields("pear apple fig banana kiwi")
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words, sort.StringsAreSorted(words))
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	idx := sort.SearchInts([]int{1, 3, 5, 7}, 5)
	fmt.Println(idx, sort.IsSorted(ByAge(people)))
}
