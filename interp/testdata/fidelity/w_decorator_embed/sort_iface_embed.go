package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s(%d)", p.Name, p.Age) }

type People []Person

func (p People) Len() int      { return len(p) }
func (p People) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

type ByName struct{ People }

func (b ByName) Less(i, j int) bool { return b.People[i].Name < b.People[j].Name }

type ByAge struct{ People }

func (b ByAge) Less(i, j int) bool { return b.People[i].Age < b.People[j].Age }

type multi struct {
	People
	less []func(a, b *Person) bool
}

func (m multi) Less(i, j int) bool {
	p, q := &m.People[i], &m.People[j]
	for _, f := range m.less[:len(m.less)-1] {
		switch {
		case f(p, q):
			return true
		case f(q, p):
			return false
		}
	}
	return m.less[len(m.less)-1](p, q)
}

func main() {
	ps := People{{"Eve", 31}, {"Bob", 25}, {"Ann", 31}, {"Dan", 25}, {"Cid", 40}}
	sort.Sort(ByName{ps})
	fmt.Println(ps)
	sort.Stable(ByAge{ps})
	fmt.Println(ps)
	sort.Sort(sort.Reverse(ByAge{ps}))
	fmt.Println(ps[0], ps[len(ps)-1])
	m := multi{ps, []func(a, b *Person) bool{
		func(a, b *Person) bool { return a.Age > b.Age },
		func(a, b *Person) bool { return a.Name < b.Name },
	}}
	sort.Sort(m)
	fmt.Printf("%v\n%+v\n", ps, ps[:2])
	fmt.Println(sort.IsSorted(ByName{ps}), sort.IsSorted(m))
	i := sort.Search(len(ps), func(i int) bool { return ps[i].Age <= 25 })
	fmt.Println("first <=25 at", i, ps[i])
	var s sort.Interface = ByAge{ps}
	fmt.Printf("%T %d\n", s, s.Len())
	ages := map[int][]Person{}
	for _, p := range ps {
		ages[p.Age] = append(ages[p.Age], p)
	}
	fmt.Println(ages)
}
