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
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && utf8.RuneCountInString(cur.String())+1+utf8.RuneCountInString(w) > width {
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
	gaps := len(words) - 1
	spaces := width - utf8.RuneCountInString(strings.Join(words, ""))
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

func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) && r < unicode.MaxASCII, unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func main() {
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems. Ünïcödé words count by runes."
	lines := wrap(text, 28)
	for _, l := range lines[:len(lines)-1] {
		fmt.Printf("|%s|\n", justify(l, 28))
	}
	fmt.Printf("|%-28s|\n", lines[len(lines)-1])
	for _, s := range []string{"Hello, World!", "  Go 1.22: range-over-func  ", "Ça marche"} {
		fmt.Printf("%q -> %q\n", s, slugify(s))
	}
	enc := caesar("Attack at Dawn!", 3)
	fmt.Println(enc, caesar(enc, -3))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.LastIndex("go gopher", "go"), strings.IndexFunc("abc1", unicode.IsDigit))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeft("xxhixx", "x"), strings.Trim(" \t hi \n", " \t\n"))
	var sb strings.Builder
	fmt.Fprintf(&sb, "%03d|%-4s|%4s|", 7, "ab", "cd")
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
}
