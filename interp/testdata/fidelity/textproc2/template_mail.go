package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
}

type Invoice struct {
	Number   int
	Customer string
	Items    []Item
	Notes    []string
	Paid     bool
}

func (inv Invoice) Total() float64 {
	t := 0.0
	for _, it := range inv.Items {
		t += float64(it.Qty) * it.Price
	}
	return t
}

const tmpl = `Invoice #{{.Number}} for {{.Customer | upper}}
{{range $i, $it := .Items}}{{add $i 1}}. {{printf "%-10s" $it.Name}} x{{$it.Qty}} @ {{printf "%6.2f" $it.Price}}
{{end}}{{with .Notes}}Notes: {{join . "; "}}
{{else}}No notes.
{{end}}Status: {{if .Paid}}PAID{{else}}DUE{{end}}
{{- /* trailing comment */ -}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"add":   func(a, b int) int { return a + b },
	}
	t := template.Must(template.New("invoice").Funcs(funcs).Parse(tmpl))
	invoices := []Invoice{
		{1001, "acme corp", []Item{{"widget", 3, 2.5}, {"gadget", 1, 19.99}}, []string{"rush", "gift wrap"}, false},
		{1002, "globex", []Item{{"sprocket", 10, 0.75}}, nil, true},
	}
	for _, inv := range invoices {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Printf("\nTotal: %.2f\n---\n", inv.Total())
	}
	_, err := template.New("bad").Parse("{{.Name")
	fmt.Println("parse error:", err != nil)
	t2 := template.Must(template.New("list").Parse(`{{range .}}<{{.}}>{{else}}empty{{end}}` + "\n"))
	t2.Execute(os.Stdout, []int{1, 2, 3})
	t2.Execute(os.Stdout, []int{})
	t3 := template.Must(template.New("m").Parse(`{{index . "b"}} {{len .}}` + "\n"))
	t3.Execute(os.Stdout, map[string]int{"a": 1, "b": 2})
}
