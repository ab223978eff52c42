package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Employee struct {
	First, Last string
	Title       string
	Salary      int
	Skills      []string
	Manager     *Employee
}

func (e Employee) FullName() string { return e.First + " " + e.Last }

func (e *Employee) Initials() string { return e.First[:1] + e.Last[:1] }

func (e Employee) Raise(pct int) int { return e.Salary * (100 + pct) / 100 }

type Dept struct {
	Name  string
	Staff []*Employee
}

func (d Dept) Payroll() int {
	t := 0
	for _, e := range d.Staff {
		t += e.Salary
	}
	return t
}

const report = `{{define "emp"}}{{.FullName}} ({{.Initials}}) - {{.Title}}{{if .Manager}}, reports to {{.Manager.FullName}}{{end}}{{end -}}
Department: {{.Name | printf "%-12s"}}| payroll {{.Payroll | money}}
{{range $i, $e := .Staff -}}
{{add $i 1}}. {{template "emp" $e}}
   salary {{money $e.Salary}} -> {{money ($e.Raise 10)}} after 10%
   skills: {{join $e.Skills ", " | lower}}{{if not $e.Skills}}(none){{end}}
{{end -}}
{{with $first := index .Staff 0}}first: {{$first.First}}{{end}}
{{- /* a comment */ -}}
{{len .Staff | printf "\n%d people"}}
`

func main() {
	boss := &Employee{"Grace", "Hopper", "Director", 200000, []string{"COBOL", "Leadership"}, nil}
	d := Dept{"Engineering", []*Employee{
		boss,
		{"Alan", "Turing", "Researcher", 150000, []string{"Math", "Crypto"}, boss},
		{"Ada", "Lovelace", "Programmer", 120000, nil, boss},
	}}
	funcs := template.FuncMap{
		"money": func(n int) string {
			s := fmt.Sprint(n)
			for i := len(s) - 3; i > 0; i -= 3 {
				s = s[:i] + "," + s[i:]
			}
			return "$" + s
		},
		"add":   func(a, b int) int { return a + b },
		"join":  strings.Join,
		"lower": strings.ToLower,
	}
	t := template.Must(template.New("r").Funcs(funcs).Parse(report))
	if err := t.Execute(os.Stdout, d); err != nil {
		fmt.Println("error:", err)
	}
	err := template.Must(template.New("e").Parse("{{.Nope}}")).Execute(os.Stdout, d)
	fmt.Println("\nerror:", err)
	err = template.Must(template.New("e2").Parse("{{.Raise}}")).Execute(os.Stdout, *boss)
	fmt.Println("\nerror:", err)
}
