package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, word := range strings.Fields(text) {
		if cur.Len() > 0 && utf8.RuneCountInString(cur.String())+1+utf8.RuneCountInString(word) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(word)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) == 1 {
		return line
	}
	total := 0
	for _, w := range words {
		total += utf8.RuneCountInString(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func center(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	left := (width - n) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", width-n-left)
}

const text = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Its concurrency mechanisms make it easy to write programs
that get the most out of multicore and networked machines, while its novel type
system enables flexible and modular program construction — naïve café users welcome.`

func main() {
	for _, width := range []int{30, 45} {
		fmt.Println(strings.Repeat("=", width))
		lines := wrap(text, width)
		for i, l := range lines {
			if i < len(lines)-1 {
				l = justify(l, width)
			}
			fmt.Printf("|%-*s|\n", width, l)
		}
	}
	fmt.Println(strings.Repeat("=", 30))
	for _, s := range []string{"Title", "A longer heading", "café"} {
		fmt.Printf("[%s]\n", center(s, 20))
	}
	fmt.Printf("[%8s][%-8s][%.3s][%q]\n", "naïve", "naïve", "naïve", "tab\t")
	fmt.Printf("[%5.1q][%x][% X]\n", "abc", "hi", "hi")
}
