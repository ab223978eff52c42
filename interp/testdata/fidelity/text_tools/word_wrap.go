package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	curLen := 0
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		if curLen > 0 && curLen+1+wl > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, curLen = nil, 0
		}
		if curLen > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += wl
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
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
		total += utf8.RuneCountInString(w)
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

func center(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	left := (width - n) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", width-n-left)
}

const lorem = `Go is an open source programming language that makes it simple to build secure,
scalable systems. It was designed at Google — by Robert Griesemer, Rob Pike and Ken Thompson —
and first released in 2009.`

func main() {
	for _, width := range []int{30, 45} {
		fmt.Println(strings.Repeat("=", width))
		lines := wrap(lorem, width)
		for i, l := range lines {
			if i < len(lines)-1 {
				l = justify(l, width)
			}
			fmt.Printf("|%-*s|\n", width, l)
		}
	}
	fmt.Printf("[%s]\n", center("title", 15))
	fmt.Printf("[%s]\n", center("ünïcödé", 12))
	fmt.Printf("[%8.3s][%-8.3s][%*d][%-*d]\n", "abcdef", "abcdef", 6, 42, 6, 42)
	box := []string{"one", "three", "fifteen"}
	w := 0
	for _, s := range box {
		w = max(w, len(s))
	}
	fmt.Println("+" + strings.Repeat("-", w+2) + "+")
	for _, s := range box {
		fmt.Printf("| %-*s |\n", w, s)
	}
	fmt.Println("+" + strings.Repeat("-", w+2) + "+")
}
