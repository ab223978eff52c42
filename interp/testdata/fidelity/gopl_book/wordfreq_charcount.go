// charcount and wordfreq in the style of gopl.io/ch4/charcount (ex 4.8, 4.9).
package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const input = "Hello, 世界! Go is fun; go, Go, GO.\nTabs\tand\u00a0spaces \xff bad byte"

func main() {
	counts := make(map[rune]int)
	var utflen [utf8.UTFMax + 1]int
	invalid := 0
	cats := map[string]int{}
	in := bufio.NewReader(strings.NewReader(input))
	for {
		r, n, err := in.ReadRune()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("charcount:", err)
			return
		}
		if r == unicode.ReplacementChar && n == 1 {
			invalid++
			continue
		}
		counts[r]++
		utflen[n]++
		switch {
		case unicode.IsLetter(r):
			cats["letter"]++
		case unicode.IsDigit(r):
			cats["digit"]++
		case unicode.IsSpace(r):
			cats["space"]++
		case unicode.IsPunct(r):
			cats["punct"]++
		default:
			cats["other"]++
		}
	}
	runes := make([]rune, 0, len(counts))
	for r := range counts {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	fmt.Printf("rune\tcount\n")
	for _, r := range runes {
		fmt.Printf("%q\t%d\n", r, counts[r])
	}
	fmt.Print("\nlen\tcount\n")
	for i, n := range utflen {
		if i > 0 {
			fmt.Printf("%d\t%d\n", i, n)
		}
	}
	fmt.Printf("\n%d invalid UTF-8 characters\n", invalid)
	var names []string
	for k := range cats {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("%-7s %d\n", k, cats[k])
	}

	freq := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w != "" {
			freq[w]++
		}
	}
	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].c != list[j].c {
			return list[i].c > list[j].c
		}
		return list[i].w < list[j].w
	})
	fmt.Println(list)
}
