package main

import (
	"fmt"
	"sort"
	"strings"
)

type Kind int

const (
	Easy Kind = iota
	Medium
	Hard
	numKinds
)

var kindNames = [numKinds]string{"Easy", "Medium", "Hard"}

func (k Kind) String() string { return kindNames[k] }

type Problem struct {
	ID    int
	Title string
	Kind  Kind
	Solve func() string
}

var (
	registry []Problem
	calls    int
	memo     = map[int]int64{0: 0, 1: 1}
	stats    [numKinds]int
)

func register(id int, title string, k Kind, f func() string) {
	registry = append(registry, Problem{id, title, k, f})
	stats[k]++
}

func init() {
	register(509, "Fibonacci Number", Easy, func() string { return fmt.Sprint(fib(50)) })
	register(70, "Climbing Stairs", Easy, func() string { return fmt.Sprint(fib(11)) })
}

func init() {
	register(62, "Unique Paths", Medium, func() string { return fmt.Sprint(uniquePaths(3, 7), uniquePaths(10, 10)) })
	register(97, "Interleaving String", Medium, func() string {
		return fmt.Sprint(isInterleave("aabcc", "dbbca", "aadbbcbcac"), isInterleave("aabcc", "dbbca", "aadbbbaccc"))
	})
	register(10, "Regular Expression Matching", Hard, func() string {
		var out []string
		for _, c := range [][2]string{{"aa", "a"}, {"aa", "a*"}, {"ab", ".*"}, {"mississippi", "mis*is*p*."}, {"aab", "c*a*b"}} {
			out = append(out, fmt.Sprintf("%s~%s=%v", c[0], c[1], isMatch(c[0], c[1])))
		}
		return strings.Join(out, " ")
	})
}

func fib(n int) int64 {
	calls++
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = fib(n-1) + fib(n-2)
	return memo[n]
}

func uniquePaths(m, n int) int {
	row := make([]int, n)
	for i := range row {
		row[i] = 1
	}
	for r := 1; r < m; r++ {
		for c := 1; c < n; c++ {
			row[c] += row[c-1]
		}
	}
	return row[n-1]
}

func isInterleave(s1, s2, s3 string) bool {
	if len(s1)+len(s2) != len(s3) {
		return false
	}
	dp := make([]bool, len(s2)+1)
	for i := 0; i <= len(s1); i++ {
		for j := 0; j <= len(s2); j++ {
			switch {
			case i == 0 && j == 0:
				dp[j] = true
			case i == 0:
				dp[j] = dp[j-1] && s2[j-1] == s3[j-1]
			case j == 0:
				dp[j] = dp[j] && s1[i-1] == s3[i-1]
			default:
				dp[j] = (dp[j] && s1[i-1] == s3[i+j-1]) || (dp[j-1] && s2[j-1] == s3[i+j-1])
			}
		}
	}
	return dp[len(s2)]
}

func isMatch(s, p string) bool {
	dp := make([][]bool, len(s)+1)
	for i := range dp {
		dp[i] = make([]bool, len(p)+1)
	}
	dp[len(s)][len(p)] = true
	for i := len(s); i >= 0; i-- {
		for j := len(p) - 1; j >= 0; j-- {
			first := i < len(s) && (p[j] == s[i] || p[j] == '.')
			if j+1 < len(p) && p[j+1] == '*' {
				dp[i][j] = dp[i][j+2] || (first && dp[i+1][j])
			} else {
				dp[i][j] = first && dp[i+1][j+1]
			}
		}
	}
	return dp[0][0]
}

func main() {
	sort.Slice(registry, func(i, j int) bool {
		if registry[i].Kind != registry[j].Kind {
			return registry[i].Kind > registry[j].Kind
		}
		return registry[i].ID < registry[j].ID
	})
	for _, p := range registry {
		fmt.Printf("[%-6v] #%-4d %-28s %s\n", p.Kind, p.ID, p.Title, p.Solve())
	}
	fmt.Println("stats:", stats, "fib calls:", calls, "memo size:", len(memo))
	fmt.Printf("%v %d %q\n", Hard, Medium, kindNames)
}
