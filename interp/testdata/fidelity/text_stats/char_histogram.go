package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Héllo, Wörld! Ça va? 日本語 123 ✓"
	fmt.Println("bytes:", len(s), "runes:", utf8.RuneCountInString(s))

	var letters, digits, spaces, punct, other int
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			punct++
		default:
			other++
		}
	}
	fmt.Println(letters, digits, spaces, punct, other)

	hist := map[rune]int{}
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			hist[r]++
		}
	}
	keys := make([]rune, 0, len(hist))
	for r := range hist {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		fmt.Printf("%c(%U)=%d ", r, r, hist[r])
	}
	fmt.Println()

	for i, r := range "aé日" {
		fmt.Printf("%d:%q:%d ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
}
