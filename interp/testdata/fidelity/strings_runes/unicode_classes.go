package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Go 1.26: Ünïcödé ☺ 日本\t!"
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
	fmt.Println(len(s), utf8.RuneCountInString(s))
	fmt.Println(unicode.Is(unicode.Han, '日'), unicode.In('Ü', unicode.Latin), unicode.ToLower('Ü') == 'ü')

	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '☺')
	fmt.Println(buf, utf8.RuneLen('☺'), utf8.FullRune(buf[:2]))
	fmt.Println(string(rune(65)), string(rune(0x10FFFF+1)) == "\uFFFD")
}
