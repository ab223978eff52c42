package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type counts struct {
	letters, upper, lower, digits, spaces, punct, symbols, other int
}

func classify(s string) counts {
	var c counts
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			c.letters++
			if unicode.IsUpper(r) {
				c.upper++
			} else if unicode.IsLower(r) {
				c.lower++
			}
		case unicode.IsDigit(r):
			c.digits++
		case unicode.IsSpace(r):
			c.spaces++
		case unicode.IsPunct(r):
			c.punct++
		case unicode.IsSymbol(r):
			c.symbols++
		default:
			c.other++
		}
	}
	return c
}

func titleCase(s string) string {
	prev := ' '
	return strings.Map(func(r rune) rune {
		defer func() { prev = r }()
		if unicode.IsSpace(prev) || prev == '-' {
			return unicode.ToTitle(r)
		}
		return unicode.ToLower(r)
	}, s)
}

func main() {
	samples := []string{
		"Hello, World! 123",
		"Grüße aus Köln — 10€",
		"日本語のテキスト、です。",
		"tab\tnew\nline  ",
		"Ωμέγα ΣΊΣΥΦΟΣ σίσυφος",
	}
	for _, s := range samples {
		c := classify(s)
		fmt.Printf("%q\n  bytes=%d runes=%d %+v\n", s, len(s), utf8.RuneCountInString(s), c)
	}
	fmt.Println(titleCase("the go PROGRAMMING language"))
	fmt.Println(titleCase("jean-luc picard"))
	for _, r := range []rune{'a', 'Z', 'ß', 'ǅ', '5', '٣', '€', ' ', '\u00a0', 'é'} {
		fmt.Printf("%q U+%04X letter=%v digit=%v number=%v upper=%v title=%q upper=%q\n",
			r, r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r),
			unicode.IsUpper(r), unicode.ToTitle(r), unicode.ToUpper(r))
	}
	fmt.Println("Han:", unicode.Is(unicode.Han, '語'), "Greek:", unicode.In('Ω', unicode.Greek, unicode.Cyrillic))
	b := []byte("€uro")
	r, size := utf8.DecodeRune(b)
	fmt.Println("first rune:", string(r), "size:", size, "valid:", utf8.Valid(b), utf8.ValidString("\xff"))
	lr, lsize := utf8.DecodeLastRuneInString("añ")
	fmt.Println("last rune:", string(lr), lsize, "rune len of 😀:", utf8.RuneLen('😀'))
	buf := utf8.AppendRune(nil, '世')
	fmt.Printf("% x\n", buf)
	fmt.Println(strings.ToUpper("ß straße"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
}
