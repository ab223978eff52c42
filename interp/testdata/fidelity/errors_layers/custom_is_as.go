package main

import (
	"errors"
	"fmt"
	"net/http"
)

type HTTPError struct {
	Code int
	URL  string
}

func (e HTTPError) Error() string {
	return fmt.Sprintf("GET %s: %d %s", e.URL, e.Code, http.StatusText(e.Code))
}

// Is makes every HTTPError with the same code match, regardless of URL.
func (e HTTPError) Is(target error) bool {
	t, ok := target.(HTTPError)
	return ok && t.Code == e.Code && (t.URL == "" || t.URL == e.URL)
}

var ErrNotFound = HTTPError{Code: 404}

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Wrapped struct {
	Msg string
	Err error
}

func (w *Wrapped) Error() string { return w.Msg + ": " + w.Err.Error() }
func (w *Wrapped) Unwrap() error { return w.Err }

func (w *Wrapped) As(target any) bool {
	if c, ok := target.(*Code); ok {
		var he HTTPError
		if errors.As(w.Err, &he) {
			*c = Code(he.Code)
			return true
		}
	}
	return false
}

func get(url string) error {
	switch url {
	case "/a":
		return nil
	case "/b":
		return HTTPError{404, url}
	case "/c":
		return &Wrapped{"loading c", HTTPError{500, url}}
	}
	return &Wrapped{"loading " + url, &Wrapped{"inner", HTTPError{404, url}}}
}

func main() {
	for _, u := range []string{"/a", "/b", "/c", "/d"} {
		err := get(u)
		if err == nil {
			fmt.Println(u, "ok")
			continue
		}
		fmt.Println(u, "error:", err)
		fmt.Println("  is 404:", errors.Is(err, ErrNotFound))
		fmt.Println("  is 404 at /b:", errors.Is(err, HTTPError{Code: 404, URL: "/b"}))
		var c Code
		if errors.As(err, &c) {
			fmt.Println("  code via As:", c, int(c))
		}
		var he HTTPError
		if errors.As(err, &he) {
			fmt.Printf("  http: %+v\n", he)
		}
	}
	var e error = Code(418)
	fmt.Println(e, errors.Is(e, Code(418)), errors.Is(e, Code(417)))
	fmt.Printf("%v|%s|%d\n", e, e, e)
}
