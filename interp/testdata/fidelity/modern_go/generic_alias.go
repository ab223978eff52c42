package main

import (
	"fmt"
	"slices"
	"strings"
)

type Set[T comparable] = map[T]struct{}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type StrPair[V any] = Pair[string, V]

func keysOf[T comparable](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	return out
}

type Celsius float64
type Temps = []Celsius

func avg(ts Temps) Celsius {
	var s Celsius
	for _, t := range ts {
		s += t
	}
	return s / Celsius(len(ts))
}

func main() {
	s := Set[string]{}
	for _, w := range strings.Fields("go is fun and go is fast") {
		s[w] = struct{}{}
	}
	ks := keysOf(s)
	slices.Sort(ks)
	fmt.Println(ks, len(s))

	p := StrPair[int]{Key: "answer", Val: 42}
	fmt.Printf("%v %+v\n", p, p)
	var q Pair[string, int] = p
	fmt.Println(q == p)

	ts := Temps{20.5, 22, 19.5}
	fmt.Printf("%.2f %T\n", avg(ts), ts)

	pairs := []StrPair[float64]{{"b", 2.5}, {"a", 1.5}, {"c", 0.5}}
	slices.SortFunc(pairs, func(x, y StrPair[float64]) int { return strings.Compare(x.Key, y.Key) })
	for _, pr := range pairs {
		fmt.Printf("%s=%.1f\n", pr.Key, pr.Val)
	}
	for i := range 3 {
		fmt.Print(i, ":", pairs[i].Val*2, " ")
	}
	fmt.Println()
}
