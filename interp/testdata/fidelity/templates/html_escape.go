package main

import (
	"html/template"
	"os"
)

type Comment struct {
	Author string
	Body   string
	URL    string
}

func main() {
	t := template.Must(template.New("c").Parse(`<div class="c"><a href="{{.URL}}">{{.Author}}</a><p>{{.Body}}</p><script>var a = {{.Author}};</script></div>
`))
	t.Execute(os.Stdout, Comment{"<Eve>", "I <3 Go & \"templates\"", "javascript:alert(1)"})
	t.Execute(os.Stdout, Comment{"Bob", "plain", "https://go.dev/?q=a b"})
	safe := template.Must(template.New("s").Parse("{{.}}\n"))
	safe.Execute(os.Stdout, template.HTML("<b>trusted</b>"))
}
