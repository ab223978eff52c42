package main

import (
	"fmt"
	"html"
	"html/template"
	"net/url"
	"os"
	"strings"
)

type Row struct {
	Name  string
	Email string
	Note  string
	Link  string
}

const page = `<table>
{{- range $i, $r := .Rows}}
  <tr class="{{if even $i}}even{{else}}odd{{end}}"><td>{{$r.Name}}</td><td><a href="mailto:{{$r.Email}}">{{$r.Email}}</a></td><td>{{$r.Note}}</td><td><a href="{{$r.Link}}">link</a></td></tr>
{{- end}}
</table>
<p>{{.Count}} rows, generated for {{.User}}</p>
`

func main() {
	rows := []Row{
		{"Ann <admin>", "ann@example.com", `likes "quotes" & ampersands`, "https://example.com/a?x=1&y=2"},
		{"Bob", "bob@example.com", "<script>alert(1)</script>", "javascript:alert(1)"},
		{"Ça va", "cv@example.fr", "accents: é ü ñ", "/relative/path"},
	}
	funcs := template.FuncMap{"even": func(i int) bool { return i%2 == 0 }}
	t := template.Must(template.New("page").Funcs(funcs).Parse(page))
	err := t.Execute(os.Stdout, map[string]any{"Rows": rows, "Count": len(rows), "User": "O'Brien"})
	fmt.Println("err:", err)

	fmt.Println(html.EscapeString(`<a href="x">Tom & Jerry's</a>`))
	fmt.Println(html.UnescapeString("&lt;b&gt; &amp;amp; &#39;q&#39; &eacute;"))
	fmt.Println(template.HTMLEscapeString("<i>"), template.JSEscapeString(`he said "hi"`))

	u, err := url.Parse("https://user:pw@example.com:8443/search/go lang?q=generics&page=2#top")
	fmt.Println(err)
	u, _ = url.Parse("https://user:pw@example.com:8443/search/golang?q=generics&page=2&q=iter#top")
	fmt.Println(u.Scheme, u.Host, u.Hostname(), u.Port(), u.Path, u.Fragment, u.User.Username())
	q := u.Query()
	fmt.Println(q["q"], q.Get("page"), q.Has("x"))
	q.Set("page", "3")
	q.Add("lang", "en US")
	u.RawQuery = q.Encode()
	fmt.Println(u.String())
	fmt.Println(url.QueryEscape("a b&c=d/é"), url.PathEscape("a b/c"))
	s, err := url.QueryUnescape("100%25+sure%21")
	fmt.Println(s, err)
	_, err = url.QueryUnescape("%zz")
	fmt.Println(err)
	var sb strings.Builder
	template.HTMLEscape(&sb, []byte("<&>"))
	fmt.Println(sb.String())
}
