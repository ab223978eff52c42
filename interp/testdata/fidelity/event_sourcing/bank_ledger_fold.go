package main

import (
	"fmt"
	"slices"
	"strings"
)

type Entry struct {
	Day     int
	Account string
	Delta   int
}

func Fold[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func main() {
	entries := []Entry{
		{1, "cash", 500}, {1, "bank", 1000}, {2, "cash", -120}, {3, "bank", -300},
		{3, "cash", 40}, {4, "card", -75}, {5, "bank", 250}, {5, "card", 75},
	}

	total := Fold(entries, 0, func(s int, e Entry) int { return s + e.Delta })
	fmt.Println("net:", total)

	balances := Fold(entries, map[string]int{}, func(m map[string]int, e Entry) map[string]int {
		m[e.Account] += e.Delta
		return m
	})
	fmt.Println(balances)

	byDay := GroupBy(entries, func(e Entry) int { return e.Day })
	days := make([]int, 0, len(byDay))
	for d := range byDay {
		days = append(days, d)
	}
	slices.Sort(days)
	running := 0
	for _, d := range days {
		running = Fold(byDay[d], running, func(s int, e Entry) int { return s + e.Delta })
		fmt.Printf("day %d: %d entries, running %d\n", d, len(byDay[d]), running)
	}

	names := Fold(entries, []string{}, func(ns []string, e Entry) []string {
		if !slices.Contains(ns, e.Account) {
			ns = append(ns, e.Account)
		}
		return ns
	})
	fmt.Println(strings.Join(names, "|"))
}
