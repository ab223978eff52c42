package main

import "fmt"

var (
	a = c + b // == 9
	b = f()   // == 4
	c = f()   // == 5
	d = 3     // == 5 after initialization has finished
)

func f() int {
	d++
	return d
}

var registry = map[string]func(int) int{}

func register(name string, fn func(int) int) bool {
	registry[name] = fn
	return true
}

var _ = register("double", func(x int) int { return 2 * x })
var _ = register("square", func(x int) int { return x * x })

var order []string

func init() {
	order = append(order, "first init")
	registry["neg"] = func(x int) int { return -x }
}

func init() {
	order = append(order, "second init")
}

var total = sum(1, 2, 3)

func sum(xs ...int) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}

type Level int

var names = [...]string{Debug: "DEBUG", Info: "INFO", Warn: "WARN"}

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string { return names[l] }

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(order)
	for _, k := range []string{"double", "square", "neg"} {
		fmt.Println(k, registry[k](7))
	}
	fmt.Println(total, len(registry))
	fmt.Println(Debug, Warn, len(names))
	fmt.Printf("%v %d %s\n", Info, Info, Level(2))
}
