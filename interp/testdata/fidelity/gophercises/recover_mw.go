package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"runtime/debug"
	"strings"
)

type statusRecorder struct {
	http.ResponseWriter
	status int
	writes [][]byte
}

func (rw *statusRecorder) Write(b []byte) (int, error) {
	rw.writes = append(rw.writes, b)
	return len(b), nil
}

func (rw *statusRecorder) WriteHeader(status int) { rw.status = status }

func (rw *statusRecorder) flush() error {
	if rw.status != 0 {
		rw.ResponseWriter.WriteHeader(rw.status)
	}
	for _, w := range rw.writes {
		if _, err := rw.ResponseWriter.Write(w); err != nil {
			return err
		}
	}
	return nil
}

func recoverMw(app http.Handler, dev bool, logger *log.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if err := recover(); err != nil {
				logger.Printf("recovered: %v", err)
				stack := debug.Stack()
				w.WriteHeader(http.StatusInternalServerError)
				if !dev {
					http.Error(w, "Something went wrong", http.StatusInternalServerError)
					return
				}
				fmt.Fprintf(w, "<h1>panic: %v</h1><pre>%d bytes of stack</pre>", err, min(len(stack), 0))
			}
		}()
		nw := &statusRecorder{ResponseWriter: w}
		app.ServeHTTP(nw, r)
		nw.flush()
	}
}

func panicDemo(w http.ResponseWriter, r *http.Request) {
	funcThatPanics()
}

func panicAfterDemo(w http.ResponseWriter, r *http.Request) {
	fmt.Fprint(w, "<h1>Hello!</h1>")
	funcThatPanics()
}

func funcThatPanics() {
	panic("Oh no!")
}

func hello(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTeapot)
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", r.URL.Query().Get("name"))
}

func main() {
	var logs strings.Builder
	logger := log.New(&logs, "[mw] ", 0)
	mux := http.NewServeMux()
	mux.HandleFunc("/panic/", panicDemo)
	mux.HandleFunc("/panic-after/", panicAfterDemo)
	mux.HandleFunc("/", hello)
	for _, dev := range []bool{true, false} {
		h := recoverMw(mux, dev, logger)
		for _, path := range []string{"/?name=gopher", "/panic/", "/panic-after/"} {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
			body, _ := io.ReadAll(rec.Result().Body)
			fmt.Printf("dev=%-5t %-15s %d %q\n", dev, path, rec.Code, strings.TrimSpace(string(body)))
		}
	}
	fmt.Print(logs.String())
}
