package main

import (
	"fmt"
	"math/big"
)

type memo map[int]uint64

func (m memo) fib(n int) uint64 {
	if n < 2 {
		return uint64(n)
	}
	if v, ok := m[n]; ok {
		return v
	}
	v := m.fib(n-1) + m.fib(n-2)
	m[n] = v
	return v
}

func bigFib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func climbStairs(n int, steps []int) int {
	dp := make([]int, n+1)
	dp[0] = 1
	for i := 1; i <= n; i++ {
		for _, s := range steps {
			if i >= s {
				dp[i] += dp[i-s]
			}
		}
	}
	return dp[n]
}

func main() {
	m := memo{}
	for _, n := range []int{10, 50, 90, 93} {
		fmt.Println(n, m.fib(n))
	}
	fmt.Println("memo size:", len(m))

	f := bigFib(150)
	fmt.Println(f, len(f.String()))

	fmt.Println(climbStairs(10, []int{1, 2}), climbStairs(10, []int{1, 3, 5}))
}
