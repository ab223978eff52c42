package main

import (
	"fmt"
	"sort"
	"strings"
)

type WebsiteChecker func(string) bool

type result struct {
	string
	bool
}

func CheckWebsites(wc WebsiteChecker, urls []string) map[string]bool {
	results := make(map[string]bool)
	resultChannel := make(chan result)
	for _, url := range urls {
		go func(u string) {
			resultChannel <- result{u, wc(u)}
		}(url)
	}
	for i := 0; i < len(urls); i++ {
		r := <-resultChannel
		results[r.string] = r.bool
	}
	return results
}

func mockWebsiteChecker(url string) bool {
	return !strings.HasPrefix(url, "waat://")
}

func main() {
	websites := []string{
		"http://google.com",
		"http://blog.gypsydave5.com",
		"waat://furhurterwe.geds",
	}
	want := map[string]bool{
		"http://google.com":          true,
		"http://blog.gypsydave5.com": true,
		"waat://furhurterwe.geds":    false,
	}
	got := CheckWebsites(mockWebsiteChecker, websites)
	keys := make([]string, 0, len(got))
	for k := range got {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	ok := len(got) == len(want)
	for _, k := range keys {
		fmt.Printf("%-28s %v\n", k, got[k])
		ok = ok && got[k] == want[k]
	}
	fmt.Println("matches:", ok)
	urls := make([]string, 100)
	for i := range urls {
		urls[i] = fmt.Sprintf("http://site%d.example", i)
	}
	big := CheckWebsites(func(u string) bool { return len(u)%2 == 0 }, urls)
	even := 0
	for _, v := range big {
		if v {
			even++
		}
	}
	fmt.Println(len(big), even)
	r := result{"x", true}
	fmt.Printf("%v %+v\n", r, r)
}
