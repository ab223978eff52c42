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
it was the season of Light, it was the season of Darkness.`

type WordCount struct {
	Word  string
	Count int
}

type byCount []WordCount

func (b byCount) Len() int      { return len(b) }
func (b byCount) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byCount) Less(i, j int) bool {
	if b[i].Count != b[j].Count {
		return b[i].Count > b[j].Count
	}
	return b[i].Word < b[j].Word
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	counts := map[string]int{}
	lines, words, chars := 0, 0, 0
	longest := ""
	for sc.Scan() {
		line := sc.Text()
		lines++
		chars += len([]rune(line))
		for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			w = strings.ToLower(w)
			counts[w]++
			words++
			if len(w) > len(longest) {
				longest = w
			}
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("scan error:", err)
	}
	fmt.Printf("lines=%d words=%d chars=%d unique=%d longest=%q\n", lines, words, chars, len(counts), longest)

	var wc []WordCount
	for w, c := range counts {
		wc = append(wc, WordCount{w, c})
	}
	sort.Sort(byCount(wc))
	for i, e := range wc[:8] {
		bar := strings.Repeat("=", e.Count)
		fmt.Printf("%2d. %-8s %2d %s\n", i+1, e.Word, e.Count, bar)
	}
	singles := []string{}
	for _, e := range wc {
		if e.Count == 1 {
			singles = append(singles, e.Word)
		}
	}
	fmt.Println("hapax:", singles)

	letters := map[rune]int{}
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) {
			letters[r]++
		}
	}
	type lc struct {
		r rune
		n int
	}
	var ls []lc
	for r, n := range letters {
		ls = append(ls, lc{r, n})
	}
	sort.Slice(ls, func(i, j int) bool {
		if ls[i].n == ls[j].n {
			return ls[i].r < ls[j].r
		}
		return ls[i].n > ls[j].n
	})
	for _, x := range ls[:5] {
		fmt.Printf("%c:%d %U %q\n", x.r, x.n, x.r, x.r)
	}

	lineSc := bufio.NewScanner(strings.NewReader("a\r\nbb\n\nccc"))
	for lineSc.Scan() {
		fmt.Printf("[%s]%d ", lineSc.Text(), len(lineSc.Bytes()))
	}
	fmt.Println()
	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print(rs.Text(), "|")
	}
	fmt.Println()
}
