package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

const table = `| Name | Qty | Price | Note |
|:-----|----:|:-----:|------|
| Apple | 3 | 1.20 | crisp |
| Banana | 12 | 0.25 | |
| Crème brûlée | 1 | 6.50 | dessert |
| Durian | 0 | 9.99 | smelly, pricey |`

type Align int

const (
	Left Align = iota
	Right
	Center
)

func (a Align) String() string { return [...]string{"left", "right", "center"}[a] }

var ErrRagged = errors.New("ragged row")

type RowError struct {
	Row  int
	Want int
	Got  int
}

func (e *RowError) Error() string {
	return fmt.Sprintf("row %d: want %d cells, got %d", e.Row, e.Want, e.Got)
}
func (e *RowError) Unwrap() error { return ErrRagged }

func cells(line string) []string {
	line = strings.Trim(strings.TrimSpace(line), "|")
	parts := strings.Split(line, "|")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

func parseAlign(spec string) Align {
	l, r := strings.HasPrefix(spec, ":"), strings.HasSuffix(spec, ":")
	switch {
	case l && r:
		return Center
	case r:
		return Right
	}
	return Left
}

func pad(s string, w int, a Align) string {
	gap := w - utf8.RuneCountInString(s)
	switch a {
	case Right:
		return strings.Repeat(" ", gap) + s
	case Center:
		return strings.Repeat(" ", gap/2) + s + strings.Repeat(" ", gap-gap/2)
	}
	return s + strings.Repeat(" ", gap)
}

func render(src string) (string, error) {
	lines := strings.Split(src, "\n")
	head := cells(lines[0])
	var aligns []Align
	for _, s := range cells(lines[1]) {
		aligns = append(aligns, parseAlign(s))
	}
	rows := [][]string{head}
	for i, l := range lines[2:] {
		c := cells(l)
		if len(c) != len(head) {
			return "", &RowError{Row: i + 1, Want: len(head), Got: len(c)}
		}
		rows = append(rows, c)
	}
	widths := make([]int, len(head))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	var sb strings.Builder
	for ri, r := range rows {
		for i, c := range r {
			if i > 0 {
				sb.WriteString(" | ")
			}
			sb.WriteString(pad(c, widths[i], aligns[i]))
		}
		sb.WriteString("\n")
		if ri == 0 {
			for i, w := range widths {
				if i > 0 {
					sb.WriteString("-+-")
				}
				sb.WriteString(strings.Repeat("-", w))
			}
			sb.WriteString("\n")
		}
	}
	return sb.String(), nil
}

func main() {
	out, err := render(table)
	fmt.Print(out, err, "\n")
	fmt.Println(Left, Right, Center)
	_, err = render(table + "\n| only | two |")
	var re *RowError
	fmt.Println(err, errors.Is(err, ErrRagged), errors.As(err, &re))
	if re != nil {
		fmt.Printf("%+v\n", *re)
	}
	fmt.Printf("%q\n", pad("é", 3, Center))
}
