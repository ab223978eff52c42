package main

import (
	"fmt"
	"sort"
)

func main() {
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	words := []string{"go", "rust", "zig"}
	var addrs []*string
	for _, w := range words {
		addrs = append(addrs, &w)
	}
	for _, a := range addrs {
		fmt.Print(*a, " ")
	}
	fmt.Println()

	// modifying the loop variable inside the body affects only that iteration's copy
	for i := 0; i < 6; i++ {
		fmt.Print(i, ",")
		i++
	}
	fmt.Println()

	// the per-iteration copy is made before the post statement
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
		i += 0
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// range over a copy of an array
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range saw", v, "array has", arr[2])
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice range saw", v)
		}
	}

	// range evaluates the slice once
	s := []int{1, 2, 3}
	for range s {
		s = append(s, 0)
	}
	fmt.Println(len(s))

	m := map[string]int{"a": 1, "b": 2, "c": 3}
	var keys []string
	for k, v := range m {
		m[k] = v * 10
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()

	done := make(chan int, 3)
	for i := range 3 {
		go func() { done <- i * i }()
	}
	got := []int{<-done, <-done, <-done}
	sort.Ints(got)
	fmt.Println(got)

	total := 0
	for i := range 10 {
		if i%2 == 0 {
			continue
		}
		total += i
	}
	fmt.Println("odd total", total)
}
