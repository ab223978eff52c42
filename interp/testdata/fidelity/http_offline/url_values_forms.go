package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
	"strings"
)

type SearchParams struct {
	Query    string
	Page     int
	PerPage  int
	Sort     string
	Filters  []string
	Problems []string
}

func parseSearch(v url.Values) SearchParams {
	p := SearchParams{Query: v.Get("q"), Page: 1, PerPage: 20, Sort: "relevance"}
	if s := v.Get("page"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			p.Problems = append(p.Problems, "page must be a positive integer")
		} else {
			p.Page = n
		}
	}
	if s := v.Get("per_page"); s != "" {
		n, err := strconv.Atoi(s)
		switch {
		case err != nil:
			p.Problems = append(p.Problems, fmt.Sprintf("per_page: %v", err))
		case n > 100:
			p.PerPage = 100
		default:
			p.PerPage = n
		}
	}
	if s := v.Get("sort"); s == "date" || s == "stars" {
		p.Sort = s
	}
	p.Filters = v["filter"]
	sort.Strings(p.Filters)
	return p
}

func formHandler(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	keys := make([]string, 0, len(r.Form))
	for k := range r.Form {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "form %s=%v post=%v\n", k, r.Form[k], r.PostForm[k])
	}
}

func main() {
	v := url.Values{}
	v.Set("q", "golang generics")
	v.Add("filter", "lang:go")
	v.Add("filter", "stars:>100")
	v.Set("page", "3")
	fmt.Println(v.Encode())

	parsed, err := url.ParseQuery("q=a%26b&page=0&per_page=500&filter=z&filter=a&sort=date&empty=")
	fmt.Println(err, parsed.Has("empty"), parsed.Get("empty") == "")
	fmt.Printf("%+v\n", parseSearch(parsed))
	fmt.Printf("%+v\n", parseSearch(v))
	bad, _ := url.ParseQuery("per_page=ten&page=-2")
	fmt.Printf("%+v\n", parseSearch(bad))
	_, err = url.ParseQuery("a=%zz&b=1")
	fmt.Println("parse error:", err)

	body := url.Values{"name": {"Zoë"}, "langs": {"go", "rust"}}.Encode()
	req := httptest.NewRequest("POST", "/submit?source=web&name=query-name", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	formHandler(rec, req)
	fmt.Print(rec.Body.String())

	req2 := httptest.NewRequest("POST", "/submit", strings.NewReader("x=1"))
	req2.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	fmt.Println(req2.FormValue("x"), req2.PostFormValue("x"), req2.FormValue("missing") == "")

	req3 := httptest.NewRequest("GET", "/search?q=hello+world&q=second&tags=a,b", nil)
	fmt.Println(req3.URL.Query()["q"], strings.Split(req3.URL.Query().Get("tags"), ","))

	u := &url.URL{Scheme: "https", Host: "api.example.com", Path: "/v1/search results"}
	q := u.Query()
	q.Set("q", "café & crème")
	q.Set("limit", "10")
	u.RawQuery = q.Encode()
	fmt.Println(u.String())
	fmt.Println(u.RequestURI(), u.IsAbs(), u.Redacted())
	u.User = url.UserPassword("admin", "hunter2")
	fmt.Println(u.Redacted())

	vals := url.Values{}
	for i := 5; i > 0; i-- {
		vals.Add("k"+strconv.Itoa(i%3), strconv.Itoa(i))
	}
	fmt.Println(vals.Encode())
	vals.Del("k0")
	fmt.Println(vals.Encode(), len(vals))
}
