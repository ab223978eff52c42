package main

import "fmt"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 3 {
		fmt.Printf("move disk %d %s->%s\n", n, from, to)
	}
	hanoi(n-1, via, to, from, moves)
}

func permutations(s []rune, k int, out *[]string) {
	if k == len(s) {
		*out = append(*out, string(s))
		return
	}
	for i := k; i < len(s); i++ {
		s[k], s[i] = s[i], s[k]
		permutations(s, k+1, out)
		s[k], s[i] = s[i], s[k]
	}
}

func main() {
	fmt.Println(fact(10))
	fmt.Println(fib(20))
	moves := 0
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println("moves:", moves)
	var perms []string
	permutations([]rune("abc"), 0, &perms)
	fmt.Println(perms)
}
