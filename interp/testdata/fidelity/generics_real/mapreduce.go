package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
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

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

type Celsius float64

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	squares := Map(nums, func(n int) int { return n * n })
	evens := Filter(squares, func(n int) bool { return n%2 == 0 })
	total := Reduce(evens, 0, func(a, n int) int { return a + n })
	fmt.Println("squares:", squares)
	fmt.Println("even squares:", evens)
	fmt.Println("total:", total)

	words := Map(nums, strconv.Itoa)
	fmt.Println(strings.Join(words, "-"))
	lens := Map([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) })
	fmt.Printf("%v %T\n", lens, lens)

	temps := []Celsius{21.5, 19.0, 23.25, 18.75}
	fmt.Printf("sum=%.2f avg=%.3f\n", Sum(temps), Average(temps))
	fmt.Printf("%T\n", Sum(temps))

	floats := []float64{1.5, 2.5}
	fmt.Println(Sum(floats), Average(floats), Average([]int{}))

	staff := []Employee{
		{"Ann", "eng", 120}, {"Bob", "ops", 90}, {"Cid", "eng", 130},
		{"Dee", "sales", 80}, {"Eve", "ops", 95}, {"Fay", "eng", 110},
	}
	byDept := GroupBy(staff, func(e Employee) string { return e.Dept })
	for _, d := range []string{"eng", "ops", "sales"} {
		group := byDept[d]
		salaries := Map(group, func(e Employee) int { return e.Salary })
		names := Map(group, func(e Employee) string { return e.Name })
		fmt.Printf("%-6s n=%d total=%4d avg=%7.2f %v\n", d, len(group), Sum(salaries), Average(salaries), names)
	}
	longest := Reduce(staff, "", func(acc string, e Employee) string {
		if len(e.Name)+len(e.Dept) > len(acc) {
			return e.Name + "@" + e.Dept
		}
		return acc
	})
	fmt.Println("longest:", longest)
	csv := Reduce(Map(staff, func(e Employee) string { return fmt.Sprintf("%s:%d", e.Name, e.Salary) }), "",
		func(acc, s string) string {
			if acc == "" {
				return s
			}
			return acc + ";" + s
		})
	fmt.Println(csv)
}
