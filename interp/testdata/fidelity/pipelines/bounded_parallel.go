package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

func main() {
	urls := []string{"a.com", "b.org", "c.net", "d.io", "e.dev", "f.com", "g.org", "h.net"}
	const limit = 3

	sem := make(chan struct{}, limit)
	var active, peak atomic.Int32
	var wg sync.WaitGroup
	sizes := make([]int, len(urls))

	for i, u := range urls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := active.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			sizes[i] = len(u) * 100
			active.Add(-1)
		}()
	}
	wg.Wait()

	fmt.Println(sizes)
	fmt.Println("peak within limit:", peak.Load() <= limit, "active now:", active.Load())

	var b strings.Builder
	for i, u := range urls {
		fmt.Fprintf(&b, "%s=%d ", u, sizes[i])
	}
	fmt.Println(b.String())
}
