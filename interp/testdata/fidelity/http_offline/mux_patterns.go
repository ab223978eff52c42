package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type store struct {
	items map[string]string
}

func (s *store) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", s.getItem)
	mux.HandleFunc("DELETE /items/{id}", s.deleteItem)
	mux.HandleFunc("POST /items/", s.createItem)
	mux.HandleFunc("GET /files/{path...}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "file path=%q", r.PathValue("path"))
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "home")
	})
	mux.HandleFunc("/users/{user}/posts/{post}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "%s: user=%s post=%s", r.Method, r.PathValue("user"), r.PathValue("post"))
	})
	mux.HandleFunc("GET example.org/host-only", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "host matched")
	})
	mux.Handle("/static/", http.StripPrefix("/static", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "static %s", r.URL.Path)
	})))
	return mux
}

func (s *store) getItem(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	v, ok := s.items[id]
	if !ok {
		http.NotFound(w, r)
		return
	}
	fmt.Fprintf(w, "item %s = %s", id, v)
}

func (s *store) deleteItem(w http.ResponseWriter, r *http.Request) {
	delete(s.items, r.PathValue("id"))
	w.WriteHeader(http.StatusNoContent)
}

func (s *store) createItem(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	id := fmt.Sprint(len(s.items) + 1)
	s.items[id] = string(b)
	w.Header().Set("Location", "/items/"+id)
	w.WriteHeader(http.StatusCreated)
}

func do(mux http.Handler, method, target, body string) {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	loc := rec.Header().Get("Location")
	allow := rec.Header().Get("Allow")
	fmt.Printf("%-6s %-28s -> %d %q", method, target, rec.Code, strings.TrimSpace(rec.Body.String()))
	if loc != "" {
		fmt.Printf(" location=%s", loc)
	}
	if allow != "" {
		fmt.Printf(" allow=%s", allow)
	}
	fmt.Println()
}

func main() {
	s := &store{items: map[string]string{"1": "apple"}}
	mux := s.routes()
	do(mux, "GET", "/items/1", "")
	do(mux, "GET", "/items/2", "")
	do(mux, "POST", "/items/", "banana")
	do(mux, "GET", "/items/2", "")
	do(mux, "DELETE", "/items/1", "")
	do(mux, "GET", "/items/1", "")
	do(mux, "PUT", "/items/1", "")
	do(mux, "HEAD", "/items/2", "")
	do(mux, "GET", "/files/a/b/c.txt", "")
	do(mux, "GET", "/", "")
	do(mux, "GET", "/nothing", "")
	do(mux, "PATCH", "/users/ann/posts/42", "")
	do(mux, "GET", "http://example.org/host-only", "")
	do(mux, "GET", "/host-only", "")
	do(mux, "GET", "/static/css/site.css", "")
	do(mux, "GET", "/items", "")

	req := httptest.NewRequest("GET", "/items/9", nil)
	h, pattern := mux.Handler(req)
	fmt.Println("pattern:", pattern, h != nil)
	req.SetPathValue("id", "manual")
	fmt.Println(req.PathValue("id"), req.PathValue("nope") == "")
}
