package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type Count int
type Name string
type Celsius float64
type Flag bool

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", int64(m)/100, int64(m)%100) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Point struct{ X, Y int }

type Pair struct {
	K Name
	V Count
}

type Vec struct{ X, Y float64 }

func (v Vec) String() string { return fmt.Sprintf("<%g,%g>", v.X, v.Y) }

type Trio [3]int
type IntList []int
type Bag map[string]int

type ByX []Point

func (s ByX) Len() int           { return len(s) }
func (s ByX) Less(i, j int) bool { return s[i].X < s[j].X }
func (s ByX) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Names []Name

func (n Names) Len() int           { return len(n) }
func (n Names) Less(i, j int) bool { return n[i] > n[j] }
func (n Names) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }

func main() {
	{
		s := []Count{Count(4), Count(5), Count(3)}
		sort.Slice(s, func(i, j int) bool { a, b := s[i], s[j]; return a < b })
		fmt.Println("Count    sort.Slice      ", s[0], s[1], s[2])
		slices.SortFunc(s, func(a, b Count) int { return cmp.Compare(b, a) })
		fmt.Println("Count    slices.SortFunc ", s[0], s[1], s[2])
		sort.SliceStable(s, func(i, j int) bool { a, b := s[i], s[j]; return a < b })
		fmt.Println("Count    sort.SliceStable", s[0], s[1], s[2])
		v := Count(3)
		i := slices.IndexFunc(s, func(x Count) bool { return x == v })
		fmt.Println("Count    slices.IndexFunc", i, len(s))
		slices.Reverse(s)
		fmt.Println("Count    slices.Reverse  ", s[0], s[1], s[2])
		fmt.Println("Count    slices.IsSortedFunc", slices.IsSortedFunc(s, func(a, b Count) int { return cmp.Compare(a, b) }))
	}

	{
		s := []Count{Count(4), Count(5), Count(3)}
		fmt.Println("Count    slices.Index    ", slices.Index(s, Count(3)), slices.Contains(s, Count(5)), slices.Contains(s, *new(Count)))
	}

	{
		s := []Count{Count(4), Count(5), Count(3)}
		slices.Sort(s)
		fmt.Println("Count    slices.Sort     ", s[0], s[1], s[2], slices.Max(s), slices.Min(s))
		i, found := slices.BinarySearch(s, Count(4))
		fmt.Println("Count    BinarySearch    ", i, found, max(s[0], s[2]), min(s[0], s[1]))
	}

	{
		s := []Name{Name("cd"), Name("ef"), Name("ab")}
		sort.Slice(s, func(i, j int) bool { a, b := s[i], s[j]; return a < b })
		fmt.Println("Name     sort.Slice      ", s[0], s[1], s[2])
		slices.SortFunc(s, func(a, b Name) int { return cmp.Compare(b, a) })
		fmt.Println("Name     slices.SortFunc ", s[0], s[1], s[2])
		sort.SliceStable(s, func(i, j int) bool { a, b := s[i], s[j]; return a < b })
		fmt.Println("Name     sort.SliceStable", s[0], s[1], s[2])
		v := Name("ab")
		i := slices.IndexFunc(s, func(x Name) bool { return x == v })
		fmt.Println("Name     slices.IndexFunc", i, len(s))
		slices.Reverse(s)
		fmt.Println("Name     slices.Reverse  ", s[0], s[1], s[2])
		fmt.Println("Name     slices.IsSortedFunc", slices.IsSortedFunc(s, func(a, b Name) int { return cmp.Compare(a, b) }))
	}

	{
		s := []Name{Name("cd"), Name("ef"), Name("ab")}
		fmt.Println("Name     slices.Index    ", slices.Index(s, Name("ab")), slices.Contains(s, Name("ef")), slices.Contains(s, *new(Name)))
	}

	{
		s := []Name{Name("cd"), Name("ef"), Name("ab")}
		slices.Sort(s)
		fmt.Println("Name     slices.Sort     ", s[0], s[1], s[2], slices.Max(s), slices.Min(s))
		i, found := slices.BinarySearch(s, Name("cd"))
		fmt.Println("Name     BinarySearch    ", i, found, max(s[0], s[2]), min(s[0], s[1]))
	}

	{
		s := []Celsius{Celsius(2.25), Celsius(7), Celsius(1.5)}
		sort.Slice(s, func(i, j int) bool { a, b := s[i], s[j]; return a < b })
		fmt.Println("Celsius  sort.Slice      ", s[0], s[1], s[2])
		slices.SortFunc(s, func(a, b Celsius) int { return cmp.Compare(b, a) })
		fmt.Println("Celsius  slices.SortFunc ", s[0], s[1], s[2])
		sort.SliceStable(s, func(i, j int) bool { a, b := s[i], s[j]; return a < b })
		fmt.Println("Celsius  sort.SliceStable", s[0], s[1], s[2])
		v := Celsius(1.5)
		i := slices.IndexFunc(s, func(x Celsius) bool { return x == v })
		fmt.Println("Celsius  slices.IndexFunc", i, len(s))
		slices.Reverse(s)
		fmt.Println("Celsius  slices.Reverse  ", s[0], s[1], s[2])
		fmt.Println("Celsius  slices.IsSortedFunc", slices.IsSortedFunc(s, func(a, b Celsius) int { return cmp.Compare(a, b) }))
	}

	{
		s := []Celsius{Celsius(2.25), Celsius(7), Celsius(1.5)}
		fmt.Println("Celsius  slices.Index    ", slices.Index(s, Celsius(1.5)), slices.Contains(s, Celsius(7)), slices.Contains(s, *new(Celsius)))
	}

	{
		s := []Celsius{Celsius(2.25), Celsius(7), Celsius(1.5)}
		slices.Sort(s)
		fmt.Println("Celsius  slices.Sort     ", s[0], s[1], s[2], slices.Max(s), slices.Min(s))
		i, found := slices.BinarySearch(s, Celsius(2.25))
		fmt.Println("Celsius  BinarySearch    ", i, found, max(s[0], s[2]), min(s[0], s[1]))
	}

	{
		s := []Money{Money(1999), Money(5000), Money(250)}
		sort.Slice(s, func(i, j int) bool { a, b := s[i], s[j]; return a < b })
		fmt.Println("Money    sort.Slice      ", s[0], s[1], s[2])
		slices.SortFunc(s, func(a, b Money) int { return cmp.Compare(b, a) })
		fmt.Println("Money    slices.SortFunc ", s[0], s[1], s[2])
		sort.SliceStable(s, func(i, j int) bool { a, b := s[i], s[j]; return a < b })
		fmt.Println("Money    sort.SliceStable", s[0], s[1], s[2])
		v := Money(250)
		i := slices.IndexFunc(s, func(x Money) bool { return x == v })
		fmt.Println("Money    slices.IndexFunc", i, len(s))
		slices.Reverse(s)
		fmt.Println("Money    slices.Reverse  ", s[0], s[1], s[2])
		fmt.Println("Money    slices.IsSortedFunc", slices.IsSortedFunc(s, func(a, b Money) int { return cmp.Compare(a, b) }))
	}

	{
		s := []Money{Money(1999), Money(5000), Money(250)}
		fmt.Println("Money    slices.Index    ", slices.Index(s, Money(250)), slices.Contains(s, Money(5000)), slices.Contains(s, *new(Money)))
	}

	{
		s := []Money{Money(1999), Money(5000), Money(250)}
		slices.Sort(s)
		fmt.Println("Money    slices.Sort     ", s[0], s[1], s[2], slices.Max(s), slices.Min(s))
		i, found := slices.BinarySearch(s, Money(1999))
		fmt.Println("Money    BinarySearch    ", i, found, max(s[0], s[2]), min(s[0], s[1]))
	}

	{
		s := []Code{Code(8), Code(9), Code(7)}
		sort.Slice(s, func(i, j int) bool { a, b := s[i], s[j]; return int(a) < int(b) })
		fmt.Println("Code     sort.Slice      ", s[0], s[1], s[2])
		slices.SortFunc(s, func(a, b Code) int { return cmp.Compare(int(b), int(a)) })
		fmt.Println("Code     slices.SortFunc ", s[0], s[1], s[2])
		sort.SliceStable(s, func(i, j int) bool { a, b := s[i], s[j]; return int(a) < int(b) })
		fmt.Println("Code     sort.SliceStable", s[0], s[1], s[2])
		v := Code(7)
		i := slices.IndexFunc(s, func(x Code) bool { return int(x) == int(v) })
		fmt.Println("Code     slices.IndexFunc", i, len(s))
		slices.Reverse(s)
		fmt.Println("Code     slices.Reverse  ", s[0], s[1], s[2])
		fmt.Println("Code     slices.IsSortedFunc", slices.IsSortedFunc(s, func(a, b Code) int { return cmp.Compare(int(a), int(b)) }))
	}

	{
		s := []Code{Code(8), Code(9), Code(7)}
		fmt.Println("Code     slices.Index    ", slices.Index(s, Code(7)), slices.Contains(s, Code(9)), slices.Contains(s, *new(Code)))
	}

	{
		s := []Point{Point{3, 4}, Point{5, 6}, Point{1, 2}}
		sort.Slice(s, func(i, j int) bool { a, b := s[i], s[j]; return a.X < b.X })
		fmt.Println("Point    sort.Slice      ", s[0], s[1], s[2])
		slices.SortFunc(s, func(a, b Point) int { return cmp.Compare(b.X, a.X) })
		fmt.Println("Point    slices.SortFunc ", s[0], s[1], s[2])
		sort.SliceStable(s, func(i, j int) bool { a, b := s[i], s[j]; return a.X < b.X })
		fmt.Println("Point    sort.SliceStable", s[0], s[1], s[2])
		v := Point{1, 2}
		i := slices.IndexFunc(s, func(x Point) bool { return x.X == v.X })
		fmt.Println("Point    slices.IndexFunc", i, len(s))
		slices.Reverse(s)
		fmt.Println("Point    slices.Reverse  ", s[0], s[1], s[2])
		fmt.Println("Point    slices.IsSortedFunc", slices.IsSortedFunc(s, func(a, b Point) int { return cmp.Compare(a.X, b.X) }))
	}

	{
		s := []Point{Point{3, 4}, Point{5, 6}, Point{1, 2}}
		fmt.Println("Point    slices.Index    ", slices.Index(s, Point{1, 2}), slices.Contains(s, Point{5, 6}), slices.Contains(s, *new(Point)))
	}

	{
		s := []Pair{Pair{"l", 2}, Pair{"m", 3}, Pair{"k", 1}}
		sort.Slice(s, func(i, j int) bool { a, b := s[i], s[j]; return a.K < b.K })
		fmt.Println("Pair     sort.Slice      ", s[0], s[1], s[2])
		slices.SortFunc(s, func(a, b Pair) int { return cmp.Compare(b.K, a.K) })
		fmt.Println("Pair     slices.SortFunc ", s[0], s[1], s[2])
		sort.SliceStable(s, func(i, j int) bool { a, b := s[i], s[j]; return a.K < b.K })
		fmt.Println("Pair     sort.SliceStable", s[0], s[1], s[2])
		v := Pair{"k", 1}
		i := slices.IndexFunc(s, func(x Pair) bool { return x.K == v.K })
		fmt.Println("Pair     slices.IndexFunc", i, len(s))
		slices.Reverse(s)
		fmt.Println("Pair     slices.Reverse  ", s[0], s[1], s[2])
		fmt.Println("Pair     slices.IsSortedFunc", slices.IsSortedFunc(s, func(a, b Pair) int { return cmp.Compare(a.K, b.K) }))
	}

	{
		s := []Pair{Pair{"l", 2}, Pair{"m", 3}, Pair{"k", 1}}
		fmt.Println("Pair     slices.Index    ", slices.Index(s, Pair{"k", 1}), slices.Contains(s, Pair{"m", 3}), slices.Contains(s, *new(Pair)))
	}

	{
		s := []Vec{Vec{3, 4}, Vec{5, 6}, Vec{1, 2}}
		sort.Slice(s, func(i, j int) bool { a, b := s[i], s[j]; return a.X < b.X })
		fmt.Println("Vec      sort.Slice      ", s[0], s[1], s[2])
		slices.SortFunc(s, func(a, b Vec) int { return cmp.Compare(b.X, a.X) })
		fmt.Println("Vec      slices.SortFunc ", s[0], s[1], s[2])
		sort.SliceStable(s, func(i, j int) bool { a, b := s[i], s[j]; return a.X < b.X })
		fmt.Println("Vec      sort.SliceStable", s[0], s[1], s[2])
		v := Vec{1, 2}
		i := slices.IndexFunc(s, func(x Vec) bool { return x.X == v.X })
		fmt.Println("Vec      slices.IndexFunc", i, len(s))
		slices.Reverse(s)
		fmt.Println("Vec      slices.Reverse  ", s[0], s[1], s[2])
		fmt.Println("Vec      slices.IsSortedFunc", slices.IsSortedFunc(s, func(a, b Vec) int { return cmp.Compare(a.X, b.X) }))
	}

	{
		s := []Vec{Vec{3, 4}, Vec{5, 6}, Vec{1, 2}}
		fmt.Println("Vec      slices.Index    ", slices.Index(s, Vec{1, 2}), slices.Contains(s, Vec{5, 6}), slices.Contains(s, *new(Vec)))
	}

	{
		s := []*Point{&Point{3, 4}, &Point{5, 6}, &Point{1, 2}}
		sort.Slice(s, func(i, j int) bool { a, b := s[i], s[j]; return a.X < b.X })
		fmt.Println("*Point   sort.Slice      ", *s[0], *s[1], *s[2])
		slices.SortFunc(s, func(a, b *Point) int { return cmp.Compare(b.X, a.X) })
		fmt.Println("*Point   slices.SortFunc ", *s[0], *s[1], *s[2])
		sort.SliceStable(s, func(i, j int) bool { a, b := s[i], s[j]; return a.X < b.X })
		fmt.Println("*Point   sort.SliceStable", *s[0], *s[1], *s[2])
		v := &Point{1, 2}
		i := slices.IndexFunc(s, func(x *Point) bool { return x.X == v.X })
		fmt.Println("*Point   slices.IndexFunc", i, len(s))
		slices.Reverse(s)
		fmt.Println("*Point   slices.Reverse  ", *s[0], *s[1], *s[2])
		fmt.Println("*Point   slices.IsSortedFunc", slices.IsSortedFunc(s, func(a, b *Point) int { return cmp.Compare(a.X, b.X) }))
	}

	{
		s := []Trio{Trio{4, 5, 6}, Trio{7, 8, 9}, Trio{1, 2, 3}}
		sort.Slice(s, func(i, j int) bool { a, b := s[i], s[j]; return a[0] < b[0] })
		fmt.Println("Trio     sort.Slice      ", s[0], s[1], s[2])
		slices.SortFunc(s, func(a, b Trio) int { return cmp.Compare(b[0], a[0]) })
		fmt.Println("Trio     slices.SortFunc ", s[0], s[1], s[2])
		sort.SliceStable(s, func(i, j int) bool { a, b := s[i], s[j]; return a[0] < b[0] })
		fmt.Println("Trio     sort.SliceStable", s[0], s[1], s[2])
		v := Trio{1, 2, 3}
		i := slices.IndexFunc(s, func(x Trio) bool { return x[0] == v[0] })
		fmt.Println("Trio     slices.IndexFunc", i, len(s))
		slices.Reverse(s)
		fmt.Println("Trio     slices.Reverse  ", s[0], s[1], s[2])
		fmt.Println("Trio     slices.IsSortedFunc", slices.IsSortedFunc(s, func(a, b Trio) int { return cmp.Compare(a[0], b[0]) }))
	}

	{
		s := []Trio{Trio{4, 5, 6}, Trio{7, 8, 9}, Trio{1, 2, 3}}
		fmt.Println("Trio     slices.Index    ", slices.Index(s, Trio{1, 2, 3}), slices.Contains(s, Trio{7, 8, 9}), slices.Contains(s, *new(Trio)))
	}

	{
		s := []IntList{IntList{3, 4}, IntList{5, 6}, IntList{1, 2}}
		sort.Slice(s, func(i, j int) bool { a, b := s[i], s[j]; return a[0] < b[0] })
		fmt.Println("IntList  sort.Slice      ", s[0], s[1], s[2])
		slices.SortFunc(s, func(a, b IntList) int { return cmp.Compare(b[0], a[0]) })
		fmt.Println("IntList  slices.SortFunc ", s[0], s[1], s[2])
		sort.SliceStable(s, func(i, j int) bool { a, b := s[i], s[j]; return a[0] < b[0] })
		fmt.Println("IntList  sort.SliceStable", s[0], s[1], s[2])
		v := IntList{1, 2}
		i := slices.IndexFunc(s, func(x IntList) bool { return x[0] == v[0] })
		fmt.Println("IntList  slices.IndexFunc", i, len(s))
		slices.Reverse(s)
		fmt.Println("IntList  slices.Reverse  ", s[0], s[1], s[2])
		fmt.Println("IntList  slices.IsSortedFunc", slices.IsSortedFunc(s, func(a, b IntList) int { return cmp.Compare(a[0], b[0]) }))
	}

	{
		s := []Bag{Bag{"a": 2}, Bag{"a": 3}, Bag{"a": 1}}
		sort.Slice(s, func(i, j int) bool { a, b := s[i], s[j]; return a["a"] < b["a"] })
		fmt.Println("Bag      sort.Slice      ", s[0], s[1], s[2])
		slices.SortFunc(s, func(a, b Bag) int { return cmp.Compare(b["a"], a["a"]) })
		fmt.Println("Bag      slices.SortFunc ", s[0], s[1], s[2])
		sort.SliceStable(s, func(i, j int) bool { a, b := s[i], s[j]; return a["a"] < b["a"] })
		fmt.Println("Bag      sort.SliceStable", s[0], s[1], s[2])
		v := Bag{"a": 1}
		i := slices.IndexFunc(s, func(x Bag) bool { return x["a"] == v["a"] })
		fmt.Println("Bag      slices.IndexFunc", i, len(s))
		slices.Reverse(s)
		fmt.Println("Bag      slices.Reverse  ", s[0], s[1], s[2])
		fmt.Println("Bag      slices.IsSortedFunc", slices.IsSortedFunc(s, func(a, b Bag) int { return cmp.Compare(a["a"], b["a"]) }))
	}

	{
		s := []struct {
			A Count
			B Name
		}{struct {
			A Count
			B Name
		}{2, "y"}, struct {
			A Count
			B Name
		}{3, "z"}, struct {
			A Count
			B Name
		}{1, "x"}}
		sort.Slice(s, func(i, j int) bool { a, b := s[i], s[j]; return a.A < b.A })
		fmt.Println("anon     sort.Slice      ", s[0], s[1], s[2])
		slices.SortFunc(s, func(a, b struct {
			A Count
			B Name
		}) int {
			return cmp.Compare(b.A, a.A)
		})
		fmt.Println("anon     slices.SortFunc ", s[0], s[1], s[2])
		sort.SliceStable(s, func(i, j int) bool { a, b := s[i], s[j]; return a.A < b.A })
		fmt.Println("anon     sort.SliceStable", s[0], s[1], s[2])
		v := struct {
			A Count
			B Name
		}{1, "x"}
		i := slices.IndexFunc(s, func(x struct {
			A Count
			B Name
		}) bool {
			return x.A == v.A
		})
		fmt.Println("anon     slices.IndexFunc", i, len(s))
		slices.Reverse(s)
		fmt.Println("anon     slices.Reverse  ", s[0], s[1], s[2])
		fmt.Println("anon     slices.IsSortedFunc", slices.IsSortedFunc(s, func(a, b struct {
			A Count
			B Name
		}) int {
			return cmp.Compare(a.A, b.A)
		}))
	}

	{
		s := []struct {
			A Count
			B Name
		}{struct {
			A Count
			B Name
		}{2, "y"}, struct {
			A Count
			B Name
		}{3, "z"}, struct {
			A Count
			B Name
		}{1, "x"}}
		fmt.Println("anon     slices.Index    ", slices.Index(s, struct {
			A Count
			B Name
		}{1, "x"}), slices.Contains(s, struct {
			A Count
			B Name
		}{3, "z"}), slices.Contains(s, *new(struct {
			A Count
			B Name
		})))
	}

	ps := []Point{{3, 1}, {1, 2}, {2, 3}}
	sort.Sort(ByX(ps))
	fmt.Println("sort.Sort ByX", ps)
	sort.Sort(sort.Reverse(ByX(ps)))
	fmt.Println("sort.Reverse ByX", ps)
	ns := Names{"b", "c", "a"}
	sort.Sort(ns)
	fmt.Println("sort.Sort Names", ns, sort.IsSorted(ns))
	strs := []string{"b", "a"}
	sort.Strings(strs)
	fmt.Println("sort.Strings", strs)
	keys := map[Name]Count{"z": 1, "x": 2, "y": 3}
	var ks []Name
	for k := range keys {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	fmt.Println("map keys sorted", ks, keys[ks[0]])
}
