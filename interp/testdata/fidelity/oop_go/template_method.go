package main

import (
	"fmt"
	"strings"
)

// A report generator using embedding to emulate "template method".

type Steps interface {
	Header() string
	Body() []string
	Footer() string
}

type BaseReport struct {
	Title string
	Steps Steps
}

func (b BaseReport) Render() string {
	var sb strings.Builder
	sb.WriteString(b.Steps.Header())
	sb.WriteByte('\n')
	for i, line := range b.Steps.Body() {
		fmt.Fprintf(&sb, "%2d. %s\n", i+1, line)
	}
	sb.WriteString(b.Steps.Footer())
	return sb.String()
}

type DefaultSteps struct{ title string }

func (d DefaultSteps) Header() string { return "== " + d.title + " ==" }
func (d DefaultSteps) Body() []string { return []string{"(empty)"} }
func (d DefaultSteps) Footer() string { return strings.Repeat("-", len(d.title)+6) }

type SalesSteps struct {
	DefaultSteps
	sales map[string]float64
	order []string
}

func (s SalesSteps) Body() []string {
	var out []string
	total := 0.0
	for _, k := range s.order {
		out = append(out, fmt.Sprintf("%-8s %8.2f", k, s.sales[k]))
		total += s.sales[k]
	}
	return append(out, fmt.Sprintf("%-8s %8.2f", "TOTAL", total))
}

type LoudSteps struct {
	SalesSteps
}

func (l LoudSteps) Header() string { return strings.ToUpper(l.SalesSteps.Header()) + "!!!" }

type Counter struct {
	n int
}

func (c *Counter) Inc() int { c.n++; return c.n }

type Named struct {
	Counter
	name string
}

type Tagged struct {
	*Named
	tag string
}

func main() {
	d := DefaultSteps{"Empty"}
	fmt.Println(BaseReport{"e", d}.Render())

	s := SalesSteps{DefaultSteps{"Sales Q1"}, map[string]float64{"north": 1200.5, "south": 880, "east": 45.25}, []string{"north", "south", "east"}}
	fmt.Println(BaseReport{"s", s}.Render())

	l := LoudSteps{s}
	fmt.Println(BaseReport{"l", l}.Render())
	fmt.Println(l.title, l.DefaultSteps.Body())

	n := &Named{name: "clicks"}
	t := Tagged{n, "ui"}
	t.Inc()
	t.Inc()
	n.Inc()
	fmt.Println(t.name, t.n, n.n, t.Counter.n, t.tag)
	inc := t.Inc
	inc()
	fmt.Println(n.Counter)
	fmt.Printf("%+v\n", *t.Named)
}
