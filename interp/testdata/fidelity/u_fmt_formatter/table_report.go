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
)

type Column struct {
	Title string
	Align Align
}

type Table struct {
	Cols []Column
	Rows [][]string
}

func (t *Table) AddRow(vals ...any) {
	row := make([]string, len(vals))
	for i, v := range vals {
		switch x := v.(type) {
		case float64:
			row[i] = fmt.Sprintf("%.2f", x)
		case fmt.Stringer:
			row[i] = x.String()
		case nil:
			row[i] = "-"
		default:
			row[i] = fmt.Sprint(x)
		}
	}
	t.Rows = append(t.Rows, row)
}

func pad(s string, w int, a Align) string {
	n := utf8.RuneCountInString(s)
	if n >= w {
		return s
	}
	gap := w - n
	switch a {
	case Right:
		return strings.Repeat(" ", gap) + s
	case Center:
		l := gap / 2
		return strings.Repeat(" ", l) + s + strings.Repeat(" ", gap-l)
	}
	return s + strings.Repeat(" ", gap)
}

func (t *Table) String() string {
	widths := make([]int, len(t.Cols))
	for i, c := range t.Cols {
		widths[i] = utf8.RuneCountInString(c.Title)
	}
	for _, r := range t.Rows {
		for i, cell := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(cell))
		}
	}
	var b strings.Builder
	sep := "+"
	for _, w := range widths {
		sep += strings.Repeat("-", w+2) + "+"
	}
	b.WriteString(sep + "\n|")
	for i, c := range t.Cols {
		fmt.Fprintf(&b, " %s |", pad(c.Title, widths[i], Center))
	}
	b.WriteString("\n" + sep + "\n")
	for _, r := range t.Rows {
		b.WriteString("|")
		for i, cell := range r {
			fmt.Fprintf(&b, " %s |", pad(cell, widths[i], t.Cols[i].Align))
		}
		b.WriteString("\n")
	}
	b.WriteString(sep)
	return b.String()
}

type Status bool

func (s Status) String() string {
	if s {
		return "✓ ok"
	}
	return "✗ fail"
}

func main() {
	t := &Table{Cols: []Column{{"Name", Left}, {"Qty", Right}, {"Price", Right}, {"Status", Center}, {"Note", Left}}}
	t.AddRow("Café crème", 2, 3.5, Status(true), nil)
	t.AddRow("Tea", 10, 1.25, Status(false), "out of stock")
	t.AddRow("Smørrebrød", 1, 12.0, Status(true), "")
	t.AddRow("Water", 100, 0.333, Status(true), []int{1, 2})
	fmt.Println(t)
	fmt.Printf("%d rows, %d cols\n", len(t.Rows), len(t.Cols))
	fmt.Printf("[%-12s][%12s][%q]\n", "Café", "Smørrebrød", "ü")
	fmt.Printf("[%5.1q][%-4c][%3c]\n", "abcdef", 'é', 'x')
	fmt.Printf("%v %s\n", Status(false), []Status{true, false})
}
