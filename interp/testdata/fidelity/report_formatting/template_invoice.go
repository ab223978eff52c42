package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
}

func (i Item) Total() float64 { return float64(i.Qty) * i.Price }

type Invoice struct {
	Number   int
	Customer string
	Items    []Item
	Notes    []string
	Paid     bool
	Discount float64
}

func (inv *Invoice) Subtotal() float64 {
	s := 0.0
	for _, it := range inv.Items {
		s += it.Total()
	}
	return s
}

const tmpl = `INVOICE #{{printf "%05d" .Number}} for {{.Customer | upper}}
{{- range $i, $it := .Items}}
{{add $i 1}}. {{printf "%-8s" $it.SKU}} {{printf "%-14s" $it.Name}} {{printf "%3d" $it.Qty}} x {{money $it.Price}} = {{money $it.Total}}
{{- end}}
Subtotal: {{money .Subtotal}}
{{if gt .Discount 0.0}}Discount: {{printf "%.0f%%" (mul .Discount 100)}}
{{end -}}
Total: {{money (total .)}}
Status: {{if .Paid}}PAID{{else}}DUE{{end}}
{{with .Notes}}Notes:{{range .}}
  - {{.}}{{end}}{{else}}No notes.{{end}}
{{define "footer"}}-- {{.}} --{{end}}{{template "footer" "thank you"}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"money": func(v float64) string { return fmt.Sprintf("$%8.2f", v) },
		"add":   func(a, b int) int { return a + b },
		"mul":   func(a, b float64) float64 { return a * b },
		"total": func(inv *Invoice) float64 { return inv.Subtotal() * (1 - inv.Discount) },
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	invoices := []*Invoice{
		{Number: 42, Customer: "Acme Corp", Items: []Item{
			{"W-1", "Widget", 10, 2.5},
			{"G-22", "Gadget", 1, 99.99},
			{"S-333", "Sprocket", 144, 0.05},
		}, Notes: []string{"net 30", "fragile"}, Discount: 0.1},
		{Number: 7, Customer: "bob", Items: []Item{{"X", "Thing", 1, 1}}, Paid: true},
	}
	for _, inv := range invoices {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("exec error:", err)
		}
		fmt.Println("=====")
	}

	bad := template.New("bad")
	_, err := bad.Parse("{{.Foo")
	fmt.Println("parse error:", err)
	t2 := template.Must(template.New("x").Parse("{{.Missing}}\n"))
	err = t2.Execute(os.Stdout, invoices[0])
	fmt.Println("exec error:", err)
	t3 := template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}};{{end}} len={{len .}} {{index . "b"}}` + "\n"))
	t3.Execute(os.Stdout, map[string]int{"b": 2, "a": 1, "c": 3})
	t4 := template.Must(template.New("cmp").Parse(`{{if and (ge . 10) (lt . 20)}}teen{{else if eq . 0}}zero{{else}}other{{end}} {{. | printf "%03d"}} {{html "<b>"}} {{js "a'b"}} {{urlquery "a b&c"}}` + "\n"))
	for _, n := range []int{0, 12, 25} {
		t4.Execute(os.Stdout, n)
	}
	var sb strings.Builder
	template.Must(template.New("s").Parse(`{{range .}}[{{.}}]{{else}}empty{{end}}`)).Execute(&sb, []string{})
	fmt.Println(sb.String())
}
