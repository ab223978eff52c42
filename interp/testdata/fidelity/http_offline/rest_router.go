package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
)

type Book struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Author string `json:"author"`
	Year   int    `json:"year,omitempty"`
}

type BookStore struct {
	mu    sync.RWMutex
	books map[string]Book
	seq   int
}

type Server struct {
	store *BookStore
	mux   *http.ServeMux
}

func NewServer() *Server {
	s := &Server{store: &BookStore{books: map[string]Book{}}, mux: http.NewServeMux()}
	s.mux.HandleFunc("GET /books", s.list)
	s.mux.HandleFunc("POST /books", s.create)
	s.mux.HandleFunc("GET /books/{id}", s.get)
	s.mux.HandleFunc("PUT /books/{id}", s.update)
	s.mux.HandleFunc("DELETE /books/{id}", s.remove)
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Server", "bookstore/1.0")
	s.mux.ServeHTTP(w, r)
}

func respond(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func (s *Server) list(w http.ResponseWriter, r *http.Request) {
	s.store.mu.RLock()
	defer s.store.mu.RUnlock()
	author := r.URL.Query().Get("author")
	var out []Book
	for _, b := range s.store.books {
		if author == "" || strings.EqualFold(b.Author, author) {
			out = append(out, b)
		}
	}
	slices.SortFunc(out, func(a, b Book) int { return strings.Compare(a.ID, b.ID) })
	respond(w, http.StatusOK, out)
}

func (s *Server) create(w http.ResponseWriter, r *http.Request) {
	var b Book
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
		respond(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	s.store.mu.Lock()
	s.store.seq++
	b.ID = fmt.Sprintf("b%02d", s.store.seq)
	s.store.books[b.ID] = b
	s.store.mu.Unlock()
	w.Header().Set("Location", "/books/"+b.ID)
	respond(w, http.StatusCreated, b)
}

func (s *Server) get(w http.ResponseWriter, r *http.Request) {
	s.store.mu.RLock()
	b, ok := s.store.books[r.PathValue("id")]
	s.store.mu.RUnlock()
	if !ok {
		respond(w, http.StatusNotFound, map[string]string{"error": "no book " + r.PathValue("id")})
		return
	}
	respond(w, http.StatusOK, b)
}

func (s *Server) update(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	s.store.mu.Lock()
	defer s.store.mu.Unlock()
	b, ok := s.store.books[id]
	if !ok {
		respond(w, http.StatusNotFound, nil)
		return
	}
	var patch map[string]any
	json.NewDecoder(r.Body).Decode(&patch)
	if t, ok := patch["title"].(string); ok {
		b.Title = t
	}
	if y, ok := patch["year"].(float64); ok {
		b.Year = int(y)
	}
	s.store.books[id] = b
	respond(w, http.StatusOK, b)
}

func (s *Server) remove(w http.ResponseWriter, r *http.Request) {
	s.store.mu.Lock()
	delete(s.store.books, r.PathValue("id"))
	s.store.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	srv := NewServer()
	do := func(method, path, body string) {
		var rd io.Reader
		if body != "" {
			rd = strings.NewReader(body)
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(method, path, rd))
		fmt.Printf("%s %s -> %d [%s] %s", method, path, rec.Code, rec.Header().Get("Location"), rec.Body.String())
		if rec.Body.Len() == 0 {
			fmt.Println()
		}
	}
	do("POST", "/books", `{"title":"Dune","author":"Herbert","year":1965}`)
	do("POST", "/books", `{"title":"Emma","author":"Austen"}`)
	do("POST", "/books", `{"title":"Persuasion","author":"austen","year":1817}`)
	do("POST", "/books", `not json`)
	do("GET", "/books", "")
	do("GET", "/books?author=AUSTEN", "")
	do("GET", "/books/b02", "")
	do("PUT", "/books/b02", `{"year":1815,"title":"Emma (annotated)"}`)
	do("DELETE", "/books/b01", "")
	do("GET", "/books/b01", "")
	do("PATCH", "/books/b02", "")
	do("GET", "/books", "")
}
