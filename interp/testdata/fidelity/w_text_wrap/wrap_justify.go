package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Align int

const (
	Left Align = iota
	Right
	Center
	Justify
)

func (a Align) String() string {
	return [...]string{"left", "right", "center", "justify"}[a]
}

type Wrapper struct {
	Width int
	Align Align
}

func (w Wrapper) lines(text string) [][]string {
	var out [][]string
	var cur []string
	n := 0
	for _, word := range strings.Fields(text) {
		l := utf8.RuneCountInString(word)
		if len(cur) > 0 && n+1+l > w.Width {
			out = append(out, cur)
			cur, n = nil, 0
		}
		if len(cur) > 0 {
			n++
		}
		cur = append(cur, word)
		n += l
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func (w Wrapper) Format(text string) string {
	var sb strings.Builder
	ls := w.lines(text)
	for i, words := range ls {
		line := strings.Join(words, " ")
		pad := w.Width - utf8.RuneCountInString(line)
		switch w.Align {
		case Right:
			line = strings.Repeat(" ", pad) + line
		case Center:
			line = strings.Repeat(" ", pad/2) + line + strings.Repeat(" ", pad-pad/2)
		case Justify:
			if i < len(ls)-1 && len(words) > 1 {
				line = justify(words, pad)
			}
		}
		sb.WriteString("|")
		sb.WriteString(line)
		if w.Align != Center && w.Align != Right {
			sb.WriteString(strings.Repeat(" ", w.Width-utf8.RuneCountInString(line)))
		}
		sb.WriteString("|\n")
	}
	return sb.String()
}

func justify(words []string, extra int) string {
	gaps := len(words) - 1
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := 1 + extra/gaps
			if i < extra%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func main() {
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems — naïve café über code."
	for _, a := range []Align{Left, Right, Center, Justify} {
		w := Wrapper{Width: 24, Align: a}
		fmt.Printf("%v %+v:\n", a, w)
		fmt.Print(w.Format(text))
	}
	fmt.Printf("%q\n", Wrapper{Width: 10}.lines("one two three four")[1])
	fmt.Printf("%d %v %x\n", Justify, Center, Right)
}
