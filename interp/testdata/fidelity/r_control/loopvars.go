package main

import (
	"fmt"
	"sort"
	"sync"
)

type Handler func() string

func main() {
	var fns []func() int
	for i := 0; i < 4; i++ {
		fns = append(fns, func() int { return i * i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	handlers := map[string]Handler{}
	for _, name := range []string{"alpha", "beta", "gamma"} {
		handlers[name] = func() string { return "hello " + name }
	}
	keys := make([]string, 0)
	for k := range handlers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, "->", handlers[k]())
	}

	// pointers to loop variables are distinct per iteration
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// modifying the loop variable inside the body affects that iteration only
	var seen []int
	for i := 0; i < 10; i++ {
		defer func() { seen = append(seen, i) }()
		if i%3 == 0 {
			i++
		}
	}

	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * 10
		}()
	}
	wg.Wait()
	fmt.Println(results)

	var mu sync.Mutex
	total := 0
	for _, v := range []int{3, 1, 4, 1, 5} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += v
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("total", total)

	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}
	a, b := counter(), counter()
	fmt.Println(a(), a(), a(), b())

	var acc []func() string
	for i, s := range []string{"x", "y"} {
		for j := range 2 {
			acc = append(acc, func() string { return fmt.Sprintf("%s%d%d", s, i, j) })
		}
	}
	for _, f := range acc {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	report(seen)
}

func report(s []int) { fmt.Println("seen", s) }
