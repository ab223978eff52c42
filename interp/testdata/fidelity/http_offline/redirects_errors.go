package main

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

var ErrNotFound = errors.New("not found")
var ErrForbidden = errors.New("forbidden")

type HTTPError struct {
	Code int
	Err  error
}

func (e *HTTPError) Error() string { return fmt.Sprintf("%d: %v", e.Code, e.Err) }
func (e *HTTPError) Unwrap() error { return e.Err }

type appHandler func(http.ResponseWriter, *http.Request) error

func (fn appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	err := fn(w, r)
	if err == nil {
		return
	}
	var he *HTTPError
	switch {
	case errors.As(err, &he):
		http.Error(w, he.Error(), he.Code)
	case errors.Is(err, ErrNotFound):
		http.Error(w, "resource missing", http.StatusNotFound)
	case errors.Is(err, ErrForbidden):
		http.Error(w, "go away", http.StatusForbidden)
	default:
		http.Error(w, "oops: "+err.Error(), http.StatusInternalServerError)
	}
}

var pages = map[string]string{"about": "About us", "contact": "Contact"}

func page(w http.ResponseWriter, r *http.Request) error {
	name := strings.TrimPrefix(r.URL.Path, "/page/")
	if name == "secret" {
		return fmt.Errorf("page %q: %w", name, ErrForbidden)
	}
	if name == "teapot" {
		return &HTTPError{Code: http.StatusTeapot, Err: errors.New("short and stout")}
	}
	if name == "crash" {
		return errors.New("database unavailable")
	}
	body, ok := pages[name]
	if !ok {
		return fmt.Errorf("lookup %s: %w", name, ErrNotFound)
	}
	fmt.Fprintln(w, body)
	return nil
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("/page/", appHandler(page))
	mux.Handle("/old", http.RedirectHandler("/page/about", http.StatusMovedPermanently))
	mux.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/page/contact?from=login", http.StatusSeeOther)
	})
	mux.HandleFunc("/relative/deep/", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "../up", http.StatusFound)
	})
	mux.Handle("/gone", http.NotFoundHandler())
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "120")
		w.WriteHeader(http.StatusServiceUnavailable)
	})

	paths := []string{"/page/about", "/page/secret", "/page/teapot", "/page/crash", "/page/nope",
		"/old", "/login", "/relative/deep/x", "/gone", "/slow", "/page", "/page/../page/contact"}
	for _, p := range paths {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		extra := ""
		if loc := rec.Header().Get("Location"); loc != "" {
			extra = " -> " + loc
		}
		if ra := rec.Header().Get("Retry-After"); ra != "" {
			extra += " retry=" + ra
		}
		fmt.Printf("%-22s %d%s | %q | %s\n", p, rec.Code, extra, strings.TrimSpace(rec.Body.String()), rec.Header().Get("X-Content-Type-Options"))
	}

	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest("POST", "/login", nil))
	fmt.Println("POST /login", rec.Code, rec.Header().Get("Location"), rec.Body.Len())
	err := fmt.Errorf("wrap: %w", &HTTPError{Code: 400, Err: ErrNotFound})
	var he *HTTPError
	fmt.Println(errors.As(err, &he), he.Code, errors.Is(err, ErrNotFound), err)
}
