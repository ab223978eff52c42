package main

import (
	"os"
	"strings"
	"text/template"
)

type row struct {
	I    int
	Name string
}

func main() {
	funcs := template.FuncMap{
		"upper":  strings.ToUpper,
		"add":    func(a, b int) int { return a + b },
		"repeat": func(n int, s string) string { return strings.Repeat(s, n) },
		"row":    func(i int, n string) row { return row{i, n} },
	}
	t := template.Must(template.New("t").Funcs(funcs).Parse(`{{define "row"}}{{add .I 1}}: {{.Name | upper}}{{end -}}
{{range $i, $n := .}}{{template "row" (row $i $n)}}
{{end}}{{repeat 3 "="}}
{{len .}} names; first={{index . 0}}; {{with $x := "scoped"}}{{$x}}{{end}}
{{- /* trimmed comment */ -}}
!
`))
	if err := t.Execute(os.Stdout, []string{"ann", "bob"}); err != nil {
		panic(err)
	}
}
