package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Align int

const (
	Left Align = iota
	Center
	Right
)

type Table struct {
	Headers []string
	Aligns  []Align
	Rows    [][]string
}

func (t *Table) AddRow(vals ...interface{}) {
	row := make([]string, len(vals))
	for i, v := range vals {
		switch x := v.(type) {
		case float64:
			row[i] = fmt.Sprintf("%.2f", x)
		case bool:
			if x {
				row[i] = "✔"
			} else {
				row[i] = "✘"
			}
		case nil:
			row[i] = "-"
		case fmt.Stringer:
			row[i] = x.String()
		default:
			row[i] = fmt.Sprint(x)
		}
	}
	t.Rows = append(t.Rows, row)
}

func width(s string) int { return len([]rune(s)) }

func cell(s string, w int, a Align) string {
	gap := w - width(s)
	switch a {
	case Right:
		return strings.Repeat(" ", gap) + s
	case Center:
		l := gap / 2
		return strings.Repeat(" ", l) + s + strings.Repeat(" ", gap-l)
	}
	return s + strings.Repeat(" ", gap)
}

func (t *Table) Render() string {
	ws := make([]int, len(t.Headers))
	for i, h := range t.Headers {
		ws[i] = max(3, width(h))
	}
	for _, r := range t.Rows {
		for i, c := range r {
			ws[i] = max(ws[i], width(c))
		}
	}
	var b strings.Builder
	writeRow := func(cells []string) {
		b.WriteString("|")
		for i, c := range cells {
			fmt.Fprintf(&b, " %s |", cell(c, ws[i], t.Aligns[i]))
		}
		b.WriteString("\n")
	}
	writeRow(t.Headers)
	b.WriteString("|")
	for i, w := range ws {
		dash := strings.Repeat("-", w)
		switch t.Aligns[i] {
		case Left:
			dash = ":" + dash[1:]
		case Right:
			dash = dash[1:] + ":"
		case Center:
			dash = ":" + dash[2:] + ":"
		}
		b.WriteString(" " + dash + " |")
	}
	b.WriteString("\n")
	for _, r := range t.Rows {
		writeRow(r)
	}
	return b.String()
}

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

type Lang struct {
	Name    string
	Year    int
	Typed   bool
	Score   float64
	Latest  Version
	Creator string
}

func tableOf(items interface{}) *Table {
	v := reflect.ValueOf(items)
	et := v.Type().Elem()
	t := &Table{}
	for i := 0; i < et.NumField(); i++ {
		t.Headers = append(t.Headers, et.Field(i).Name)
		a := Left
		switch et.Field(i).Type.Kind() {
		case reflect.Int, reflect.Float64:
			a = Right
		case reflect.Bool:
			a = Center
		}
		t.Aligns = append(t.Aligns, a)
	}
	for i := 0; i < v.Len(); i++ {
		var vals []interface{}
		for j := 0; j < et.NumField(); j++ {
			vals = append(vals, v.Index(i).Field(j).Interface())
		}
		t.AddRow(vals...)
	}
	return t
}

func main() {
	langs := []Lang{
		{"Go", 2009, true, 9.5, Version{1, 26}, "Griesemer, Pike, Thompson"},
		{"Python", 1991, false, 8.75, Version{3, 13}, "van Rossum"},
		{"Zig", 2016, true, 7, Version{0, 14}, "Kelley"},
		{"Erlang", 1986, false, 6.125, Version{27, 0}, "Armstrong, Virding, Williams"},
		{"Ruby", 1995, false, 7.5, Version{3, 4}, "Matsumoto (まつもと)"},
	}
	fmt.Print(tableOf(langs).Render())
	fmt.Println()
	t := &Table{Headers: []string{"k", "value"}, Aligns: []Align{Center, Right}}
	t.AddRow("nil", nil)
	t.AddRow("pi", 3.14159)
	t.AddRow("yes", true)
	t.AddRow("ver", Version{2, 0})
	t.AddRow([]int{1, 2}, map[string]int{"a": 1})
	fmt.Print(t.Render())
}
