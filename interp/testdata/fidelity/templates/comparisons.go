package main

import (
	"os"
	"text/template"
)

type Stock struct {
	Sym   string
	Price float64
	Chg   int
}

func main() {
	t := template.Must(template.New("s").Parse(`{{range .}}{{.Sym}}: {{if gt .Chg 0}}up {{.Chg}}{{else if lt .Chg 0}}down {{.Chg}}{{else}}flat{{end}}{{if and (ge .Price 100.0) (ne .Sym "X")}} (big){{end}}
{{end}}{{with index . 0}}first is {{.Sym}}{{end}}
{{printf "%q %v %5.1f" "s" true 3.14159}} {{html "<x>"}} {{js "it's"}} {{urlquery "a b"}}
{{not true}} {{or "" "fallback"}} {{and 1 0}} {{eq 1 1 2}} {{slice "abcdef" 1 3}}
`))
	if err := t.Execute(os.Stdout, []Stock{{"GOOG", 150.5, 2}, {"X", 300, -1}, {"Y", 5, 0}}); err != nil {
		panic(err)
	}
}
