package main

import (
	"bufio"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const text = `It was the best of times, it was the worst of times;
it was the age of wisdom — it was the age of foolishness...
Ça va? Naïve café-owners said: "It's 2024!"

email: someone@example.com, other.person@test.org`

type wordCount struct {
	Word  string
	Count int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	lines, blank := 0, 0
	freq := map[string]int{}
	for sc.Scan() {
		line := sc.Text()
		lines++
		if strings.TrimSpace(line) == "" {
			blank++
			continue
		}
		words := strings.FieldsFunc(line, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\'' && r != '-'
		})
		for _, w := range words {
			freq[strings.ToLower(w)]++
		}
	}
	var wc []wordCount
	for w, c := range freq {
		wc = append(wc, wordCount{w, c})
	}
	sort.Slice(wc, func(i, j int) bool {
		if wc[i].Count != wc[j].Count {
			return wc[i].Count > wc[j].Count
		}
		return wc[i].Word < wc[j].Word
	})
	fmt.Println("lines", lines, "blank", blank, "distinct", len(wc))
	for _, x := range wc[:6] {
		fmt.Printf("%-6s %d\n", x.Word, x.Count)
	}
	emailRe := regexp.MustCompile(`([\w.]+)@([\w]+)\.(\w+)`)
	for _, m := range emailRe.FindAllStringSubmatch(text, -1) {
		fmt.Println(m[1], "at", m[2], "tld", m[3])
	}
	fmt.Println(emailRe.ReplaceAllString("x@y.z and a.b@c.de", "<$2>"))
	nonASCII := 0
	for _, r := range text {
		if r > unicode.MaxASCII {
			nonASCII++
		}
	}
	fmt.Println(len(text), utf8.RuneCountInString(text), nonASCII)
	first, rest, _ := strings.Cut("Ça va?", " ")
	r, size := utf8.DecodeRuneInString(first)
	fmt.Printf("%c %d %U %q %t\n", r, size, r, rest, strings.EqualFold("ÇA", first))
	sc = bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println("words:", n, strings.Title("hello wide world"), strings.ToTitle("ǆ"))
}
