package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type page struct {
	url   string
	words int
}

func fetch(url string) page {
	return page{url, len(strings.Split(url, "/"))}
}

func main() {
	urls := []string{"a.com/x/y", "b.org", "c.net/1/2/3", "d.io/z"}
	results := make(chan page)
	var wg sync.WaitGroup
	for _, u := range urls {
		wg.Add(1)
		go func(u string) {
			defer wg.Done()
			results <- fetch(u)
		}(u)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	byURL := map[string]int{}
	for p := range results {
		byURL[p.url] = p.words
	}
	keys := make([]string, 0, len(byURL))
	for k := range byURL {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, byURL[k])
	}

	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxActive, active := 0, 0
	var wg2 sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			maxActive = max(maxActive, active)
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("max active <= 2:", maxActive <= 2)
}
