package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
	"time"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("€%d.%02d", m/100, m%100) }

type Item struct {
	Desc  string
	Qty   int
	Price Money
}

func (i Item) Total() Money { return Money(i.Qty) * i.Price }

type Invoice struct {
	No       int
	Customer string
	Date     time.Time
	Items    []Item
	Paid     bool
	Notes    []string
}

func (inv Invoice) Sum() (s Money) {
	for _, it := range inv.Items {
		s += it.Total()
	}
	return
}

const tpl = `INVOICE #{{printf "%05d" .No}} — {{.Customer | upper}}
Date: {{.Date.Format "02 Jan 2006"}} (due {{.Date.AddDate 0 0 30 | fmtDate}})
{{range $i, $it := .Items}}{{inc $i}}. {{printf "%-12s" $it.Desc}} {{$it.Qty}} x {{$it.Price}} = {{$it.Total}}
{{else}}(no items)
{{end}}{{with .Notes}}Notes:{{range .}} [{{.}}]{{end}}
{{end}}TOTAL {{.Sum}}{{if .Paid}} PAID{{else if gt (len .Items) 2}} (large, unpaid){{else}} unpaid{{end}}
{{- /* trailing comment */ -}}
{{define "footer"}}-- thanks, {{.}} --{{end}}
{{template "footer" .Customer}}
`

func main() {
	funcs := template.FuncMap{
		"upper":   strings.ToUpper,
		"inc":     func(i int) int { return i + 1 },
		"fmtDate": func(t time.Time) string { return t.Format("2006-01-02") },
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tpl))
	invs := []Invoice{
		{No: 42, Customer: "acme", Date: time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC),
			Items: []Item{{"widget", 3, 1999}, {"gadget", 1, 25000}, {"cable", 10, 150}}, Notes: []string{"rush", "gift"}},
		{No: 7, Customer: "bob's", Date: time.Date(2024, 12, 15, 0, 0, 0, 0, time.UTC), Paid: true,
			Items: []Item{{"repair", 1, 8000}}},
		{No: 8, Customer: "empty co", Date: time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)},
	}
	for _, inv := range invs {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("error:", err)
		}
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, invs[0])
	fmt.Println("\nerr:", err)
	_, err = template.New("x").Parse("{{if}}")
	fmt.Println("parse err:", err)
	m := map[string]any{"n": 3, "list": []int{4, 5}, "m": map[string]int{"b": 2, "a": 1}}
	template.Must(template.New("m").Parse("{{.n}} {{index .list 1}} {{range $k, $v := .m}}{{$k}}={{$v}};{{end}} {{len .list}} {{slice .list 1}} {{eq .n 3}} {{and 1 0}} {{or 0 \"x\"}} {{not true}}\n")).Execute(os.Stdout, m)
}
