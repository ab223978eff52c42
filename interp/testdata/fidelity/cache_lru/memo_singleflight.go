package main

import (
	"fmt"
	"sort"
	"sync"
)

type call struct {
	wg  sync.WaitGroup
	val int
}

type Group struct {
	mu    sync.Mutex
	calls map[string]*call
	done  map[string]int
	execs map[string]int
}

func (g *Group) Do(key string, fn func() int) int {
	g.mu.Lock()
	if v, ok := g.done[key]; ok {
		g.mu.Unlock()
		return v
	}
	if c, ok := g.calls[key]; ok {
		g.mu.Unlock()
		c.wg.Wait()
		return c.val
	}
	c := &call{}
	c.wg.Add(1)
	g.calls[key] = c
	g.execs[key]++
	g.mu.Unlock()

	c.val = fn()
	c.wg.Done()

	g.mu.Lock()
	g.done[key] = c.val
	delete(g.calls, key)
	g.mu.Unlock()
	return c.val
}

func main() {
	g := &Group{calls: map[string]*call{}, done: map[string]int{}, execs: map[string]int{}}
	keys := []string{"a", "b", "a", "c", "b", "a", "a", "c"}

	results := make([]int, len(keys))
	var wg sync.WaitGroup
	for i, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = g.Do(k, func() int { return len(k)*100 + int(k[0]) })
		}()
	}
	wg.Wait()

	fmt.Println(results)
	names := make([]string, 0, len(g.execs))
	for k := range g.execs {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("%s computed %d time(s)\n", k, g.execs[k])
	}
}
