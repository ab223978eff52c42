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
	if len(words) < 2 {
		return line
	}
	letters := 0
	for _, w := range words {
		letters += utf8.RuneCountInString(w)
	}
	gaps := len(words) - 1
	spaces := width - letters
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

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

const lorem = `Go is an open source programming language that makes it simple to build secure, scalable systems. Its concurrency mechanisms make it easy to write programs that get the most out of multicore and networked machines — naïve café résumé.`

func main() {
	for _, w := range []int{40, 25} {
		fmt.Println("+" + strings.Repeat("-", w+2) + "+")
		fmt.Println("| " + center("WRAP "+fmt.Sprint(w), w) + " |")
		lines := wrap(lorem, w)
		for i, l := range lines {
			if i < len(lines)-1 {
				l = justify(l, w)
			}
			fmt.Printf("| %-*s |\n", w, l)
		}
		fmt.Println("+" + strings.Repeat("-", w+2) + "+")
	}
	for _, s := range []string{"short", "exactly ten", "a much longer title here", "ünïcödé strîng hère"} {
		fmt.Printf("[%s] [%10.10s] [%-12s]\n", truncate(s, 10), s, truncate(s, 12))
	}
	fmt.Printf("%q\n", wrap("", 10))
	fmt.Printf("%q\n", wrap("supercalifragilistic word", 8))
	fmt.Println(strings.Title("hello wide world"), strings.ToTitle("straße"))
	indent := func(s, prefix string) string {
		return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
	}
	fmt.Println(indent(strings.Join(wrap(lorem[:80], 30), "\n"), "  > "))
}
