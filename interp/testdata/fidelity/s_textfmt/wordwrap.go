package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	curLen := 0
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		if curLen > 0 && curLen+1+wl > width {
			lines = append(lines, cur.String())
			cur.Reset()
			curLen = 0
		}
		if curLen > 0 {
			cur.WriteByte(' ')
			curLen++
		}
		cur.WriteString(w)
		curLen += wl
	}
	if curLen > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	gaps := len(words) - 1
	spaces := width - utf8.RuneCountInString(strings.Join(words, ""))
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

func titleCase(s string) string {
	prev := ' '
	return strings.Map(func(r rune) rune {
		defer func() { prev = r }()
		if unicode.IsSpace(prev) || prev == '-' {
			return unicode.ToUpper(r)
		}
		return unicode.ToLower(r)
	}, s)
}

func main() {
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems. Ünïcödé wörds count as runes, not bytes."
	lines := wrap(text, 28)
	for i, l := range lines {
		j := l
		if i < len(lines)-1 {
			j = justify(l, 28)
		}
		fmt.Printf("|%-28s| %2d\n", j, utf8.RuneCountInString(j))
	}
	fmt.Println(titleCase("hello wORLD of go-lang élan"))
	fmt.Printf("%q %v %d\n", []rune("héllo")[1], utf8.ValidString("a\xffb"), utf8.RuneLen('€'))
	counts := map[string]int{}
	for _, r := range text {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLetter(r):
			counts["lower"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		case unicode.IsSpace(r):
			counts["space"]++
		}
	}
	fmt.Println(counts["upper"], counts["lower"], counts["punct"], counts["space"], len(counts))
	fmt.Printf("%x % X %U\n", "é€", []byte("ab"), '€')
}
