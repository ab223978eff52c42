package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Middleware func(http.Handler) http.Handler

func Chain(h http.Handler, ms ...Middleware) http.Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logger(log *[]string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			*log = append(*log, "-> "+r.Method+" "+r.URL.Path)
			next.ServeHTTP(w, r)
			*log = append(*log, "<- "+r.URL.Path)
		})
	}
}

func Auth(token string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Authorization") != "Bearer "+token {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

func main() {
	var log []string
	hello := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprintf(w, "hello %s", r.URL.Query().Get("name"))
	})
	h := Chain(hello, Logger(&log), Auth("s3cret"))

	for _, tok := range []string{"", "s3cret", "wrong"} {
		req := httptest.NewRequest("GET", "/greet?name=gopher", nil)
		if tok != "" {
			req.Header.Set("Authorization", "Bearer "+tok)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		body, _ := io.ReadAll(rec.Result().Body)
		fmt.Printf("%d %q %s\n", rec.Code, strings.TrimSpace(string(body)), rec.Header().Get("Content-Type"))
	}

	fmt.Println(strings.Join(log, "\n"))
}
