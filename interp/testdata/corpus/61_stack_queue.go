package main

import "fmt"

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var stack []rune
	for _, c := range s {
		switch c {
		case '(', '[', '{':
			stack = append(stack, c)
		case ')', ']', '}':
			if len(stack) == 0 || stack[len(stack)-1] != pairs[c] {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}

func bfs(graph map[int][]int, start int) []int {
	visited := map[int]bool{start: true}
	queue := []int{start}
	var order []int
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, m := range graph[n] {
			if !visited[m] {
				visited[m] = true
				queue = append(queue, m)
			}
		}
	}
	return order
}

func main() {
	for _, s := range []string{"([]{})", "([)]", "((", ""} {
		fmt.Printf("%q balanced: %v\n", s, balanced(s))
	}
	g := map[int][]int{1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: {6}}
	fmt.Println(bfs(g, 1))
}
