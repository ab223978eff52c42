package main

import (
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
)

type Params map[string]string

type HandlerFunc func(Params, url.Values) (int, string)

type route struct {
	method  string
	pattern []string
	h       HandlerFunc
}

type Router struct{ routes []route }

func (r *Router) Handle(method, pattern string, h HandlerFunc) {
	r.routes = append(r.routes, route{method, strings.Split(strings.Trim(pattern, "/"), "/"), h})
}

var ErrNotFound = errors.New("not found")
var ErrMethod = errors.New("method not allowed")

func (r *Router) Dispatch(method, raw string) (int, string, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return 400, "", fmt.Errorf("dispatch: %w", err)
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	matchedPath := false
	for _, rt := range r.routes {
		p, ok := match(rt.pattern, parts)
		if !ok {
			continue
		}
		matchedPath = true
		if rt.method != method {
			continue
		}
		code, body := rt.h(p, u.Query())
		return code, body, nil
	}
	if matchedPath {
		return 405, "", ErrMethod
	}
	return 404, "", fmt.Errorf("%s %s: %w", method, u.Path, ErrNotFound)
}

func match(pattern, parts []string) (Params, bool) {
	if len(pattern) != len(parts) {
		return nil, false
	}
	p := Params{}
	for i, seg := range pattern {
		if strings.HasPrefix(seg, ":") {
			p[seg[1:]] = parts[i]
		} else if seg != parts[i] {
			return nil, false
		}
	}
	return p, true
}

func main() {
	users := map[string]string{"1": "ann", "2": "bob"}
	r := &Router{}
	r.Handle("GET", "/users", func(_ Params, q url.Values) (int, string) {
		ids := make([]string, 0)
		for id := range users {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		if q.Get("sort") == "desc" {
			sort.Sort(sort.Reverse(sort.StringSlice(ids)))
		}
		return 200, strings.Join(ids, ",")
	})
	r.Handle("GET", "/users/:id", func(p Params, _ url.Values) (int, string) {
		if u, ok := users[p["id"]]; ok {
			return 200, u
		}
		return 404, "no user " + p["id"]
	})
	r.Handle("DELETE", "/users/:id", func(p Params, _ url.Values) (int, string) {
		delete(users, p["id"])
		return 204, ""
	})
	reqs := [][2]string{{"GET", "/users"}, {"GET", "/users?sort=desc&x=1"}, {"GET", "/users/2"}, {"DELETE", "/users/2"},
		{"GET", "/users/2"}, {"POST", "/users/1"}, {"GET", "/nothing/here"}, {"GET", "%zz"}}
	for _, rq := range reqs {
		code, body, err := r.Dispatch(rq[0], rq[1])
		fmt.Printf("%-6s %-22s %d %q err=%v notfound=%t\n", rq[0], rq[1], code, body, err, errors.Is(err, ErrNotFound))
	}
	u, _ := url.Parse("https://user:pw@example.com:8443/a/b%20c?q=go+lang&q=2#frag")
	fmt.Println(u.Scheme, u.Host, u.Hostname(), u.Port(), u.Path, u.RawQuery, u.Fragment, u.User.Username())
	fmt.Println(u.Query()["q"], u.String())
	v := url.Values{}
	v.Set("name", "Jo & Co")
	v.Add("tag", "a")
	v.Add("tag", "b")
	fmt.Println(v.Encode(), url.QueryEscape("a/b c"), url.PathEscape("a/b c"))
}
