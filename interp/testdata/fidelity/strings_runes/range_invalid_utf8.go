package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a\xffé\xc3z"
	for i, r := range s {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))

	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Println(r == utf8.RuneError, size)
	fmt.Printf("%q %+q %x\n", s, s, s)
	fmt.Println([]rune(s))
	fmt.Println(string([]rune(s)) == s)

	b := []byte("é")
	fmt.Println(b, len(b), string(b[:1]) == "\xc3")
}
