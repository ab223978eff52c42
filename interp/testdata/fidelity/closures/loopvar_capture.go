package main

import "fmt"

func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var prints []func()
	for _, s := range []string{"a", "b", "c"} {
		prints = append(prints, func() { fmt.Print(s) })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()

	shared := 0
	inc := func() { shared++ }
	for range 4 {
		inc()
	}
	fmt.Println(shared)
}
