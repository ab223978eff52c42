package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Shape interface {
	Area() float64
	comparable
}

type Sq struct{ S float64 }
type Circ struct{ R float64 }

func (s Sq) Area() float64   { return s.S * s.S }
func (c Circ) Area() float64 { return 3 * c.R * c.R }

func Largest[S Shape](xs ...S) (S, int) {
	var best S
	idx := -1
	for i, x := range xs {
		if idx < 0 || x.Area() > best.Area() {
			best, idx = x, i
		}
	}
	return best, idx
}

func Dedupe[S Shape](xs []S) []S {
	seen := map[S]bool{}
	var out []S
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

type ID int

func (i ID) String() string { return "id-" + strconv.Itoa(int(i)) }

type Parser[T any] interface {
	Parse(string) (T, error)
	*Version
}

type Version struct{ Major, Minor int }

func (v *Version) Parse(s string) (Version, error) {
	a, b, ok := strings.Cut(s, ".")
	if !ok {
		return Version{}, fmt.Errorf("bad version %q", s)
	}
	v.Major, _ = strconv.Atoi(a)
	v.Minor, _ = strconv.Atoi(b)
	return *v, nil
}

func ParseAll[T any, P Parser[T]](in []string) ([]T, []error) {
	var out []T
	var errs []error
	for _, s := range in {
		var p P = new(Version)
		v, err := p.Parse(s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, v)
	}
	return out, errs
}

type Number interface{ ~int | ~float64 }

func SumBy[T any, N Number](xs []T, f func(T) N) N {
	var s N
	for _, x := range xs {
		s += f(x)
	}
	return s
}

func SortedKeys[K interface {
	comparable
	~string | ~int
}, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func main() {
	b, i := Largest(Sq{2}, Sq{3}, Sq{1})
	fmt.Println(b, i)
	c, j := Largest(Circ{1}, Circ{0.5})
	fmt.Printf("%+v %d %T\n", c, j, c)
	fmt.Println(Dedupe([]Sq{{1}, {2}, {1}, {3}, {2}}))
	vs, errs := ParseAll[Version]([]string{"1.2", "x", "3.14"})
	fmt.Println(vs, errs)
	fmt.Println(SumBy([]Sq{{1}, {2}}, Sq.Area), SumBy([]string{"ab", "c"}, func(s string) int { return len(s) }))
	fmt.Println(SortedKeys(map[ID]bool{3: true, 1: false, 2: true}), SortedKeys(map[string]int{"b": 1, "a": 2}))
	fmt.Println(ID(7), []ID{1, 2})
}
