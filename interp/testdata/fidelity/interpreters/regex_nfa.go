package main

import (
	"fmt"
	"strings"
)

// A tiny Thompson-style matcher for literals, '.', '*', '+', '?', '^' and '$'
// in the style of Rob Pike's matcher, extended with '+' and '?'.

func match(re, text string) bool {
	if strings.HasPrefix(re, "^") {
		return matchHere(re[1:], text)
	}
	for {
		if matchHere(re, text) {
			return true
		}
		if text == "" {
			return false
		}
		text = text[1:]
	}
}

func matchHere(re, text string) bool {
	switch {
	case re == "":
		return true
	case len(re) >= 2 && re[1] == '*':
		return matchStar(re[0], re[2:], text)
	case len(re) >= 2 && re[1] == '+':
		return text != "" && (re[0] == '.' || re[0] == text[0]) && matchStar(re[0], re[2:], text[1:])
	case len(re) >= 2 && re[1] == '?':
		if text != "" && (re[0] == '.' || re[0] == text[0]) && matchHere(re[2:], text[1:]) {
			return true
		}
		return matchHere(re[2:], text)
	case re == "$":
		return text == ""
	case text != "" && (re[0] == '.' || re[0] == text[0]):
		return matchHere(re[1:], text[1:])
	}
	return false
}

func matchStar(c byte, re, text string) bool {
	for {
		if matchHere(re, text) {
			return true
		}
		if text == "" || (text[0] != c && c != '.') {
			return false
		}
		text = text[1:]
	}
}

type grepResult struct {
	line  int
	text  string
	match bool
}

func grep(pattern string, lines []string) (res []grepResult, count int) {
	for i, l := range lines {
		m := match(pattern, l)
		if m {
			count++
		}
		res = append(res, grepResult{i + 1, l, m})
	}
	return
}

func main() {
	tests := [][2]string{
		{"abc", "xxabcxx"}, {"^abc", "xxabc"}, {"abc$", "xxabc"}, {"a.c", "abc"},
		{"a*b", "b"}, {"a+b", "b"}, {"a+b", "aaab"}, {"colou?r", "color"}, {"colou?r", "colour"},
		{"colou?r", "colouur"}, {"^.*$", ""}, {"^$", "x"}, {"x.*y.*z", "x__y__z"}, {"go+gle", "gooooogle"},
	}
	for _, t := range tests {
		fmt.Printf("%-10s %-10s %v\n", t[0], t[1], match(t[0], t[1]))
	}
	text := `the quick brown fox
jumps over the lazy dog
gophers love go
GO is not go
a dog and a fox`
	lines := strings.Split(text, "\n")
	for _, pat := range []string{"fox$", "^g", "o.e", "d.g"} {
		res, n := grep(pat, lines)
		fmt.Printf("pattern %q: %d matches\n", pat, n)
		for _, r := range res {
			if r.match {
				fmt.Printf("  %d: %s\n", r.line, r.text)
			}
		}
	}
}
