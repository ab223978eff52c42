package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
)

// handlerTransport answers requests in memory, by calling a handler.
type handlerTransport struct {
	h     http.Handler
	calls int
}

func (t *handlerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	t.calls++
	if req.URL.Host == "down.example" {
		return nil, errors.New("connection refused")
	}
	rec := httptest.NewRecorder()
	t.h.ServeHTTP(rec, req)
	res := rec.Result()
	res.Request = req
	return res, nil
}

type headerTransport struct {
	base    http.RoundTripper
	headers map[string]string
}

func (t headerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	for k, v := range t.headers {
		r.Header.Set(k, v)
	}
	return t.base.RoundTrip(r)
}

func api() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		var body []byte
		if r.Body != nil {
			body, _ = io.ReadAll(r.Body)
		}
		fmt.Fprintf(w, "%s %s ua=%q key=%q body=%q", r.Method, r.URL.RequestURI(), r.UserAgent(), r.Header.Get("X-Api-Key"), body)
	})
	mux.HandleFunc("/form", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		fmt.Fprintf(w, "ct=%s name=%s tags=%v", r.Header.Get("Content-Type"), r.PostForm.Get("name"), r.PostForm["tag"])
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/echo?from=old", http.StatusFound)
	})
	return mux
}

func main() {
	tr := &handlerTransport{h: api()}
	client := &http.Client{Transport: headerTransport{base: tr, headers: map[string]string{"X-Api-Key": "k-123", "User-Agent": "probe/1"}}}

	resp, err := client.Get("http://api.example/echo?x=1")
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, resp.Proto, string(body))

	resp, err = client.Post("http://api.example/echo", "text/plain", bytes.NewBufferString("payload"))
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.Status, string(b))
	}

	resp, err = client.PostForm("http://api.example/form", url.Values{"name": {"gopher"}, "tag": {"a", "b"}})
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(string(b))
	}

	resp, err = client.Get("http://api.example/old")
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println("after redirect:", resp.Request.URL.String(), string(b))
	}

	noFollow := &http.Client{Transport: tr, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	resp, err = noFollow.Get("http://api.example/old")
	if err == nil {
		resp.Body.Close()
		fmt.Println("no follow:", resp.StatusCode, resp.Header.Get("Location"))
	}

	_, err = client.Get("http://down.example/echo")
	fmt.Println("down:", err)
	var ue *url.Error
	fmt.Println(errors.As(err, &ue), ue.Op, ue.URL)

	req, _ := http.NewRequest("DELETE", "http://api.example/echo", strings.NewReader("bye"))
	req.Header.Set("User-Agent", "custom")
	resp, err = tr.RoundTrip(req)
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		fmt.Println(string(b))
	}
	fmt.Println("transport calls:", tr.calls)
}
