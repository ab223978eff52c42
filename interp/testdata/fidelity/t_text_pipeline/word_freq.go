package main

import (
	"bufio"
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.`

type WordCount struct {
	Word  string
	Count int
}

func tokenize(s string) []string {
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Split(bufio.ScanWords)
	var out []string
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

func bigrams(words []string) map[[2]string]int {
	m := map[[2]string]int{}
	for i := 0; i+1 < len(words); i++ {
		m[[2]string{words[i], words[i+1]}]++
	}
	return m
}

func main() {
	words := tokenize(text)
	fmt.Println("words:", len(words))
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	var wcs []WordCount
	for w, c := range freq {
		wcs = append(wcs, WordCount{w, c})
	}
	slices.SortFunc(wcs, func(a, b WordCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Word, b.Word))
	})
	fmt.Println("top:", wcs[:5])
	fmt.Printf("%+v\n", wcs[len(wcs)-1])
	bg := bigrams(words)
	keys := slices.SortedFunc(maps.Keys(bg), func(a, b [2]string) int {
		return cmp.Or(cmp.Compare(bg[b], bg[a]), cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	})
	for _, k := range keys[:4] {
		fmt.Printf("%q x%d\n", k, bg[k])
	}
	lengths := map[int][]string{}
	for w := range freq {
		lengths[len(w)] = append(lengths[len(w)], w)
	}
	for _, l := range slices.Sorted(maps.Keys(lengths)) {
		ws := lengths[l]
		slices.Sort(ws)
		fmt.Printf("%2d %v\n", l, ws)
	}
	caps := 0
	for _, r := range text {
		if unicode.IsUpper(r) {
			caps++
		}
	}
	fmt.Println("capitals:", caps, "lines:", strings.Count(text, "\n")+1)
	title := strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return r
	}, strings.SplitN(text, "\n", 2)[0])
	fmt.Println(title)
}
