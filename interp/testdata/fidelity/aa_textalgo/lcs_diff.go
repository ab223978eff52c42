package main

import (
	"fmt"
	"strings"
)

type OpKind int

const (
	Keep OpKind = iota
	Insert
	Delete
)

func (k OpKind) String() string {
	return [...]string{" ", "+", "-"}[k]
}

type Op struct {
	Kind OpKind
	Line string
}

func diff(a, b []string) []Op {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var ops []Op
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			ops = append(ops, Op{Keep, a[i]})
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			ops = append(ops, Op{Delete, a[i]})
			i++
		default:
			ops = append(ops, Op{Insert, b[j]})
			j++
		}
	}
	for ; i < n; i++ {
		ops = append(ops, Op{Delete, a[i]})
	}
	for ; j < m; j++ {
		ops = append(ops, Op{Insert, b[j]})
	}
	return ops
}

const before = `package main

import "fmt"

func main() {
	fmt.Println("hello")
	x := 1
	fmt.Println(x)
}`

const after = `package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("hello, world")
	x := 1
	fmt.Fprintln(os.Stderr, x)
}`

func main() {
	ops := diff(strings.Split(before, "\n"), strings.Split(after, "\n"))
	stats := map[OpKind]int{}
	for _, op := range ops {
		stats[op.Kind]++
		fmt.Printf("%v %s\n", op.Kind, op.Line)
	}
	fmt.Printf("kept %d, added %d, removed %d\n", stats[Keep], stats[Insert], stats[Delete])
	fmt.Println(stats)

	w := diff(strings.Split("the quick brown fox", " "), strings.Split("the slow brown dog jumps", " "))
	var parts []string
	for _, op := range w {
		if op.Kind == Keep {
			parts = append(parts, op.Line)
		} else {
			parts = append(parts, fmt.Sprintf("[%v%s]", op.Kind, op.Line))
		}
	}
	fmt.Println(strings.Join(parts, " "))
}
