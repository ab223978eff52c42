package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Button struct {
	Label   string
	OnClick func() string
}

func makeButtons(labels []string) []Button {
	var bs []Button
	for i, l := range labels {
		bs = append(bs, Button{l, func() string { return fmt.Sprintf("%d:%s", i, l) }})
	}
	return bs
}

func counterFactory() (inc func() int, get func() int, reset func()) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	reset = func() { n = 0 }
	return
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		v := f(x)
		cache[x] = v
		return v
	}
}

func main() {
	for _, b := range makeButtons([]string{"ok", "cancel", "help"}) {
		fmt.Print(b.Label, "=", b.OnClick(), " ")
	}
	fmt.Println()

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
		i := i + 10
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	inc, get, reset := counterFactory()
	inc()
	inc()
	fmt.Print(get(), " ")
	reset()
	fmt.Println(inc(), get())

	calls := 0
	var fib func(int) int
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)

	var mu sync.Mutex
	var wg sync.WaitGroup
	var out []string
	for _, w := range strings.Fields("a b c d") {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			out = append(out, strings.ToUpper(w))
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(out)
	fmt.Println(out)

	acc := []func(){}
	total := 0
	for i := range 4 {
		acc = append(acc, func() { total += i })
	}
	for _, f := range acc {
		f()
	}
	fmt.Println(total)

	x := 1
	show := func() int { return x }
	x = 2
	defer func(v int) { fmt.Println("deferred", v, show()) }(show())
	x = 3
	j := 0
	for j < 3 {
		j++
		defer func() { fmt.Print("j", j, " ") }()
	}
}
