package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

type ColAlign byte

const (
	AlignDefault ColAlign = iota
	AlignLeft
	AlignCenter
	AlignRight
)

func (a ColAlign) GoString() string {
	return "ColAlign(" + [...]string{"default", "left", "center", "right"}[a] + ")"
}

type Table struct {
	Header []string
	Align  []ColAlign
	Rows   [][]string
}

type TableError struct {
	Line int
	Msg  string
}

func (e TableError) Error() string { return fmt.Sprintf("table line %d: %s", e.Line, e.Msg) }

func splitRow(line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	line = strings.TrimSuffix(line, "|")
	cells := strings.Split(line, "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

func ParseTable(src string) (*Table, error) {
	lines := strings.Split(strings.TrimSpace(src), "\n")
	if len(lines) < 2 {
		return nil, TableError{1, "need a header and a separator"}
	}
	t := &Table{Header: splitRow(lines[0])}
	for _, spec := range splitRow(lines[1]) {
		if strings.Trim(spec, ":-") != "" {
			return nil, TableError{2, fmt.Sprintf("bad separator %q", spec)}
		}
		l, r := strings.HasPrefix(spec, ":"), strings.HasSuffix(spec, ":")
		switch {
		case l && r:
			t.Align = append(t.Align, AlignCenter)
		case r:
			t.Align = append(t.Align, AlignRight)
		case l:
			t.Align = append(t.Align, AlignLeft)
		default:
			t.Align = append(t.Align, AlignDefault)
		}
	}
	if len(t.Align) != len(t.Header) {
		return nil, TableError{2, fmt.Sprintf("%d columns in header, %d in separator", len(t.Header), len(t.Align))}
	}
	var errs []error
	for i, l := range lines[2:] {
		row := splitRow(l)
		if len(row) > len(t.Header) {
			errs = append(errs, TableError{i + 3, "too many cells"})
			row = row[:len(t.Header)]
		}
		for len(row) < len(t.Header) {
			row = append(row, "")
		}
		t.Rows = append(t.Rows, row)
	}
	return t, errors.Join(errs...)
}

func pad(s string, w int, a ColAlign) string {
	n := w - utf8.RuneCountInString(s)
	switch a {
	case AlignRight:
		return strings.Repeat(" ", n) + s
	case AlignCenter:
		return strings.Repeat(" ", n/2) + s + strings.Repeat(" ", n-n/2)
	}
	return s + strings.Repeat(" ", n)
}

func (t *Table) Render(box bool) string {
	widths := make([]int, len(t.Header))
	for _, r := range append([][]string{t.Header}, t.Rows...) {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	sep := func(l, m, r string) {
		if !box {
			return
		}
		b.WriteString(l)
		for i, w := range widths {
			if i > 0 {
				b.WriteString(m)
			}
			b.WriteString(strings.Repeat("─", w+2))
		}
		b.WriteString(r + "\n")
	}
	row := func(cells []string, header bool) {
		v := " "
		if box {
			v = "│"
		}
		b.WriteString(v)
		for i, c := range cells {
			a := t.Align[i]
			if header {
				a = AlignCenter
			}
			fmt.Fprintf(&b, " %s %s", pad(c, widths[i], a), v)
		}
		b.WriteString("\n")
	}
	sep("┌", "┬", "┐")
	row(t.Header, true)
	sep("├", "┼", "┤")
	for _, r := range t.Rows {
		row(r, false)
	}
	sep("└", "┴", "┘")
	return b.String()
}

const sample = `
| Language | Year | Typing  | Creator            |
|:---------|-----:|:-------:|--------------------|
| Go       | 2009 | static  | Griesemer/Pike/Thompson |
| Python   | 1991 | dynamic | van Rossum         |
| Erlang   | 1986 | dynamic | Armstrong | extra |
| Zig      | 2016 |
| Ünïcödé  | 2024 | ✓       | ñ                  |
`

func main() {
	t, err := ParseTable(sample)
	if err != nil {
		var te TableError
		errors.As(err, &te)
		fmt.Printf("warning: %v (first at line %d)\n", err, te.Line)
	}
	fmt.Print(t.Render(true))
	fmt.Print(t.Render(false))
	fmt.Printf("%#v\n", t.Align)
	fmt.Printf("%v %d\n", t.Align, t.Align)
	for _, bad := range []string{"| a |", "| a | b |\n| -- | x |", "| a | b |\n| -- |"} {
		_, err := ParseTable(bad)
		fmt.Printf("%q -> %v\n", bad, err)
	}
}
