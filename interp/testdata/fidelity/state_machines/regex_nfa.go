package main

import "fmt"

// match implements a tiny regex matcher supporting literals, '.', '*', '^' and '$'
// in the style of Kernighan and Pike.
func match(re, text string) bool {
	if len(re) > 0 && re[0] == '^' {
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

func main() {
	cases := []struct{ re, text string }{
		{"abc", "xxabcxx"},
		{"^abc", "xxabc"},
		{"a.c$", "zzabc"},
		{"ab*c", "ac"},
		{"ab*c", "abbbbc"},
		{"^a.*z$", "abcdefz"},
		{"^a.*z$", "abcdefzq"},
		{"x*", ""},
	}

	for _, c := range cases {
		fmt.Printf("%-8s %-10q %v\n", c.re, c.text, match(c.re, c.text))
	}
}
