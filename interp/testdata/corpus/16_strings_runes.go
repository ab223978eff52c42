package main

import (
	"fmt"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range "aé世" {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(s[0], s[1], string(s[0]))
	b := []byte("abc")
	b[0] = 'A'
	fmt.Println(string(b), b)
	fmt.Println(reverse(s))
	var r rune = 'G'
	fmt.Println(r, string(r), r+1)
	fmt.Println(string(rune(65 + 25)))
	raw := `raw\nstring`
	fmt.Println(raw, len(raw))
	fmt.Println("a"+"b"+"c", "abc" < "abd")
}
