package main

import (
	"fmt"
	"unicode"
)

func shift(r rune, k int) rune {
	switch {
	case unicode.IsUpper(r):
		return 'A' + (r-'A'+rune(k)+26)%26
	case unicode.IsLower(r):
		return 'a' + (r-'a'+rune(k)+26)%26
	}
	return r
}

func caesar(s string, k int) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		out = append(out, shift(r, k))
	}
	return string(out)
}

func main() {
	msg := "Hello, Gophers! Zebra?"
	enc := caesar(msg, 3)
	fmt.Println(enc)
	fmt.Println(caesar(enc, -3))
	fmt.Println(caesar("abc xyz", 13))
}
