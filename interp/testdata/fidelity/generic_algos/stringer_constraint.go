package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stringer interface {
	String() string
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Version struct{ Major, Minor, Patch int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

type IP [4]byte

func (ip IP) String() string {
	parts := make([]string, 4)
	for i, b := range ip {
		parts[i] = fmt.Sprint(b)
	}
	return strings.Join(parts, ".")
}

func Join[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type OrderedStringer interface {
	~int | ~string
	String() string
}

func SortByName[T Stringer](xs []T) {
	sort.Slice(xs, func(i, j int) bool { return xs[i].String() < xs[j].String() })
}

func MaxOf[T OrderedStringer](xs ...T) string {
	best := xs[0]
	for _, x := range xs[1:] {
		if x > best {
			best = x
		}
	}
	return best.String()
}

type Set[T interface {
	comparable
	Stringer
}] struct {
	m map[T]struct{}
}

func NewSet[T interface {
	comparable
	Stringer
}](xs ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, x := range xs {
		s.m[x] = struct{}{}
	}
	return s
}

func (s *Set[T]) String() string {
	parts := make([]string, 0, len(s.m))
	for k := range s.m {
		parts = append(parts, k.String())
	}
	sort.Strings(parts)
	return "{" + strings.Join(parts, ", ") + "}"
}

type Pair[K Stringer, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%s=>%v", p.Key, p.Val) }

func main() {
	colors := []Color{Blue, Red, Color(7), Green}
	fmt.Println(Join(colors, ", "))
	SortByName(colors)
	fmt.Println(colors)
	fmt.Println(MaxOf(Red, Blue, Green))

	vs := []Version{{1, 2, 3}, {1, 10, 0}, {0, 9, 9}}
	SortByName(vs)
	fmt.Println(Join(vs, " < "))
	fmt.Printf("%v %s %d\n", vs[0], vs[1], vs[2])

	ips := []IP{{10, 0, 0, 1}, {192, 168, 1, 1}, {10, 0, 0, 1}}
	fmt.Println(Join(ips, " | "))
	set := NewSet(ips...)
	fmt.Println(set, len(set.m))
	fmt.Println(NewSet(Green, Green, Red))

	pairs := []Pair[Color, int]{{Red, 3}, {Blue, 1}}
	fmt.Println(Join(pairs, "; "))
	fmt.Println(pairs[0], Pair[Version, []string]{Version{2, 0, 0}, []string{"x"}})
	var s Stringer = Pair[IP, bool]{IP{127, 0, 0, 1}, true}
	fmt.Printf("%v|%s|%q\n", s, s, s)
}
