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
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

type pair struct {
	word  string
	count int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	freq := make(map[string]int)
	total := 0
	longest := ""
	for sc.Scan() {
		w := strings.TrimFunc(strings.ToLower(sc.Text()), func(r rune) bool {
			return !unicode.IsLetter(r)
		})
		if w == "" {
			continue
		}
		freq[w]++
		total++
		if len(w) > len(longest) {
			longest = w
		}
	}
	pairs := make([]pair, 0, len(freq))
	for w, c := range freq {
		pairs = append(pairs, pair{w, c})
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].count != pairs[j].count {
			return pairs[i].count > pairs[j].count
		}
		return pairs[i].word < pairs[j].word
	})
	fmt.Printf("%d words, %d distinct, longest %q\n", total, len(freq), longest)
	for _, p := range pairs[:8] {
		bar := strings.Repeat("#", p.count)
		fmt.Printf("%-12s %2d %s\n", p.word, p.count, bar)
	}
	fmt.Println(pairs[len(pairs)-1])
	fmt.Printf("%+v\n", pairs[:2])

	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fields := strings.FieldsFunc(l, func(r rune) bool { return r == ',' || r == '.' })
		for j := range fields {
			fields[j] = strings.TrimSpace(fields[j])
		}
		fmt.Printf("line %d: %d clauses, first=%q\n", i+1, len(fields), fields[0])
	}
	byLen := map[int][]string{}
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := make([]int, 0)
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		ws := byLen[l]
		sort.Strings(ws)
		fmt.Println(l, ws)
	}
}
