package main

import (
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing/fstest"
	"time"
)

func main() {
	mod := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	fsys := fstest.MapFS{
		"index.html":       {Data: []byte("<h1>Home</h1>"), ModTime: mod},
		"css/site.css":     {Data: []byte("body{margin:0}"), ModTime: mod},
		"docs/readme.txt":  {Data: []byte("read me\nplease"), ModTime: mod},
		"docs/guide.md":    {Data: []byte("# Guide"), ModTime: mod},
		"data/values.json": {Data: []byte(`{"a":1}`), ModTime: mod},
	}

	var names []string
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		kind := "file"
		if d.IsDir() {
			kind = "dir"
		}
		names = append(names, kind+":"+p)
		return nil
	})
	fmt.Println(strings.Join(names, " "))
	matches, _ := fs.Glob(fsys, "docs/*.txt")
	fmt.Println(matches)
	b, err := fs.ReadFile(fsys, "docs/readme.txt")
	fmt.Printf("%q %v\n", b, err)
	_, err = fs.ReadFile(fsys, "missing.txt")
	fmt.Println(err)
	sub, _ := fs.Sub(fsys, "docs")
	entries, _ := fs.ReadDir(sub, ".")
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(" ", e.Name(), info.Size(), info.ModTime().Format(time.DateOnly))
	}

	mux := http.NewServeMux()
	mux.Handle("/static/", http.StripPrefix("/static/", http.FileServerFS(fsys)))
	for _, p := range []string{"/static/css/site.css", "/static/index.html", "/static/", "/static/docs/", "/static/nope.txt", "/static/data/values.json"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		body := rec.Body.String()
		if len(body) > 60 {
			body = body[:60] + "..."
		}
		fmt.Printf("%-26s %d %-26q %-30q %q\n", p, rec.Code, rec.Header().Get("Content-Type"), rec.Header().Get("Location"), body)
	}

	req := httptest.NewRequest("GET", "/static/css/site.css", nil)
	req.Header.Set("If-Modified-Since", mod.Add(time.Hour).Format(http.TimeFormat))
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	fmt.Println("conditional:", rec.Code, rec.Header().Get("Last-Modified"))

	req = httptest.NewRequest("GET", "/static/docs/readme.txt", nil)
	req.Header.Set("Range", "bytes=0-3")
	rec = httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	fmt.Println("range:", rec.Code, rec.Header().Get("Content-Range"), rec.Body.String())

	rec = httptest.NewRecorder()
	http.ServeContent(rec, httptest.NewRequest("GET", "/x", nil), "report.csv", mod, strings.NewReader("a,b\n1,2\n"))
	fmt.Println("servecontent:", rec.Code, rec.Header().Get("Content-Type"), rec.Header().Get("Content-Length"))
	if err := fstest.TestFS(fsys, "index.html", "css/site.css"); err != nil {
		fmt.Println("testfs:", err)
	} else {
		fmt.Println("testfs ok")
	}
}
