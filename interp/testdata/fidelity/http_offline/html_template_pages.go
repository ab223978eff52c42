package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

type Page struct {
	Title string
	User  string
	Items []Item
	Note  template.HTML
	Link  string
}

const layout = `<!doctype html>
<title>{{.Title}}</title>
<h1>Hello, {{.User}}!</h1>
{{- if .Items}}
<ul>
{{- range $i, $it := .Items}}
  <li class="{{if even $i}}even{{else}}odd{{end}}">{{$it.Name}} &ndash; {{printf "%.2f" $it.Price}}{{range .Tags}} <em>{{.}}</em>{{end}}</li>
{{- end}}
</ul>
{{- else}}
<p>No items.</p>
{{- end}}
<a href="{{.Link}}" onclick="track({{.User}})">more</a>
<div>{{.Note}}</div>
`

var tmpl = template.Must(template.New("page").Funcs(template.FuncMap{"even": func(i int) bool { return i%2 == 0 }}).Parse(layout))

func pageHandler(w http.ResponseWriter, r *http.Request) {
	p := Page{
		Title: "Shop <beta>",
		User:  r.URL.Query().Get("user"),
		Items: []Item{{"Tea & Biscuits", 3.5, []string{"food"}}, {"<script>", 0.99, nil}, {"Mug", 12, []string{"kitchen", "gift"}}},
		Note:  template.HTML("<b>trusted</b>"),
		Link:  "/search?q=" + r.URL.Query().Get("q"),
	}
	if r.URL.Query().Has("empty") {
		p.Items = nil
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, p); err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	etag := fmt.Sprintf(`"%x"`, sha1.Sum(buf.Bytes()))
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	buf.WriteTo(w)
}

type gzipWriter struct {
	http.ResponseWriter
	zw *gzip.Writer
}

func (g gzipWriter) Write(b []byte) (int, error) { return g.zw.Write(b) }

func gzipMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		defer zw.Close()
		next.ServeHTTP(gzipWriter{w, zw}, r)
	})
}

func main() {
	h := gzipMiddleware(http.HandlerFunc(pageHandler))
	req := httptest.NewRequest("GET", "/?user=O%27Brien%3Cx%3E&q=a+b%26c", nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	fmt.Println(rec.Code, rec.Header().Get("Content-Type"))
	fmt.Print(rec.Body.String())
	etag := rec.Header().Get("ETag")

	req2 := httptest.NewRequest("GET", "/?user=O%27Brien%3Cx%3E&q=a+b%26c", nil)
	req2.Header.Set("If-None-Match", etag)
	rec2 := httptest.NewRecorder()
	h.ServeHTTP(rec2, req2)
	fmt.Println("conditional:", rec2.Code, rec2.Body.Len())

	req3 := httptest.NewRequest("GET", "/?user=ann&empty=1", nil)
	req3.Header.Set("Accept-Encoding", "gzip, deflate")
	rec3 := httptest.NewRecorder()
	h.ServeHTTP(rec3, req3)
	fmt.Println("encoding:", rec3.Header().Get("Content-Encoding"))
	zr, err := gzip.NewReader(rec3.Body)
	if err != nil {
		fmt.Println(err)
		return
	}
	plain, _ := io.ReadAll(zr)
	fmt.Print(string(plain))
	fmt.Println(template.HTMLEscapeString("<a & b>"), template.JSEscapeString(`it's "x"`), template.URLQueryEscaper("a b&c"))
}
