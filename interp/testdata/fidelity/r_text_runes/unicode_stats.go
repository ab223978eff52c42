package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Stats struct {
	Letters, Digits, Spaces, Punct, Upper, Other int
}

func analyze(s string) Stats {
	var st Stats
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			st.Letters++
			if unicode.IsUpper(r) {
				st.Upper++
			}
		case unicode.IsDigit(r):
			st.Digits++
		case unicode.IsSpace(r):
			st.Spaces++
		case unicode.IsPunct(r):
			st.Punct++
		default:
			st.Other++
		}
	}
	return st
}

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func capitalize(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToTitle(r)) + strings.ToLower(w[size:])
	}
	return strings.Join(words, " ")
}

func main() {
	samples := []string{"Hello, Wörld! 123", "日本語テキスト", "  tabs\tand\nnewlines ", "Ünïcödé €100 ©"}
	for _, s := range samples {
		fmt.Printf("%q bytes=%d runes=%d %+v\n", s, len(s), utf8.RuneCountInString(s), analyze(s))
	}
	fmt.Println(reverseRunes("héllo, 世界"))
	fmt.Println(capitalize("élan VITAL of the ñandú"))
	s := "aé世"
	for i, r := range s {
		fmt.Printf("%d:%c(%U,%d) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	b := []byte(s)
	for len(b) > 0 {
		r, size := utf8.DecodeLastRune(b)
		fmt.Printf("%c/%d ", r, size)
		b = b[:len(b)-size]
	}
	fmt.Println()
	bad := string([]byte{0x61, 0xff, 0x62})
	fmt.Println(utf8.ValidString(bad), []rune(bad), strings.ToValidUTF8(bad, "?"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.SimpleFold(r)
	}, "abc123XYZ"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Title("hello world"), strings.ToUpper("ß"), len(strings.ToUpper("ß")))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('a', unicode.Latin, unicode.Greek), string(rune(65)), string(rune(0x1F600)))
}
