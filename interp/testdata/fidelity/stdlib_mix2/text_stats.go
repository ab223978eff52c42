package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness.
Naïve café owners said: "déjà vu!"`

type wordCount struct {
	word  string
	count int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	lines, words, runes, bytes := 0, 0, 0, 0
	freq := map[string]int{}
	longest := ""
	for sc.Scan() {
		line := sc.Text()
		lines++
		bytes += len(line)
		runes += len([]rune(line))
		for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			words++
			lw := strings.ToLower(w)
			freq[lw]++
			if len([]rune(lw)) > len([]rune(longest)) || (len([]rune(lw)) == len([]rune(longest)) && lw < longest) {
				longest = lw
			}
		}
	}
	fmt.Println("lines:", lines, "words:", words, "runes:", runes, "bytes:", bytes)
	var wc []wordCount
	for w, c := range freq {
		wc = append(wc, wordCount{w, c})
	}
	sort.Slice(wc, func(i, j int) bool {
		if wc[i].count != wc[j].count {
			return wc[i].count > wc[j].count
		}
		return wc[i].word < wc[j].word
	})
	for _, x := range wc[:6] {
		fmt.Printf("%-8s %2d %s\n", x.word, x.count, strings.Repeat("*", x.count))
	}
	fmt.Println("longest:", longest, "unique:", len(freq))

	upper, letters, punct := 0, 0, 0
	for _, r := range text {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsPunct(r):
			punct++
		}
	}
	fmt.Println(upper, letters, punct)
	title := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return '_'
		}
		return unicode.ToUpper(r)
	}, "déjà vu café")
	fmt.Println(title, strings.EqualFold("CAFÉ", "café"))
	ws := bufio.NewScanner(strings.NewReader("alpha  beta\tgamma\n delta"))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), "|")
	}
	fmt.Println(n)
}
