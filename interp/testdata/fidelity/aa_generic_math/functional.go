package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func Keys[K comparable, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func main() {
	staff := []Employee{
		{"Ann", "eng", 120, 34}, {"Bob", "eng", 95, 28}, {"Cy", "ops", 70, 45},
		{"Di", "sales", 60, 23}, {"Ed", "ops", 82, 39}, {"Flo", "eng", 130, 51},
	}
	seniors := Filter(staff, func(e Employee) bool { return e.Age >= 35 })
	names := Map(seniors, func(e Employee) string { return e.Name })
	fmt.Println("seniors:", names)
	payroll := Reduce(staff, 0, func(acc int, e Employee) int { return acc + e.Salary })
	fmt.Println("payroll:", payroll)
	byDept := GroupBy(staff, func(e Employee) string { return e.Dept })
	depts := Keys(byDept)
	sort.Strings(depts)
	for _, d := range depts {
		es := byDept[d]
		avg := float64(Reduce(es, 0, func(a int, e Employee) int { return a + e.Salary })) / float64(len(es))
		fmt.Printf("%-5s n=%d avg=%.1f %v\n", d, len(es), avg, Map(es, func(e Employee) string { return e.Name }))
	}
	nums := Map(strings.Split("4,8,15,16,23,42", ","), func(s string) int { n, _ := strconv.Atoi(s); return n })
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(nums, evens, Reduce(evens, "", func(a string, n int) string { return a + strconv.Itoa(n) + ";" }))
	pairs := Zip(names, []int{1, 2})
	fmt.Printf("%v %+v\n", pairs, pairs[0])
	byAge := GroupBy(staff, func(e Employee) bool { return e.Age < 30 })
	fmt.Println(len(byAge[true]), len(byAge[false]))
}
