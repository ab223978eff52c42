package main

import (
	"os"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

const tpl = `Invoice for {{.Customer}}
{{range $i, $it := .Items}}{{$i}}. {{$it.Name | printf "%-8s"}} {{$it.Qty}} x {{printf "%.2f" $it.Price}}
{{end}}{{if .Paid}}PAID{{else}}DUE{{end}}
`

func main() {
	t := template.Must(template.New("inv").Parse(tpl))
	data := map[string]any{
		"Customer": "ACME",
		"Items":    []Item{{"bolt", 0.25, 100}, {"nut", 0.1, 250}},
		"Paid":     false,
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
}
