package main

import (
	"encoding/xml"
	"fmt"
	"sort"
	"strings"
)

// A fake web: page -> links on that page.
var web = map[string][]string{
	"https://example.com/":            {"/about", "/blog", "https://other.com/x", "/blog"},
	"https://example.com/about":       {"/", "/team"},
	"https://example.com/blog":        {"/blog/post-1", "/blog/post-2", "mailto:me@example.com"},
	"https://example.com/blog/post-1": {"/blog", "/blog/post-2"},
	"https://example.com/blog/post-2": {"/blog/post-3"},
	"https://example.com/blog/post-3": {"/"},
	"https://example.com/team":        {"/about", "#top"},
}

const xmlns = "http://www.sitemaps.org/schemas/sitemap/0.9"

type loc struct {
	Value string `xml:"loc"`
}

type urlset struct {
	Urls  []loc  `xml:"url"`
	Xmlns string `xml:"xmlns,attr"`
}

func hrefs(page, base string) []string {
	var ret []string
	for _, l := range web[page] {
		switch {
		case strings.HasPrefix(l, "/"):
			ret = append(ret, base+l)
		case strings.HasPrefix(l, "http"):
			ret = append(ret, l)
		}
	}
	return filter(ret, withPrefix(base))
}

func filter(links []string, keepFn func(string) bool) []string {
	var ret []string
	for _, l := range links {
		if keepFn(l) {
			ret = append(ret, l)
		}
	}
	return ret
}

func withPrefix(pfx string) func(string) bool {
	return func(link string) bool { return strings.HasPrefix(link, pfx) }
}

func bfs(start string, maxDepth int) []string {
	base := strings.TrimSuffix(start, "/")
	seen := make(map[string]struct{})
	var q map[string]struct{}
	nq := map[string]struct{}{start: {}}
	for i := 0; i <= maxDepth; i++ {
		q, nq = nq, make(map[string]struct{})
		if len(q) == 0 {
			break
		}
		level := make([]string, 0, len(q))
		for url := range q {
			level = append(level, url)
		}
		sort.Strings(level)
		for _, url := range level {
			if _, ok := seen[url]; ok {
				continue
			}
			seen[url] = struct{}{}
			for _, link := range hrefs(url, base) {
				if link == base {
					link = base + "/"
				}
				if _, ok := seen[link]; !ok {
					nq[link] = struct{}{}
				}
			}
		}
		fmt.Printf("depth %d: seen %d, next %d\n", i, len(seen), len(nq))
	}
	ret := make([]string, 0, len(seen))
	for url := range seen {
		ret = append(ret, url)
	}
	sort.Strings(ret)
	return ret
}

func main() {
	for _, depth := range []int{0, 1, 3, 10} {
		pages := bfs("https://example.com/", depth)
		fmt.Printf("maxDepth=%d -> %d pages\n", depth, len(pages))
	}
	pages := bfs("https://example.com/", 10)
	toXml := urlset{Xmlns: xmlns}
	for _, p := range pages {
		toXml.Urls = append(toXml.Urls, loc{p})
	}
	out, err := xml.MarshalIndent(toXml, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Print(xml.Header)
	fmt.Println(string(out))
}
