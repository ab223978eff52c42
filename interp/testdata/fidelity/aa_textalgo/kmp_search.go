package main

import (
	"fmt"
	"strings"
)

func prefixFunction(p string) []int {
	pi := make([]int, len(p))
	k := 0
	for i := 1; i < len(p); i++ {
		for k > 0 && p[i] != p[k] {
			k = pi[k-1]
		}
		if p[i] == p[k] {
			k++
		}
		pi[i] = k
	}
	return pi
}

func kmpAll(text, pat string) []int {
	if pat == "" {
		return nil
	}
	pi := prefixFunction(pat)
	var res []int
	k := 0
	for i := 0; i < len(text); i++ {
		for k > 0 && text[i] != pat[k] {
			k = pi[k-1]
		}
		if text[i] == pat[k] {
			k++
		}
		if k == len(pat) {
			res = append(res, i-len(pat)+1)
			k = pi[k-1]
		}
	}
	return res
}

func zArray(s string) []int {
	z := make([]int, len(s))
	l, r := 0, 0
	for i := 1; i < len(s); i++ {
		if i < r {
			z[i] = min(r-i, z[i-l])
		}
		for i+z[i] < len(s) && s[z[i]] == s[i+z[i]] {
			z[i]++
		}
		if i+z[i] > r {
			l, r = i, i+z[i]
		}
	}
	return z
}

func shortestPeriod(s string) int {
	pi := prefixFunction(s)
	p := len(s) - pi[len(s)-1]
	if len(s)%p == 0 {
		return p
	}
	return len(s)
}

func highlight(text string, at []int, n int) string {
	var sb strings.Builder
	last := 0
	for _, i := range at {
		if i < last {
			continue
		}
		sb.WriteString(text[last:i])
		sb.WriteString("<" + text[i:i+n] + ">")
		last = i + n
	}
	sb.WriteString(text[last:])
	return sb.String()
}

func main() {
	text := "abababcabababcababab"
	for _, pat := range []string{"abab", "abc", "bab", "zzz", "ababab"} {
		at := kmpAll(text, pat)
		fmt.Printf("%-7s %v %s\n", pat, at, highlight(text, at, len(pat)))
	}
	fmt.Println("pi(aabaaab) =", prefixFunction("aabaaab"))
	fmt.Println("z(aabxaab)  =", zArray("aabxaab"))
	for _, s := range []string{"abcabcabc", "aaaa", "abcd", "abaaba"} {
		fmt.Printf("period(%s) = %d\n", s, shortestPeriod(s))
	}
	fmt.Println(strings.Count(text, "abab"), len(kmpAll(text, "abab")))
}
