package main

import (
	"bytes"
	"fmt"
	"text/template"
)

type Student struct {
	Name   string
	Scores []int
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	sum := 0
	for _, x := range s.Scores {
		sum += x
	}
	return float64(sum) / float64(len(s.Scores))
}

type Class struct {
	Title    string
	Students []Student
	Meta     map[string]string
}

func main() {
	const src = `{{define "row"}}{{.Name | printf "%-6s"}}|{{range .Scores}} {{.}}{{end}} | avg {{printf "%.1f" .Average}}{{end -}}
== {{.Title}} ==
{{range .Students}}{{template "row" .}}
{{end -}}
{{with .Meta}}teacher: {{index . "teacher"}}, room {{.room}}{{end}}
{{len .Students}} students{{if gt (len .Students) 2}}, large class{{end}}
`
	t, err := template.New("class").Parse(src)
	if err != nil {
		fmt.Println(err)
		return
	}
	c := Class{
		Title: "Math",
		Students: []Student{
			{"Ann", []int{90, 85, 77}},
			{"Bob", []int{60, 70}},
			{"Cleo", nil},
		},
		Meta: map[string]string{"teacher": "Ms. K", "room": "12B"},
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, c); err != nil {
		fmt.Println("exec:", err)
	}
	fmt.Print(buf.String())
	_, err = template.New("x").Parse("{{if}}")
	fmt.Println("parse error:", err)
	t2 := template.Must(template.New("y").Option("missingkey=error").Parse("{{.a}} {{.b}}\n"))
	err = t2.Execute(&buf, map[string]int{"a": 1})
	fmt.Println("missingkey:", err)
}
