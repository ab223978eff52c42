package main

import (
	"os"
	"text/template"
)

func main() {
	t2 := template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}};{{end}}
{{range $i := 3}}[{{$i}}]{{end}}
{{range $k, $v := .}}{{if eq $k "b"}}{{break}}{{end}}{{$k}}{{end}}
`))
	t2.Execute(os.Stdout, map[string]int{"c": 3, "a": 1, "b": 2})
}
