package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func fullJustify(words []string, maxWidth int) []string {
	var lines []string
	for i := 0; i < len(words); {
		j, width := i, 0
		for j < len(words) && width+utf8.RuneCountInString(words[j])+(j-i) <= maxWidth {
			width += utf8.RuneCountInString(words[j])
			j++
		}
		gaps := j - i - 1
		var sb strings.Builder
		if j == len(words) || gaps == 0 {
			sb.WriteString(strings.Join(words[i:j], " "))
			sb.WriteString(strings.Repeat(" ", maxWidth-width-gaps))
		} else {
			spaces := maxWidth - width
			for k := i; k < j; k++ {
				sb.WriteString(words[k])
				if k < j-1 {
					n := spaces / gaps
					if k-i < spaces%gaps {
						n++
					}
					sb.WriteString(strings.Repeat(" ", n))
				}
			}
		}
		lines = append(lines, sb.String())
		i = j
	}
	return lines
}

func center(s string, w int) string {
	n := utf8.RuneCountInString(s)
	if n >= w {
		return s
	}
	left := (w - n) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", w-n-left)
}

func main() {
	text := "This is an example of text justification, the café serves crème brûlée and naïve piñatas to everyone."
	for _, w := range []int{16, 24} {
		fmt.Printf("+%s+\n", strings.Repeat("-", w))
		for _, l := range fullJustify(strings.Fields(text), w) {
			fmt.Printf("|%s|\n", l)
		}
		fmt.Printf("+%s+\n", strings.Repeat("-", w))
	}
	for _, s := range []string{"menu", "crème brûlée", "a very long title here"} {
		fmt.Printf("[%s]\n", center(s, 14))
	}
	fmt.Printf("[%-14s][%14s][%.4s]\n", "crème", "brûlée", "piñatas")
}
