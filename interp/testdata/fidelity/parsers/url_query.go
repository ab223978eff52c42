package main

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
)

func main() {
	raw := "https://user:pw@example.com:8443/search/go%20lang?q=generics&tag=a&tag=b&empty=#frag"
	u, err := url.Parse(raw)
	if err != nil {
		panic(err)
	}

	fmt.Println("scheme:", u.Scheme)
	fmt.Println("host:", u.Hostname(), "port:", u.Port())
	fmt.Println("user:", u.User.Username())
	fmt.Println("path:", u.Path, "raw:", u.EscapedPath())
	fmt.Println("fragment:", u.Fragment)

	q := u.Query()
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%q\n", k, q[k])
	}

	q.Set("page", "2")
	q.Del("empty")
	q.Add("tag", "c d")
	u.RawQuery = q.Encode()
	fmt.Println(u.String())

	_, err = url.Parse("http://[::1")
	fmt.Println(strings.Contains(err.Error(), "missing ']'"), err)
}
