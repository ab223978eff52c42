package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Page struct {
	URL   string
	Links []string
}

var site = map[string]Page{
	"/":          {"/", []string{"/about", "/blog", "/shop"}},
	"/about":     {"/about", []string{"/", "/team"}},
	"/blog":      {"/blog", []string{"/blog/1", "/blog/2", "/"}},
	"/blog/1":    {"/blog/1", []string{"/blog", "/shop"}},
	"/blog/2":    {"/blog/2", []string{"/blog/3"}},
	"/shop":      {"/shop", []string{"/shop/cart"}},
	"/team":      {"/team", nil},
	"/shop/cart": {"/shop/cart", []string{"/checkout"}},
}

type Crawler struct {
	mu      sync.Mutex
	visited map[string]int // url -> depth
	broken  []string
}

func (c *Crawler) visit(url string, depth int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if d, ok := c.visited[url]; ok && d <= depth {
		return false
	}
	c.visited[url] = depth
	return true
}

func (c *Crawler) Crawl(url string, depth, max int, wg *sync.WaitGroup) {
	if depth > max || !c.visit(url, depth) {
		return
	}
	page, ok := site[url]
	if !ok {
		c.mu.Lock()
		c.broken = append(c.broken, url)
		c.mu.Unlock()
		return
	}
	for _, l := range page.Links {
		wg.Go(func() { c.Crawl(l, depth+1, max, wg) })
	}
}

func main() {
	for _, max := range []int{1, 2, 4} {
		c := &Crawler{visited: map[string]int{}}
		var wg sync.WaitGroup
		wg.Go(func() { c.Crawl("/", 0, max, &wg) })
		wg.Wait()
		urls := make([]string, 0, len(c.visited))
		for u := range c.visited {
			urls = append(urls, u)
		}
		slices.Sort(urls)
		slices.Sort(c.broken)
		c.broken = slices.Compact(c.broken)
		fmt.Printf("max depth %d: %d pages\n", max, len(urls))
		for _, u := range urls {
			fmt.Printf("  %s%s (depth %d)\n", strings.Repeat(" ", c.visited[u]*2), u, c.visited[u])
		}
		fmt.Println("  broken:", c.broken)
	}
}
