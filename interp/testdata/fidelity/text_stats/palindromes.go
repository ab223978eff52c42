package main

import (
	"fmt"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, unicode.ToLower(r))
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func longestPalSubstring(s string) string {
	best := ""
	expand := func(l, r int) {
		for l >= 0 && r < len(s) && s[l] == s[r] {
			l--
			r++
		}
		if r-l-1 > len(best) {
			best = s[l+1 : r]
		}
	}
	for i := range s {
		expand(i, i)
		expand(i, i+1)
	}
	return best
}

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "race a car", "", "Was it a car or a cat I saw?", "été"} {
		fmt.Printf("%-32q %v\n", s, isPalindrome(s))
	}

	for _, s := range []string{"babad", "cbbd", "forgeeksskeegfor", "x"} {
		fmt.Println(s, "->", longestPalSubstring(s))
	}

	fmt.Println(reverse("Hello, 世界"), strings.ToUpper(reverse("gopher")))
}
