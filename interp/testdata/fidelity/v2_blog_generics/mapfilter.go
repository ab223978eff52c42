package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	r := make([]R, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var r S
	for _, v := range s {
		if keep(v) {
			r = append(r, v)
		}
	}
	return r
}

func Reduce[E, A any](s []E, init A, f func(A, E) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func GroupBy[E any, K comparable](s []E, key func(E) K) map[K][]E {
	m := make(map[K][]E)
	for _, v := range s {
		k := key(v)
		m[k] = append(m[k], v)
	}
	return m
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Entries[M ~map[K]V, K interface {
	comparable
	~string | ~int
}, V any](m M) []Pair[K, V] {
	keys := slices.Sorted(maps.Keys(m))
	return Map(keys, func(k K) Pair[K, V] { return Pair[K, V]{k, m[k]} })
}

type Words []string

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := Map(nums, func(n int) int { return n * n })
	even := Filter(sq, func(n int) bool { return n%2 == 0 })
	total := Reduce(even, 0, func(a, n int) int { return a + n })
	fmt.Println(sq, even, total)

	w := Words(strings.Fields("alpha beta gamma delta epsilon"))
	long := Filter(w, func(s string) bool { return len(s) > 4 })
	fmt.Printf("%v %T\n", long, long)
	lens := Map(w, func(s string) int { return len(s) })
	fmt.Println(lens)
	joined := Reduce(w, "", func(a string, s string) string {
		if a == "" {
			return strings.ToUpper(s[:1])
		}
		return a + "-" + strings.ToUpper(s[:1])
	})
	fmt.Println(joined)

	staff := []Employee{{"ann", "eng", 120}, {"bob", "ops", 90}, {"cid", "eng", 110}, {"dee", "ops", 95}, {"eve", "hr", 70}}
	byDept := GroupBy(staff, func(e Employee) string { return e.Dept })
	for _, p := range Entries(byDept) {
		names := Map(p.Val, func(e Employee) string { return e.Name })
		pay := Reduce(p.Val, 0, func(a int, e Employee) int { return a + e.Salary })
		fmt.Printf("%-4s %v total=%d\n", p.Key, names, pay)
	}
	counts := Reduce(w, map[int]int{}, func(m map[int]int, s string) map[int]int { m[len(s)]++; return m })
	fmt.Println(Entries(counts))
	fmt.Printf("%v\n", Pair[string, []int]{"xs", []int{1, 2}})
	ps := Entries(map[string]float64{"pi": 3.14, "e": 2.72})
	fmt.Printf("%v %+v %T\n", ps, ps[0], ps[0])
}
