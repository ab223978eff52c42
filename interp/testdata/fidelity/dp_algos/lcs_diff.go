package main

import (
	"fmt"
	"strings"
)

func lcsTable(a, b []string) [][]int {
	t := make([][]int, len(a)+1)
	for i := range t {
		t[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	return t
}

func diff(a, b []string) []string {
	t := lcsTable(a, b)
	var out []string
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out = append(out, "  "+a[i])
			i++
			j++
		case t[i+1][j] >= t[i][j+1]:
			out = append(out, "- "+a[i])
			i++
		default:
			out = append(out, "+ "+b[j])
			j++
		}
	}
	for ; i < len(a); i++ {
		out = append(out, "- "+a[i])
	}
	for ; j < len(b); j++ {
		out = append(out, "+ "+b[j])
	}
	return out
}

func main() {
	before := strings.Split("the quick brown fox jumps over the lazy dog", " ")
	after := strings.Split("the quick red fox jumped over the very lazy dog", " ")

	t := lcsTable(before, after)
	fmt.Println("lcs length:", t[0][0])

	for _, l := range diff(before, after) {
		fmt.Println(l)
	}

	fmt.Println(lcsTable([]string{"a", "b", "c", "b", "d", "a", "b"}, []string{"b", "d", "c", "a", "b", "a"})[0][0])
}
