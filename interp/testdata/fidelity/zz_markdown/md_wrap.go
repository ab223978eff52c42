package main

import (
	"bufio"
	"fmt"
	"strings"
	"unicode/utf8"
)

const text = `Go is an open source programming language that makes it simple to build secure, scalable systems.
Its concurrency mechanisms make it easy to write programs that get the most out of multicore and networked machines.

  - A bullet point that is long enough to need wrapping when rendered at a narrow width like this one.
  - Short one.

Supercalifragilisticexpialidocious words longer than the width are kept whole.`

type Wrapper struct {
	Width  int
	Indent string
	lines  int
}

func (w *Wrapper) Wrap(para, first, rest string) []string {
	var out []string
	line := first
	col := utf8.RuneCountInString(first)
	empty := true
	for _, word := range strings.Fields(para) {
		wl := utf8.RuneCountInString(word)
		if !empty && col+1+wl > w.Width {
			out = append(out, line)
			line, col, empty = rest, utf8.RuneCountInString(rest), true
		}
		if !empty {
			line += " "
			col++
		}
		line += word
		col += wl
		empty = false
	}
	if !empty {
		out = append(out, line)
	}
	w.lines += len(out)
	return out
}

func paragraphs(s string) [][]string {
	var paras [][]string
	var cur []string
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		l := sc.Text()
		if strings.TrimSpace(l) == "" {
			if cur != nil {
				paras = append(paras, cur)
				cur = nil
			}
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(l), "- ") && cur != nil {
			paras = append(paras, cur)
			cur = nil
		}
		cur = append(cur, l)
	}
	if cur != nil {
		paras = append(paras, cur)
	}
	return paras
}

func main() {
	for _, width := range []int{40, 28} {
		w := &Wrapper{Width: width}
		fmt.Printf("== width %d ==\n", width)
		for _, p := range paragraphs(text) {
			joined := strings.Join(p, " ")
			first, rest := "", ""
			if t := strings.TrimSpace(joined); strings.HasPrefix(t, "- ") {
				joined, first, rest = t[2:], "  • ", "    "
			}
			for _, l := range w.Wrap(joined, first, rest) {
				fmt.Printf("|%-*s|\n", width, l)
			}
			fmt.Println()
		}
		fmt.Printf("%d lines\n", w.lines)
	}
}
