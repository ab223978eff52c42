package main

import "fmt"

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

type counter struct {
	name  string
	count func() int
}

func main() {
	nextInt := intSeq()

	fmt.Println(nextInt())
	fmt.Println(nextInt())
	fmt.Println(nextInt())

	newInts := intSeq()
	fmt.Println(newInts())

	fmt.Println(fact(7))

	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(7))

	counters := []counter{{"a", intSeq()}, {"b", intSeq()}}
	for round := 0; round < 3; round++ {
		for _, c := range counters {
			if c.name == "b" && round == 0 {
				continue
			}
			fmt.Printf("%s=%d ", c.name, c.count())
		}
		fmt.Println()
	}

	adders := make([]func(int) int, 0, 4)
	for i := 0; i < 4; i++ {
		adders = append(adders, func(x int) int { return x + i })
	}
	for _, add := range adders {
		fmt.Print(add(10), " ")
	}
	fmt.Println()

	memo := map[int]int{}
	var ways func(n int) int
	ways = func(n int) int {
		if n <= 1 {
			return 1
		}
		if v, ok := memo[n]; ok {
			return v
		}
		r := ways(n-1) + ways(n-2)
		memo[n] = r
		return r
	}
	for _, n := range []int{5, 10, 30, 50} {
		fmt.Printf("ways(%d) = %d\n", n, ways(n))
	}

	compose := func(f, g func(int) int) func(int) int {
		return func(x int) int { return g(f(x)) }
	}
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	h := compose(double, inc)
	fmt.Println("compose:", h(5), compose(inc, double)(5))
}
