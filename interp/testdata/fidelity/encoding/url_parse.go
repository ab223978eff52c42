package main

import (
	"fmt"
	"net/url"
)

func main() {
	u, err := url.Parse("https://user:pw@example.com:8443/a/b%20c?q=go+lang&tag=1&tag=2#frag")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(u.Scheme, u.Host, u.Hostname(), u.Port(), u.Path, u.RawQuery, u.Fragment)
	fmt.Println(u.User.Username())

	q := u.Query()
	fmt.Println(q.Get("q"), q["tag"], q.Has("none"))

	v := url.Values{}
	v.Set("name", "Ann Lee")
	v.Add("lang", "go")
	v.Add("lang", "c&c")
	fmt.Println(v.Encode())
	fmt.Println(url.QueryEscape("a b/c?"), url.PathEscape("a b/c?"))

	_, err = url.Parse("http://[::1")
	fmt.Println(err)

	base, _ := url.Parse("https://example.com/docs/")
	ref, _ := url.Parse("../img/logo.png")
	fmt.Println(base.ResolveReference(ref))
}
