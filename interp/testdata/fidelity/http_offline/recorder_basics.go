package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

func helloHandler(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		name = "stranger"
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "Hello, %s! You used %s.\n", name, r.Method)
}

func echoHandler(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated)
	w.Write([]byte(strings.ToUpper(string(body))))
}

func show(label string, rec *httptest.ResponseRecorder) {
	res := rec.Result()
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	fmt.Printf("== %s\n", label)
	fmt.Printf("status: %d %s\n", res.StatusCode, http.StatusText(res.StatusCode))
	fmt.Printf("content-type: %q\n", res.Header.Get("Content-Type"))
	if allow := res.Header.Get("Allow"); allow != "" {
		fmt.Printf("allow: %s\n", allow)
	}
	fmt.Printf("body: %q\n", body)
}

func main() {
	req := httptest.NewRequest(http.MethodGet, "/hello?name=Gopher", nil)
	rec := httptest.NewRecorder()
	helloHandler(rec, req)
	show("hello with name", rec)

	rec = httptest.NewRecorder()
	helloHandler(rec, httptest.NewRequest("GET", "/hello", nil))
	show("hello without name", rec)

	rec = httptest.NewRecorder()
	echoHandler(rec, httptest.NewRequest("POST", "/echo", strings.NewReader("shout this")))
	show("echo post", rec)

	rec = httptest.NewRecorder()
	echoHandler(rec, httptest.NewRequest("GET", "/echo", nil))
	show("echo get", rec)

	r2, err := http.NewRequest("PUT", "http://example.com/things/7?x=1", strings.NewReader("{}"))
	if err != nil {
		fmt.Println(err)
		return
	}
	r2.Header.Set("X-Request-Id", "abc-123")
	fmt.Println(r2.Method, r2.URL.Path, r2.URL.RawQuery, r2.Host, r2.ContentLength, r2.Header.Get("x-request-id"))
	_, err = http.NewRequest("GET", "://bad", nil)
	fmt.Println("bad request:", err)

	var h http.Handler = http.HandlerFunc(helloHandler)
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("HEAD", "/?name=head", nil))
	fmt.Println(rec.Code, rec.Body.Len(), rec.Flushed)

	for _, code := range []int{200, 204, 301, 404, 418, 500, 599} {
		fmt.Printf("%d=%q ", code, http.StatusText(code))
	}
	fmt.Println()
	fmt.Println(http.CanonicalHeaderKey("x-forwarded-for"), http.DetectContentType([]byte("<html><body>")))
	fmt.Println(http.DetectContentType([]byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}))
}
