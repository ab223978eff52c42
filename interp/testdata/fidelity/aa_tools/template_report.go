package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Line struct {
	SKU   string
	Qty   int
	Price float64
}

func (l Line) Total() float64 { return float64(l.Qty) * l.Price }

type Invoice struct {
	Number   int
	Customer string
	Lines    []Line
	Notes    []string
	Paid     bool
}

func (inv Invoice) Sum() (s float64) {
	for _, l := range inv.Lines {
		s += l.Total()
	}
	return
}

const tmpl = `Invoice #{{.Number}} for {{.Customer | upper}}
{{range $i, $l := .Lines}}{{add $i 1}}. {{printf "%-6s" $l.SKU}} {{$l.Qty}} x {{printf "%6.2f" $l.Price}} = {{printf "%7.2f" $l.Total}}
{{end}}{{with .Notes}}Notes: {{join . "; "}}
{{else}}No notes.
{{end}}Total: {{printf "%.2f" .Sum}}{{if .Paid}} (paid){{else if gt .Sum 100.0}} (due, large){{else}} (due){{end}}
{{- /* trailing comment */ -}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"add":   func(a, b int) int { return a + b },
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	invs := []Invoice{
		{1, "acme", []Line{{"bolt", 100, 0.05}, {"nut", 100, 0.03}}, nil, true},
		{2, "globex", []Line{{"gear", 3, 45.5}}, []string{"fragile", "express"}, false},
	}
	for _, inv := range invs {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println()
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, invs[0])
	fmt.Println("error:", err)
	m := template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}} {{end}}` + "\n"))
	m.Execute(os.Stdout, map[string]int{"z": 1, "a": 2, "m": 3})
}
