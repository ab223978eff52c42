package main

import (
	"fmt"
	"sort"
	"strings"
)

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

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	return Reduce(xs, T(0), func(a, b T) T { return a + b })
}

type Stage[T any] func(T) T

func Pipeline[T any](stages ...Stage[T]) Stage[T] {
	return func(v T) T {
		for _, s := range stages {
			v = s(v)
		}
		return v
	}
}

type Product struct {
	Name     string
	Category string
	Price    float64
	Stock    int
}

type Cents int64

func main() {
	products := []Product{
		{"laptop", "tech", 999.99, 5},
		{"mouse", "tech", 19.5, 120},
		{"desk", "furniture", 250, 0},
		{"chair", "furniture", 120, 14},
		{"pen", "office", 1.25, 500},
		{"monitor", "tech", 199, 0},
	}

	names := Map(products, func(p Product) string { return strings.ToUpper(p.Name) })
	fmt.Println(names)

	inStock, sold := Partition(products, func(p Product) bool { return p.Stock > 0 })
	fmt.Println("in stock:", len(inStock), "sold out:", Map(sold, func(p Product) string { return p.Name }))

	value := Reduce(inStock, 0.0, func(acc float64, p Product) float64 { return acc + p.Price*float64(p.Stock) })
	fmt.Printf("inventory value: %.2f\n", value)

	groups := GroupBy(products, func(p Product) string { return p.Category })
	cats := make([]string, 0, len(groups))
	for c := range groups {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		prices := Map(groups[c], func(p Product) float64 { return p.Price })
		fmt.Printf("%-10s n=%d total=%.2f\n", c, len(groups[c]), Sum(prices))
	}

	fmt.Println(Sum([]int{1, 2, 3}), Sum([]Cents{100, 250}))

	clean := Pipeline[string](strings.TrimSpace, strings.ToLower, func(s string) string {
		return strings.ReplaceAll(s, " ", "-")
	})
	for _, t := range []string{"  Hello World ", "Go Generics\t", "A B C"} {
		fmt.Printf("%q -> %q\n", t, clean(t))
	}

	evens := Filter([]int{1, 2, 3, 4, 5, 6, 7, 8}, func(n int) bool { return n%2 == 0 })
	sq := Map(evens, func(n int) int { return n * n })
	fmt.Println(evens, sq, Reduce(sq, "", func(s string, n int) string { return s + fmt.Sprint(n) + ";" }))
	byLen := GroupBy(strings.Fields("go is a fun language to use"), func(s string) int { return len(s) })
	for l := 1; l <= 8; l++ {
		if ws, ok := byLen[l]; ok {
			fmt.Println(l, ws)
		}
	}
}
