package main

import (
	"fmt"
	"strings"
)

func shift(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	}
	return r
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune { return shift(r, k) }, s)
}

func vigenere(s, key string, decrypt bool) string {
	var b strings.Builder
	i := 0
	for _, r := range s {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			b.WriteRune(r)
			continue
		}
		k := int(key[i%len(key)] - 'A')
		if decrypt {
			k = -k
		}
		b.WriteRune(shift(r, k))
		i++
	}
	return b.String()
}

func frequencyGuess(cipher string) int {
	counts := [26]int{}
	for _, r := range strings.ToLower(cipher) {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	maxI := 0
	for i, c := range counts {
		if c > counts[maxI] {
			maxI = i
		}
	}
	return (maxI - 4 + 26) % 26 // assume the most common letter is 'e'
}

func main() {
	msg := "Meet me at the secret entrance, see?"
	enc := caesar(msg, 3)
	fmt.Println(enc)
	fmt.Println(caesar(enc, -3))

	k := frequencyGuess(enc)
	fmt.Println("guessed key:", k, "->", caesar(enc, -k))

	v := vigenere("ATTACK AT DAWN", "LEMON", false)
	fmt.Println(v, "|", vigenere(v, "LEMON", true))
}
