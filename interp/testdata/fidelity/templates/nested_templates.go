package main

import (
	"os"
	"text/template"
)

const layout = `{{define "base"}}== {{template "title" .}} ==
{{template "body" .}}
-- footer --
{{end}}`

const page = `{{define "title"}}{{.Title}}{{end}}{{define "body"}}{{range .Lines}}* {{.}}
{{else}}(empty)
{{end}}{{end}}`

type Doc struct {
	Title string
	Lines []string
}

func main() {
	t := template.Must(template.New("root").Parse(layout))
	template.Must(t.Parse(page))
	t.ExecuteTemplate(os.Stdout, "base", Doc{"Shopping", []string{"milk", "eggs"}})
	t.ExecuteTemplate(os.Stdout, "base", Doc{Title: "Nothing"})
	err := t.ExecuteTemplate(os.Stdout, "nope", nil)
	os.Stdout.WriteString(err.Error() + "\n")
}
