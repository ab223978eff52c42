package main

import (
	"fmt"
	"strings"
)

type Column struct {
	Title string
	Right bool
	Get   func(Planet) string
}

type Planet struct {
	Name   string
	Moons  int
	Radius float64
	Rings  bool
}

type Table struct {
	cols []Column
	rows []Planet
}

func (t *Table) widths() []int {
	w := make([]int, len(t.cols))
	for i, c := range t.cols {
		w[i] = len(c.Title)
		for _, r := range t.rows {
			w[i] = max(w[i], len(c.Get(r)))
		}
	}
	return w
}

func (t *Table) Render() string {
	w := t.widths()
	var sb strings.Builder
	cell := func(s string, width int, right bool) {
		if right {
			fmt.Fprintf(&sb, " %*s |", width, s)
		} else {
			fmt.Fprintf(&sb, " %-*s |", width, s)
		}
	}
	sb.WriteString("|")
	for i, c := range t.cols {
		cell(c.Title, w[i], c.Right)
	}
	sb.WriteString("\n|")
	for i, c := range t.cols {
		dash := strings.Repeat("-", w[i])
		if c.Right {
			dash = dash[:len(dash)-1] + ":"
		}
		sb.WriteString(" " + dash + " |")
	}
	sb.WriteString("\n")
	for _, r := range t.rows {
		sb.WriteString("|")
		for i, c := range t.cols {
			cell(c.Get(r), w[i], c.Right)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	t := &Table{
		cols: []Column{
			{"Planet", false, func(p Planet) string { return p.Name }},
			{"Moons", true, func(p Planet) string { return fmt.Sprint(p.Moons) }},
			{"Radius (km)", true, func(p Planet) string { return fmt.Sprintf("%.1f", p.Radius) }},
			{"Rings", false, func(p Planet) string {
				if p.Rings {
					return "yes"
				}
				return ""
			}},
		},
		rows: []Planet{
			{"Mercury", 0, 2439.7, false},
			{"Earth", 1, 6371, false},
			{"Saturn", 146, 58232, true},
			{"Neptune", 16, 24622, true},
		},
	}
	fmt.Print(t.Render())
	fmt.Println(t.widths())
	fmt.Printf("%v\n", t.rows[2])
	fmt.Printf("%+v\n", t.rows[:2])
	fmt.Printf("%#v\n", t.rows[3])
	fmt.Printf("%s|%5t|%-6v|\n", t.cols[0].Title, t.rows[3].Rings, t.rows[0].Moons)
}
