package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

type Rule func(string) bool

func (r Rule) And(o Rule) Rule { return func(s string) bool { return r(s) && o(s) } }
func (r Rule) Not() Rule       { return func(s string) bool { return !r(s) } }

type HandlerFunc func(http.ResponseWriter, *http.Request)

func (f HandlerFunc) ServeHTTP(w http.ResponseWriter, r *http.Request) { f(w, r) }

type Base struct {
	Check Rule
}

type Validator struct {
	Base
	Name  string
	Extra Rule
}

type Box[T any] struct {
	Val  T
	Pred Rule
}

type route struct {
	path string
	h    HandlerFunc
}

func main() {
	long := Rule(func(s string) bool { return len(s) > 3 })
	lower := Rule(func(s string) bool { return strings.ToLower(s) == s })
	v := Validator{Base{long}, "v", lower}
	both := v.Check.And(v.Extra)
	notLong := v.Base.Check.Not()
	for _, w := range []string{"go", "gopher", "Gopher"} {
		fmt.Println(w, both(w), notLong(w), v.Extra.Not()(w))
	}
	method := v.Extra.Not
	fmt.Println(method()("ABC"), v.Check != nil, Validator{}.Extra == nil)
	b := Box[int]{Val: 7, Pred: long}
	fmt.Println(b.Pred.And(lower)("abcd"), b.Val)
	rules := map[string]Validator{"x": v}
	fmt.Println(rules["x"].Check.Not()("toolong"))

	mux := http.NewServeMux()
	routes := []route{
		{"/a", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "A") }},
		{"/b", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "B") }},
	}
	for _, rt := range routes {
		mux.Handle(rt.path, rt.h)
	}
	var paths []string
	for _, p := range []string{"/b", "/a"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		paths = append(paths, p+"="+rec.Body.String())
	}
	sort.Strings(paths)
	fmt.Println(paths)
	var hs []http.Handler
	for i := range routes {
		hs = append(hs, routes[i].h)
	}
	rec := httptest.NewRecorder()
	hs[1].ServeHTTP(rec, nil)
	fmt.Println(len(hs), rec.Body.String())
}
