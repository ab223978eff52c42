package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Align int

const (
	Left Align = iota
	Right
	Center
	Justify
)

func (a Align) String() string { return [...]string{"left", "right", "center", "justify"}[a] }

type Formatter struct {
	Width  int
	Align  Align
	Hyphen bool
}

func (f Formatter) breakWords(words []string) [][]string {
	var lines [][]string
	var cur []string
	n := 0
	for i := 0; i < len(words); i++ {
		w := words[i]
		need := len(w)
		if len(cur) > 0 {
			need++
		}
		if n+need <= f.Width {
			cur = append(cur, w)
			n += need
			continue
		}
		room := f.Width - n - 1
		if f.Hyphen && len(cur) > 0 && room >= 3 && len(w)-room+1 >= 3 {
			cut := room - 1
			cur = append(cur, w[:cut]+"-")
			words[i] = w[cut:]
			i--
		} else if len(cur) == 0 {
			cur = append(cur, w)
		} else {
			i--
		}
		lines = append(lines, cur)
		cur, n = nil, 0
		if len(lines) > 1000 {
			panic("runaway")
		}
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func (f Formatter) layout(words []string, last bool) string {
	line := strings.Join(words, " ")
	pad := f.Width - len(line)
	if pad <= 0 {
		return line
	}
	switch f.Align {
	case Right:
		return strings.Repeat(" ", pad) + line
	case Center:
		return strings.Repeat(" ", pad/2) + line + strings.Repeat(" ", pad-pad/2)
	case Justify:
		if last || len(words) == 1 {
			return line + strings.Repeat(" ", pad)
		}
		gaps := len(words) - 1
		var b strings.Builder
		for i, w := range words {
			b.WriteString(w)
			if i < gaps {
				extra := pad / gaps
				if i < pad%gaps {
					extra++
				}
				b.WriteString(strings.Repeat(" ", 1+extra))
			}
		}
		return b.String()
	}
	return line + strings.Repeat(" ", pad)
}

func (f Formatter) Format(text string) []string {
	words := strings.FieldsFunc(text, unicode.IsSpace)
	lines := f.breakWords(words)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = f.layout(l, i == len(lines)-1)
	}
	return out
}

type Stats struct {
	Lines, Hyphens int
	Raggedness     float64
}

func measure(lines []string, width int) (s Stats) {
	s.Lines = len(lines)
	for _, l := range lines[:len(lines)-1] {
		t := strings.TrimRight(l, " ")
		if strings.HasSuffix(t, "-") {
			s.Hyphens++
		}
		d := float64(width - len(t))
		s.Raggedness += d * d
	}
	return
}

const text = `The quick brown fox jumps over the lazy dog while the
interpreter, internationalization library and   extraordinarily verbose
configuration subsystem all wait patiently for their turn on the processor.`

func main() {
	for _, f := range []Formatter{
		{Width: 30, Align: Left},
		{Width: 30, Align: Justify},
		{Width: 30, Align: Justify, Hyphen: true},
		{Width: 24, Align: Right},
		{Width: 24, Align: Center, Hyphen: true},
		{Width: 8, Align: Left},
	} {
		lines := f.Format(text)
		fmt.Printf("%+v %v\n", f, measure(lines, f.Width))
		for _, l := range lines {
			fmt.Printf("|%s|\n", l)
		}
	}
	fmt.Printf("%v %d %q\n", Justify, Center, Right)
}
