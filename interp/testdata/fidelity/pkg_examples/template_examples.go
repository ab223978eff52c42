package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Recipient struct {
	Name, Gift string
	Attended   bool
}

type Inventory struct {
	Material string
	Count    uint
}

func (i Inventory) Label() string { return strings.ToUpper(i.Material) }

func main() {
	const letter = `
Dear {{.Name}},
{{if .Attended}}
It was a pleasure to see you at the wedding.
{{- else}}
It is a shame you couldn't make it to the wedding.
{{- end}}
{{with .Gift -}}
Thank you for the lovely {{.}}.
{{end}}
Best wishes,
Josie
`
	var recipients = []Recipient{
		{"Aunt Mildred", "bone china tea set", true},
		{"Uncle John", "moleskin pants", false},
		{"Cousin Rodney", "", false},
	}
	t := template.Must(template.New("letter").Parse(letter))
	for _, r := range recipients {
		err := t.Execute(os.Stdout, r)
		if err != nil {
			fmt.Println("executing template:", err)
		}
	}

	sweaters := Inventory{"wool", 17}
	tmpl, err := template.New("test").Parse("{{.Count}} items are made of {{.Material}} ({{.Label}})\n")
	if err != nil {
		panic(err)
	}
	err = tmpl.Execute(os.Stdout, sweaters)
	if err != nil {
		panic(err)
	}

	funcMap := template.FuncMap{
		"title": strings.Title,
		"join":  strings.Join,
		"add":   func(a, b int) int { return a + b },
	}
	const templateText = `
Input: {{printf "%q" .}}
Output 0: {{title .}}
Output 1: {{title . | printf "%q"}}
Output 2: {{printf "%q" . | title}}
`
	tmpl2, err := template.New("titleTest").Funcs(funcMap).Parse(templateText)
	if err != nil {
		fmt.Println("parsing:", err)
	}
	tmpl2.Execute(os.Stdout, "the go programming language")

	list := template.Must(template.New("list").Funcs(funcMap).Parse(
		`{{range $i, $e := .Items}}{{if $i}}, {{end}}{{add $i 1}}:{{$e}}{{end}}
{{len .Items}} items; joined={{join .Items "+"}}; first={{index .Items 0}}
{{range .Empty}}never{{else}}no extras{{end}}
{{define "T1"}}ONE{{end}}{{define "T2"}}TWO {{template "T1"}}{{end}}{{template "T2"}}
{{- /* a comment */ -}}
{{$x := 5}}{{if and (gt $x 3) (lt $x 10)}} x in range{{end}} {{eq .Name "box" | not}}
{{.M.b}} {{range $k, $v := .M}}{{$k}}={{$v}};{{end}}
`))
	err = list.Execute(os.Stdout, map[string]any{
		"Items": []string{"a", "b", "c"},
		"Empty": []int{},
		"Name":  "box",
		"M":     map[string]int{"b": 2, "a": 1},
	})
	fmt.Println("err:", err)
	_, err = template.New("bad").Parse("{{.Foo")
	fmt.Println(err)
	err = template.Must(template.New("x").Parse("{{.Missing.Field}}\n")).Execute(os.Stdout, struct{ Present int }{1})
	fmt.Println("exec err:", err)
	err = template.Must(template.New("m").Option("missingkey=error").Parse("{{.nope}}\n")).Execute(os.Stdout, map[string]int{})
	fmt.Println("map err:", err)
}
