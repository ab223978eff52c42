package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Line struct {
	Desc  string
	Qty   int
	Price float64
}

func (l Line) Amount() float64 { return float64(l.Qty) * l.Price }

type Invoice struct {
	No       int
	Customer struct {
		Name    string
		Address []string
	}
	Lines   []Line
	Notes   map[string]string
	TaxRate float64
}

func (inv Invoice) Subtotal() float64 {
	s := 0.0
	for _, l := range inv.Lines {
		s += l.Amount()
	}
	return s
}

func (inv Invoice) Tax() float64   { return inv.Subtotal() * inv.TaxRate }
func (inv Invoice) Total() float64 { return inv.Subtotal() + inv.Tax() }

const tmpl = `Invoice #{{printf "%05d" .No}}
{{.Customer.Name | upper}}
{{range .Customer.Address}}  {{.}}
{{end -}}
{{- /* lines */ -}}
{{range $i, $l := .Lines}}{{inc $i}}. {{printf "%-14s" $l.Desc}} {{$l.Qty}} x {{money $l.Price}} = {{money $l.Amount}}
{{else}}(no lines)
{{end -}}
Subtotal: {{money .Subtotal}}
{{with .TaxRate}}Tax ({{pct .}}): {{money $.Tax}}
{{end -}}
Total:    {{money .Total}}
{{if .Notes}}Notes:{{range $k, $v := .Notes}}
  - {{$k}}: {{$v}}{{end}}
{{end}}`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"pct":   func(f float64) string { return fmt.Sprintf("%g%%", f*100) },
		"inc":   func(i int) int { return i + 1 },
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))

	var a Invoice
	a.No = 42
	a.Customer.Name = "Blue Harbor Cafe"
	a.Customer.Address = []string{"12 Pier Road", "Portsmouth"}
	a.Lines = []Line{{"Espresso beans", 4, 18.5}, {"Milk jugs", 2, 7.25}, {"Filters (100)", 3, 4.99}}
	a.TaxRate = 0.2
	a.Notes = map[string]string{"terms": "30 days", "delivery": "Tuesday", "contact": "Mia"}

	var b Invoice
	b.No = 7
	b.Customer.Name = "Nobody Ltd"

	for _, inv := range []Invoice{a, b} {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("template error:", err)
		}
		fmt.Println("----")
	}

	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, a)
	fmt.Println("error:", err != nil)
	if err != nil {
		fmt.Println(strings.Contains(err.Error(), "Missing"))
	}
}
