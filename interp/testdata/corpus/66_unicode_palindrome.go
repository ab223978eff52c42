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

func caesar(s string, shift int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift))%26
		}
		return r
	}, s)
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "Été"} {
		fmt.Printf("%q -> %v\n", s, isPalindrome(s))
	}
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, 23))
	upper, digits, spaces := 0, 0, 0
	for _, r := range "Go 1.26 Is Here" {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		}
	}
	fmt.Println(upper, digits, spaces)
}
