package main

import (
	"fmt"
	"html/template"
	"os"
	"strings"
)

type Row struct {
	Name   string
	Score  float64
	Note   string
	Link   string
	Passed bool
}

type Page struct {
	Title string
	Rows  []Row
	Extra template.HTML
}

func (p Page) Average() float64 {
	if len(p.Rows) == 0 {
		return 0
	}
	s := 0.0
	for _, r := range p.Rows {
		s += r.Score
	}
	return s / float64(len(p.Rows))
}

const page = `<h1>{{.Title}}</h1>
<table>
{{- range $i, $r := .Rows}}
  <tr class="{{if $r.Passed}}ok{{else}}fail{{end}}"><td>{{inc $i}}</td><td>{{$r.Name}}</td><td>{{printf "%.1f" $r.Score}}</td><td title="{{$r.Note}}"><a href="{{$r.Link}}">link</a></td></tr>
{{- end}}
</table>
<p>average: {{printf "%.2f" .Average}} ({{len .Rows}} rows)</p>
{{.Extra}}
<script>var title = {{.Title}}; var n = {{len .Rows}};</script>
`

func main() {
	t := template.Must(template.New("p").Funcs(template.FuncMap{"inc": func(i int) int { return i + 1 }}).Parse(page))
	p := Page{
		Title: `Results <2024> & "friends"`,
		Rows: []Row{
			{"Alice", 91.5, "top", "https://example.com/a?x=1&y=2", true},
			{"<script>alert(1)</script>", 12, `quote " and ' marks`, "javascript:alert(1)", false},
			{"Émile", 77.25, "", "/local/path", true},
		},
		Extra: template.HTML("<em>trusted</em>"),
	}
	if err := t.Execute(os.Stdout, p); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(template.HTMLEscapeString(`<a href="x">&</a>`))
	fmt.Println(template.JSEscapeString(`it's "quoted" </script>`))
	var sb strings.Builder
	template.Must(template.New("x").Parse(`{{.}}`)).Execute(&sb, "<b>bold</b>")
	fmt.Println(sb.String())
	_, err := template.New("bad").Parse(`{{if}}`)
	fmt.Println("parse error:", err != nil)
}
