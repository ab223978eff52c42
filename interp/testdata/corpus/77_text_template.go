package main

import (
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

const tpl = `Invoice for {{.Customer}}
{{range $i, $it := .Items}}{{$i}}. {{$it.Name | upper}} x{{$it.Qty}} = {{printf "%.2f" $it.Total}}
{{end}}{{if .Paid}}PAID{{else}}DUE{{end}}
`

func main() {
	t := template.Must(template.New("inv").Funcs(template.FuncMap{"upper": strings.ToUpper}).Parse(tpl))
	data := struct {
		Customer string
		Items    []Item
		Paid     bool
	}{"ACME", []Item{{"bolt", 0.25, 8}, {"nut", 0.1, 20}}, false}
	if err := t.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
}
