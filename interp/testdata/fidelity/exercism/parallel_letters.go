package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

type FreqMap map[rune]int

func Frequency(text string) FreqMap {
	freq := FreqMap{}
	for _, r := range text {
		if unicode.IsLetter(r) {
			freq[unicode.ToLower(r)]++
		}
	}
	return freq
}

func ConcurrentFrequency(texts []string) FreqMap {
	results := make(chan FreqMap, len(texts))
	var wg sync.WaitGroup
	for _, t := range texts {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			results <- Frequency(s)
		}(t)
	}
	wg.Wait()
	close(results)
	total := FreqMap{}
	for m := range results {
		for r, n := range m {
			total[r] += n
		}
	}
	return total
}

func (f FreqMap) Top(n int) []string {
	type kv struct {
		r rune
		n int
	}
	var kvs []kv
	for r, c := range f {
		kvs = append(kvs, kv{r, c})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].n != kvs[j].n {
			return kvs[i].n > kvs[j].n
		}
		return kvs[i].r < kvs[j].r
	})
	var out []string
	for i := 0; i < n && i < len(kvs); i++ {
		out = append(out, fmt.Sprintf("%c:%d", kvs[i].r, kvs[i].n))
	}
	return out
}

const (
	euro = `Freude schöner Götterfunken
Tochter aus Elysium,
Wir betreten feuertrunken,
Himmlische, dein Heiligtum!`
	dutch = `Wilhelmus van Nassouwe
ben ik, van Duitsen bloed,
den vaderland getrouwe
blijf ik tot in den dood.`
	us = `O say can you see by the dawn's early light,
What so proudly we hailed at the twilight's last gleaming,`
)

func main() {
	seq := FreqMap{}
	for _, t := range []string{euro, dutch, us} {
		for r, n := range Frequency(t) {
			seq[r] += n
		}
	}
	con := ConcurrentFrequency([]string{euro, dutch, us})
	fmt.Println("equal:", fmt.Sprint(seq) == fmt.Sprint(con), len(con))
	fmt.Println(con.Top(10))
	fmt.Println(con['ö'], con['e'], con['z'])
	var sb strings.Builder
	for _, r := range "aeiou" {
		fmt.Fprintf(&sb, "%c=%d ", r, con[r])
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	fmt.Println(ConcurrentFrequency(nil), len(ConcurrentFrequency([]string{"", ""})))
	big := make([]string, 50)
	for i := range big {
		big[i] = strings.Repeat("ab", i)
	}
	fmt.Println(ConcurrentFrequency(big))
}
