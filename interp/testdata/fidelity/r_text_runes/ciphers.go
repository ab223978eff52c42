package main

import (
	"fmt"
	"strings"
	"unicode"
)

func caesar(s string, shift int) string {
	shift = (shift%26 + 26) % 26
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

func vigenere(s, key string, decrypt bool) string {
	var b strings.Builder
	ki := 0
	for _, r := range s {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			b.WriteRune(r)
			continue
		}
		k := rune(unicode.ToLower(rune(key[ki%len(key)])) - 'a')
		if decrypt {
			k = 26 - k
		}
		base := 'a'
		if unicode.IsUpper(r) {
			base = 'A'
		}
		b.WriteRune(base + (r-base+k)%26)
		ki++
	}
	return b.String()
}

func freq(s string) [26]int {
	var f [26]int
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			f[r-'a']++
		}
	}
	return f
}

func main() {
	msg := "Attack at Dawn! Meet at the old bridge."
	enc := caesar(msg, 3)
	fmt.Println(enc)
	fmt.Println(caesar(enc, -3) == msg, caesar("xyz", 29))
	v := vigenere(msg, "LEMON", false)
	fmt.Println(v)
	fmt.Println(vigenere(v, "lemon", true))
	f := freq(msg)
	top, topN := 'a', 0
	for i, n := range f {
		if n > topN {
			top, topN = rune('a'+i), n
		}
	}
	fmt.Printf("most common %c (%d) %v\n", top, topN, f[:5])
	rot13 := func(s string) string { return caesar(s, 13) }
	fmt.Println(rot13("Hello, World"), rot13(rot13("Hello, World")))
	var sb strings.Builder
	for i, r := range "hello" {
		if i%2 == 0 {
			r = unicode.ToUpper(r)
		}
		sb.WriteRune(r)
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Printf("%c %d %q %U\n", 'A'+2, 'z'-'a', rune(97), '\n')
}
