// Strings as bytes and runes: utf8 decoding, invalid sequences, unicode
// classes, case mapping, and reversing by grapheme-ish runes.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func classify(r rune) string {
	var kinds []string
	if unicode.IsLetter(r) {
		kinds = append(kinds, "letter")
	}
	if unicode.IsUpper(r) {
		kinds = append(kinds, "upper")
	}
	if unicode.IsDigit(r) {
		kinds = append(kinds, "digit")
	}
	if unicode.IsSpace(r) {
		kinds = append(kinds, "space")
	}
	if unicode.IsPunct(r) {
		kinds = append(kinds, "punct")
	}
	if unicode.Is(unicode.Han, r) {
		kinds = append(kinds, "han")
	}
	if unicode.In(r, unicode.Greek, unicode.Cyrillic) {
		kinds = append(kinds, "greek/cyrillic")
	}
	if len(kinds) == 0 {
		return "other"
	}
	return strings.Join(kinds, ",")
}

func main() {
	s := "Héllo, 世界! Ω2"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	for i, r := range s {
		fmt.Printf("%2d %q %U %d %s\n", i, r, r, utf8.RuneLen(r), classify(r))
	}

	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if size > 1 {
			fmt.Printf("%c@%d(%d) ", r, i, size)
		}
		i += size
	}
	fmt.Println()
	last, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(last), size)

	bad := "a\xffb\xe4\xb8"
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s), utf8.RuneCountInString(bad))
	for i, r := range bad {
		fmt.Print(i, ":", r == utf8.RuneError, " ")
	}
	fmt.Println()
	fmt.Printf("%q %+q %x\n", bad, bad, strings.ToValidUTF8(bad, "?"))

	fmt.Println(reverse("Hello, 世界"), reverse(""), reverse("ab"))
	fmt.Println(strings.ToUpper("straße"), strings.ToLower("İSTANBUL"), strings.Title("go is fun"))
	fmt.Println(unicode.ToUpper('ß'), string(unicode.ToTitle('ǆ')), string(unicode.SimpleFold('K')))
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("σ", "Σ"))

	buf := make([]byte, 0, 16)
	for _, r := range []rune{'G', 'ö', '€', '𝄞', -1} {
		buf = utf8.AppendRune(buf, r)
	}
	fmt.Println(len(buf), string(buf), utf8.FullRune(buf[:2]))

	counts := map[string]int{}
	for _, r := range "The year 2024 — Ünïcödé!" {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsNumber(r):
			counts["number"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		if r > unicode.MaxASCII {
			return '_'
		}
		return r
	}, "a b\tc é ü"))
	fmt.Println(string(rune(65)), string(rune(0x1F600)), []byte("€"), rune("€"[0]))
}
