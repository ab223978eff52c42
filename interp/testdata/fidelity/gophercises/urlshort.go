package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

type Redirect struct {
	Path string `json:"path"`
	URL  string `json:"url"`
}

func MapHandler(pathsToUrls map[string]string, fallback http.Handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if dest, ok := pathsToUrls[r.URL.Path]; ok {
			http.Redirect(w, r, dest, http.StatusFound)
			return
		}
		fallback.ServeHTTP(w, r)
	}
}

func JSONHandler(data []byte, fallback http.Handler) (http.HandlerFunc, error) {
	var rs []Redirect
	if err := json.Unmarshal(data, &rs); err != nil {
		return nil, fmt.Errorf("urlshort: parse: %w", err)
	}
	m := make(map[string]string, len(rs))
	for _, r := range rs {
		m[r.Path] = r.URL
	}
	return MapHandler(m, fallback), nil
}

func hello(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprintf(w, "Hello, world! (you asked for %s)", r.URL.Path)
}

type hits struct {
	counts map[string]int
	next   http.Handler
}

func (h *hits) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.counts[r.URL.Path]++
	h.next.ServeHTTP(w, r)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/", hello)
	pathsToUrls := map[string]string{
		"/urlshort-godoc": "https://godoc.org/github.com/gophercises/urlshort",
		"/yaml-godoc":     "https://godoc.org/gopkg.in/yaml.v2",
	}
	mapHandler := MapHandler(pathsToUrls, mux)
	jsonData := `[{"path":"/urlshort","url":"https://github.com/gophercises/urlshort"},
	{"path":"/final","url":"https://github.com/gophercises/urlshort/tree/solution"}]`
	jh, err := JSONHandler([]byte(jsonData), mapHandler)
	if err != nil {
		panic(err)
	}
	counter := &hits{counts: map[string]int{}, next: jh}
	for _, p := range []string{"/urlshort", "/final", "/yaml-godoc", "/nothing", "/urlshort", "/"} {
		req := httptest.NewRequest("GET", "http://example.com"+p, nil)
		rec := httptest.NewRecorder()
		counter.ServeHTTP(rec, req)
		res := rec.Result()
		body := strings.TrimSpace(rec.Body.String())
		fmt.Printf("%-15s %d %-5t loc=%q ct=%q\n", p, res.StatusCode, http.StatusText(res.StatusCode) == "Found", res.Header.Get("Location"), res.Header.Get("Content-Type"))
		if res.StatusCode == 200 {
			fmt.Println("   body:", body)
		}
	}
	keys := make([]string, 0)
	for k := range counter.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d\n", k, counter.counts[k])
	}
	_, err = JSONHandler([]byte(`[{"path": 1}]`), mux)
	fmt.Println(err)
}
