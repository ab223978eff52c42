package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Money int64

func (m Money) String() string {
	return fmt.Sprintf("$%d.%02d", m/100, m%100)
}

type Line struct {
	Desc  string
	Qty   int
	Price Money
}

func (l Line) Total() Money { return Money(l.Qty) * l.Price }

type Invoice struct {
	Number   int
	Customer string
	Lines    []Line
	Paid     bool
}

func (inv Invoice) Sum() Money {
	var s Money
	for _, l := range inv.Lines {
		s += l.Total()
	}
	return s
}

const tmpl = `Invoice #{{.Number}} for {{.Customer | upper}}
{{range $i, $l := .Lines}}{{add $i 1}}. {{printf "%-10s" $l.Desc}} {{$l.Qty}} x {{$l.Price}} = {{$l.Total}}
{{else}}(no lines)
{{end}}Total: {{.Sum}}{{if .Paid}} (paid){{else}} (due){{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"add":   func(a, b int) int { return a + b },
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	invs := []Invoice{
		{Number: 7, Customer: "acme", Lines: []Line{{"widget", 3, 250}, {"gadget", 1, 1999}}},
		{Number: 8, Customer: "globex", Paid: true},
	}
	for _, inv := range invs {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("error:", err)
		}
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, invs[0])
	fmt.Println("missing:", err != nil)
}
