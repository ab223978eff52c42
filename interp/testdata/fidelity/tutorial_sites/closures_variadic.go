package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func find(num int, nums ...int) (int, bool) {
	for i, v := range nums {
		if v == num {
			return i, true
		}
	}
	return -1, false
}

func join(sep string, parts ...interface{}) string {
	var sb strings.Builder
	for i, p := range parts {
		if i > 0 {
			sb.WriteString(sep)
		}
		fmt.Fprint(&sb, p)
	}
	return sb.String()
}

func appendStr() func(string) string {
	t := "Hello"
	c := func(b string) string {
		t = t + " " + b
		return t
	}
	return c
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

type filterFunc func(int) bool

func filter(s []int, f filterFunc) []int {
	var r []int
	for _, v := range s {
		if f(v) {
			r = append(r, v)
		}
	}
	return r
}

func mapInts(s []int, f func(int) int) []int {
	out := make([]int, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1, 2, 3))
	nums := []int{10, 20, 30, 40}
	fmt.Println(sum(nums...))
	i, ok := find(30, nums...)
	fmt.Println("find 30:", i, ok)
	i, ok = find(99)
	fmt.Println("find 99:", i, ok)
	fmt.Println(join("-", 1, "two", 3.0, true, nil))

	a := appendStr()
	b := appendStr()
	fmt.Println(a("World"))
	fmt.Println(b("Everyone"))
	fmt.Println(a("Gopher"))
	fmt.Println(b("!"))

	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), ",")
	}
	fmt.Println()

	data := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	even := filter(data, func(n int) bool { return n%2 == 0 })
	big := filter(data, func(n int) bool { return n > 6 })
	fmt.Println(even, big)
	threshold := 3
	fmt.Println(mapInts(data, func(n int) int {
		if n > threshold {
			return n * 10
		}
		return n
	}))

	counter := 0
	inc := func() { counter++ }
	for j := 0; j < 5; j++ {
		inc()
	}
	fmt.Println("counter:", counter)

	result := func(x, y int) int { return x*y + 1 }(6, 7)
	fmt.Println("immediately invoked:", result)

	ops := map[string]func(float64, float64) float64{
		"add": func(x, y float64) float64 { return x + y },
		"mul": func(x, y float64) float64 { return x * y },
	}
	for _, k := range []string{"add", "mul"} {
		fmt.Printf("%s(3, 4) = %v\n", k, ops[k](3, 4))
	}
}
