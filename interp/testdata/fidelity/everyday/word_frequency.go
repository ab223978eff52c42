package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const poem = `Two roads diverged in a yellow wood,
And sorry I could not travel both
And be one traveler, long I stood
And looked down one as far as I could
To where it bent in the undergrowth;

Then took the other, as just as fair,
And having perhaps the better claim,
Because it was grassy and wanted wear;
Though as for that the passing there
Had worn them really about the same,`

type entry struct {
	word  string
	count int
}

func main() {
	counts := make(map[string]int)
	sc := bufio.NewScanner(strings.NewReader(poem))
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r)
		}))
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	entries := make([]entry, 0, len(counts))
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Printf("%d words, %d distinct\n", total, len(entries))
	for i, e := range entries[:10] {
		bar := strings.Repeat("#", e.count)
		fmt.Printf("%2d. %-8s %2d %s\n", i+1, e.word, e.count, bar)
	}
	byLen := map[int][]string{}
	longest := 0
	for _, e := range entries {
		n := len(e.word)
		byLen[n] = append(byLen[n], e.word)
		if n > longest {
			longest = n
		}
	}
	fmt.Println("longest:", byLen[longest])
	lines := strings.Split(poem, "\n")
	letters := 0
	for _, l := range lines {
		for _, r := range l {
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	fmt.Printf("%d lines, %d letters, %.2f letters/word\n", len(lines), letters, float64(letters)/float64(total))
}
