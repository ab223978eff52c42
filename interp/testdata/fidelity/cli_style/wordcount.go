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

it was the spring of hope, it was the winter of despair.
	We had everything before us, we had nothing before us;
`

type counts struct {
	lines, words, chars, bytes int
	blank                      int
}

func wc(s string) counts {
	var c counts
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		line := sc.Text()
		c.lines++
		if strings.TrimSpace(line) == "" {
			c.blank++
		}
		c.words += len(strings.Fields(line))
		c.chars += len([]rune(line)) + 1
		c.bytes += len(line) + 1
	}
	return c
}

func main() {
	c := wc(text)
	fmt.Printf("%7d %7d %7d %7d (blank %d)\n", c.lines, c.words, c.chars, c.bytes, c.blank)

	freq := make(map[string]int)
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r)
		}))
		if w == "" {
			continue
		}
		freq[w]++
		total++
	}
	type kv struct {
		Word  string
		Count int
	}
	var list []kv
	for k, v := range freq {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	fmt.Println("total words:", total, "distinct:", len(list))
	for i, e := range list {
		if i >= 10 {
			break
		}
		bar := strings.Repeat("#", e.Count)
		fmt.Printf("%2d. %-10s %3d %s\n", i+1, e.Word, e.Count, bar)
	}

	runes := bufio.NewScanner(strings.NewReader("héllo, 世界!"))
	runes.Split(bufio.ScanRunes)
	var parts []string
	for runes.Scan() {
		parts = append(parts, runes.Text())
	}
	fmt.Printf("%d runes: %q\n", len(parts), parts)

	longest := ""
	lines := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for lines.Scan() {
		n++
		if l := lines.Text(); len(l) > len(longest) {
			longest = l
		}
	}
	fmt.Printf("longest line (%d bytes): %q\n", len(longest), longest)
}
