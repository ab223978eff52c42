package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair. Listen silent enlist
tinsel evil vile live veil elvis lives angel glean angle`

type wordCount struct {
	Word  string
	Count int
}

func sortedLetters(w string) string {
	r := []rune(w)
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	freq := map[string]int{}
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		freq[w]++
		total++
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
	fmt.Printf("%d words, %d distinct\n", total, len(freq))
	for _, e := range wc[:8] {
		fmt.Printf("%-8s %3d %s\n", e.Word, e.Count, strings.Repeat("*", e.Count))
	}
	groups := map[string][]string{}
	for w := range freq {
		k := sortedLetters(w)
		groups[k] = append(groups[k], w)
	}
	var sets [][]string
	for _, g := range groups {
		if len(g) > 1 {
			sort.Strings(g)
			sets = append(sets, g)
		}
	}
	sort.Slice(sets, func(i, j int) bool {
		if len(sets[i]) != len(sets[j]) {
			return len(sets[i]) > len(sets[j])
		}
		return sets[i][0] < sets[j][0]
	})
	for _, s := range sets {
		fmt.Println(len(s), s)
	}
	lines := 0
	ls := bufio.NewScanner(strings.NewReader(text))
	for ls.Scan() {
		lines++
		fmt.Printf("%2d %3d %q\n", lines, len(ls.Text()), ls.Text()[:20])
	}
}
