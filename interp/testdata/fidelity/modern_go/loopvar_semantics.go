package main

import (
	"fmt"
	"sort"
	"sync"
)

type Task struct {
	ID   int
	Name string
}

func main() {
	var funcs []func() int
	for i := 0; i < 4; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	tasks := []Task{{1, "build"}, {2, "test"}, {3, "ship"}}
	var ptrs []*Task
	for _, t := range tasks {
		ptrs = append(ptrs, &t)
	}
	for _, p := range ptrs {
		fmt.Print(p.Name, " ")
	}
	fmt.Println()

	var mu sync.Mutex
	var wg sync.WaitGroup
	var seen []int
	for _, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, t.ID)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)

	// modifying the loop variable inside the body affects only that iteration
	for i := 0; i < 5; i++ {
		if i == 1 {
			i += 2
		}
		fmt.Print(i, ";")
	}
	fmt.Println()

	var printers []func()
	for i, s := range []string{"x", "y"} {
		printers = append(printers, func() { fmt.Println(i, s) })
	}
	for _, p := range printers {
		p()
	}

	counter := map[string]func() int{}
	for _, name := range []string{"a", "b"} {
		n := 0
		counter[name] = func() int { n++; return n }
	}
	counter["a"]()
	counter["a"]()
	fmt.Println(counter["a"](), counter["b"]())

	for i := range 3 {
		defer func() { fmt.Println("deferred", i) }()
	}
}
