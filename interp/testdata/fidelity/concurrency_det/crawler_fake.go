package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Fetcher interface {
	Fetch(url string) (body string, urls []string, err error)
}

type fakeResult struct {
	body string
	urls []string
}

type fakeFetcher map[string]*fakeResult

func (f fakeFetcher) Fetch(url string) (string, []string, error) {
	if res, ok := f[url]; ok {
		return res.body, res.urls, nil
	}
	return "", nil, fmt.Errorf("not found: %s", url)
}

type SafeSet struct {
	mu   sync.Mutex
	seen map[string]bool
}

func (s *SafeSet) Visit(url string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.seen[url] {
		return false
	}
	s.seen[url] = true
	return true
}

type Log struct {
	mu    sync.Mutex
	lines []string
}

func (l *Log) Add(format string, args ...any) {
	l.mu.Lock()
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
	l.mu.Unlock()
}

func Crawl(url string, depth int, f Fetcher, set *SafeSet, log *Log, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 || !set.Visit(url) {
		return
	}
	body, urls, err := f.Fetch(url)
	if err != nil {
		log.Add("error %v", err)
		return
	}
	log.Add("found %s %q", url, body)
	for _, u := range urls {
		wg.Add(1)
		go Crawl(u, depth-1, f, set, log, wg)
	}
}

var fetcher = fakeFetcher{
	"https://golang.org/": &fakeResult{
		"The Go Programming Language",
		[]string{"https://golang.org/pkg/", "https://golang.org/cmd/"},
	},
	"https://golang.org/pkg/": &fakeResult{
		"Packages",
		[]string{"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"},
	},
	"https://golang.org/pkg/fmt/": &fakeResult{
		"Package fmt",
		[]string{"https://golang.org/", "https://golang.org/pkg/"},
	},
	"https://golang.org/pkg/os/": &fakeResult{
		"Package os",
		[]string{"https://golang.org/", "https://golang.org/pkg/"},
	},
}

func main() {
	set := &SafeSet{seen: make(map[string]bool)}
	log := &Log{}
	var wg sync.WaitGroup
	wg.Add(1)
	go Crawl("https://golang.org/", 4, fetcher, set, log, &wg)
	wg.Wait()
	sort.Strings(log.lines)
	for _, l := range log.lines {
		fmt.Println(l)
	}
	var visited []string
	for u := range set.seen {
		visited = append(visited, strings.TrimPrefix(u, "https://golang.org"))
	}
	sort.Strings(visited)
	fmt.Println(len(visited), visited)
}
