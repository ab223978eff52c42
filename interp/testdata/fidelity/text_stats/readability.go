package main

import (
	"fmt"
	"strings"
	"unicode"
)

func syllables(word string) int {
	word = strings.ToLower(word)
	vowels := "aeiouy"
	count := 0
	prevVowel := false
	for _, r := range word {
		isV := strings.ContainsRune(vowels, r)
		if isV && !prevVowel {
			count++
		}
		prevVowel = isV
	}
	if strings.HasSuffix(word, "e") && count > 1 {
		count--
	}
	return max(count, 1)
}

type Stats struct {
	Sentences, Words, Syllables int
}

func analyze(text string) Stats {
	var s Stats
	for _, r := range text {
		if r == '.' || r == '!' || r == '?' {
			s.Sentences++
		}
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		s.Words++
		s.Syllables += syllables(w)
	}
	return s
}

func (s Stats) FleschEase() float64 {
	return 206.835 - 1.015*float64(s.Words)/float64(s.Sentences) - 84.6*float64(s.Syllables)/float64(s.Words)
}

func main() {
	texts := map[string]string{
		"simple":  "The cat sat on the mat. The dog ran. It was fun!",
		"complex": "Notwithstanding considerable organizational difficulties, the committee ultimately recommended comprehensive institutional reorganization.",
	}

	for _, name := range []string{"simple", "complex"} {
		s := analyze(texts[name])
		fmt.Printf("%-8s %+v ease=%.1f\n", name, s, s.FleschEase())
	}

	for _, w := range []string{"cake", "banana", "rhythm", "queue", "the"} {
		fmt.Print(w, "=", syllables(w), " ")
	}
	fmt.Println()
}
