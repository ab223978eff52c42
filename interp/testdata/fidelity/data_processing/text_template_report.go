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

func (l Line) Total() float64 { return float64(l.Qty) * l.Price }

type Invoice struct {
	Number   int
	Customer string
	Lines    []Line
	Notes    []string
	Paid     bool
}

func (inv Invoice) Sum() float64 {
	s := 0.0
	for _, l := range inv.Lines {
		s += l.Total()
	}
	return s
}

const tmpl = `INVOICE #{{printf "%05d" .Number}} for {{.Customer | upper}}
{{range $i, $l := .Lines}}{{inc $i}}. {{printf "%-12s" $l.Desc}} {{$l.Qty}} x {{printf "%6.2f" $l.Price}} = {{printf "%8.2f" $l.Total}}
{{else}}(no lines)
{{end}}{{with .Notes}}Notes: {{join . "; "}}
{{end}}TOTAL {{printf "%.2f" .Sum}}{{if .Paid}} (paid){{else}} (due){{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
		"join":  strings.Join,
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	invoices := []Invoice{
		{42, "acme corp", []Line{{"widgets", 10, 2.5}, {"gadget", 1, 99.95}, {"shipping", 1, 7}}, []string{"net 30", "thanks"}, false},
		{43, "zed ltd", nil, nil, true},
	}
	for _, inv := range invoices {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println("---")
	}

	list := template.Must(template.New("list").Parse(`{{define "item"}}<{{.}}>{{end}}{{range .}}{{template "item" .}}{{end}}
{{len .}} items, first={{index . 0}}{{"\n"}}`))
	list.Execute(os.Stdout, []string{"a", "b", "c"})

	var sb strings.Builder
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}} {{end}}`)).Execute(&sb, m)
	fmt.Println(sb.String())

	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println(err != nil)
	err = template.Must(template.New("x").Parse("{{.Missing}}")).Execute(&sb, invoices[0])
	fmt.Println(err)
	cond := template.Must(template.New("c").Parse(`{{if and .Paid (gt (len .Lines) 0)}}full{{else if .Paid}}empty-paid{{else}}open{{end}} {{eq .Number 43}} {{lt 1.5 2.0}}` + "\n"))
	for _, inv := range invoices {
		cond.Execute(os.Stdout, inv)
	}
}
