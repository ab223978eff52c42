package main

import (
	"bufio"
	"fmt"
	"strings"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var b strings.Builder
	for i, w := range words {
		b.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			b.WriteString(strings.Repeat(" ", n))
		}
	}
	return b.String()
}

func main() {
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems. It was designed at Google."
	for _, w := range []int{20, 32} {
		fmt.Println(strings.Repeat("-", w))
		for _, l := range wrap(text, w) {
			fmt.Printf("|%-*s|\n", w, justify(l, w))
		}
	}
	sc := bufio.NewScanner(strings.NewReader("alpha beta\ngamma\n\ndelta epsilon zeta\n"))
	sc.Split(bufio.ScanWords)
	n := 0
	var longest string
	for sc.Scan() {
		n++
		if len(sc.Text()) > len(longest) {
			longest = sc.Text()
		}
	}
	fmt.Println(n, longest)
	lines := bufio.NewScanner(strings.NewReader("one\ntwo\r\nthree"))
	for i := 1; lines.Scan(); i++ {
		fmt.Printf("%d:%q ", i, lines.Text())
	}
	fmt.Println()
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("a < b && c > d"))
	fmt.Println(strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfter("a,b,c", ","), len(strings.Split("", ",")))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go.go", ".go"), strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
	fmt.Printf("%q\n", strings.Fields("  a \t b\n c  "))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ny"))
}
