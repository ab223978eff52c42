package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type call struct {
	wg  sync.WaitGroup
	val string
	err error
	dup int
}

type Group struct {
	mu sync.Mutex
	m  map[string]*call
}

func (g *Group) Do(key string, fn func() (string, error)) (string, error, bool) {
	g.mu.Lock()
	if g.m == nil {
		g.m = map[string]*call{}
	}
	if c, ok := g.m[key]; ok {
		c.dup++
		g.mu.Unlock()
		c.wg.Wait()
		return c.val, c.err, true
	}
	c := &call{}
	c.wg.Add(1)
	g.m[key] = c
	g.mu.Unlock()
	c.val, c.err = fn()
	c.wg.Done()
	g.mu.Lock()
	delete(g.m, key)
	g.mu.Unlock()
	return c.val, c.err, false
}

type entry struct {
	res   string
	ready chan struct{}
}

type Memo struct {
	f     func(string) string
	mu    sync.Mutex
	cache map[string]*entry
}

func NewMemo(f func(string) string) *Memo { return &Memo{f: f, cache: map[string]*entry{}} }

func (m *Memo) Get(key string) string {
	m.mu.Lock()
	e := m.cache[key]
	if e == nil {
		e = &entry{ready: make(chan struct{})}
		m.cache[key] = e
		m.mu.Unlock()
		e.res = m.f(key)
		close(e.ready)
	} else {
		m.mu.Unlock()
		<-e.ready
	}
	return e.res
}

func main() {
	var computed atomic.Int32
	memo := NewMemo(func(k string) string {
		computed.Add(1)
		return strings.Repeat(k, 2)
	})
	var wg sync.WaitGroup
	results := make([]string, 30)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = memo.Get([]string{"a", "b", "c"}[i%3])
		}(i)
	}
	wg.Wait()
	sort.Strings(results)
	fmt.Println(results[0], results[10], results[29], "computed:", computed.Load())

	var g Group
	start := make(chan struct{})
	var calls atomic.Int32
	var wg2 sync.WaitGroup
	shared := 0
	var smu sync.Mutex
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			v, err, sh := g.Do("config", func() (string, error) {
				calls.Add(1)
				<-start
				return "loaded", nil
			})
			if sh {
				smu.Lock()
				shared++
				smu.Unlock()
			}
			_ = v
			_ = err
		}()
	}
	for {
		g.mu.Lock()
		c := g.m["config"]
		dups := 0
		if c != nil {
			dups = c.dup
		}
		g.mu.Unlock()
		if c != nil && dups+int(calls.Load()) == 5 {
			break
		}
	}
	close(start)
	wg2.Wait()
	fmt.Println("fn calls:", calls.Load(), "shared:", shared)
	v, err, sh := g.Do("config", func() (string, error) { return "reloaded", nil })
	fmt.Println(v, err, sh)
}
