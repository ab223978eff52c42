// memo in the style of gopl.io/ch9/memo4 (duplicate-suppressing cache), with a
// deterministic fake "HTTP" function.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Func is the type of the function to memoize.
type Func func(key string) (interface{}, error)

type result struct {
	value interface{}
	err   error
}

type entry struct {
	res   result
	ready chan struct{} // closed when res is ready
}

// A Memo caches the results of calling a Func.
type Memo struct {
	f     Func
	mu    sync.Mutex // guards cache
	cache map[string]*entry
}

func New(f Func) *Memo {
	return &Memo{f: f, cache: make(map[string]*entry)}
}

func (memo *Memo) Get(key string) (value interface{}, err error) {
	memo.mu.Lock()
	e := memo.cache[key]
	if e == nil {
		// This is the first request for this key.
		e = &entry{ready: make(chan struct{})}
		memo.cache[key] = e
		memo.mu.Unlock()

		e.res.value, e.res.err = memo.f(key)

		close(e.ready) // broadcast ready condition
	} else {
		memo.mu.Unlock()
		<-e.ready // wait for ready condition
	}
	return e.res.value, e.res.err
}

var (
	callsMu sync.Mutex
	calls   = map[string]int{}
)

func fakeGet(url string) (interface{}, error) {
	callsMu.Lock()
	calls[url]++
	callsMu.Unlock()
	if !strings.HasPrefix(url, "https://") {
		return nil, fmt.Errorf("unsupported protocol scheme in %q", url)
	}
	body := strings.Repeat(url[8:], 3)
	return []byte(body), nil
}

func incomingURLs() []string {
	return []string{"https://golang.org", "https://godoc.org", "https://play.golang.org", "http://gopl.io",
		"https://golang.org", "https://godoc.org", "https://play.golang.org", "http://gopl.io"}
}

func main() {
	m := New(fakeGet)
	var n sync.WaitGroup
	var mu sync.Mutex
	lines := []string{}
	for _, url := range incomingURLs() {
		n.Add(1)
		go func(url string) {
			defer n.Done()
			value, err := m.Get(url)
			var line string
			if err != nil {
				line = fmt.Sprint("ERR ", err)
			} else {
				line = fmt.Sprintf("%s, %d bytes", url, len(value.([]byte)))
			}
			mu.Lock()
			lines = append(lines, line)
			mu.Unlock()
		}(url)
	}
	n.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	var urls []string
	for u := range calls {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	for _, u := range urls {
		fmt.Println(u, "fetched", calls[u], "time(s)")
	}

	fibMemo := New(nil)
	var fib Func
	fib = func(key string) (interface{}, error) {
		var k int
		fmt.Sscan(key, &k)
		if k < 2 {
			return k, nil
		}
		a, _ := fibMemo.Get(fmt.Sprint(k - 1))
		b, _ := fibMemo.Get(fmt.Sprint(k - 2))
		return a.(int) + b.(int), nil
	}
	fibMemo.f = fib
	v, err := fibMemo.Get("50")
	fmt.Println(v, err, len(fibMemo.cache))
}
