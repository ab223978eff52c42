package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Counter struct {
	m sync.Map
}

func (c *Counter) Inc(key string) {
	for {
		v, loaded := c.m.LoadOrStore(key, 1)
		if !loaded {
			return
		}
		if c.m.CompareAndSwap(key, v, v.(int)+1) {
			return
		}
	}
}

func (c *Counter) Snapshot() map[string]int {
	out := map[string]int{}
	c.m.Range(func(k, v any) bool {
		out[k.(string)] = v.(int)
		return true
	})
	return out
}

const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness`

func main() {
	lines := strings.Split(text, "\n")
	var c Counter
	var wg sync.WaitGroup
	for _, line := range lines {
		wg.Add(1)
		go func(line string) {
			defer wg.Done()
			for _, w := range strings.FieldsFunc(strings.ToLower(line), func(r rune) bool {
				return r == ' ' || r == ','
			}) {
				c.Inc(w)
			}
		}(line)
	}
	wg.Wait()
	snap := c.Snapshot()
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range snap {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	for _, e := range list[:8] {
		fmt.Printf("%-8s %2d %s\n", e.k, e.v, strings.Repeat("*", e.v))
	}
	fmt.Println("distinct words:", len(list))

	var m sync.Map
	m.Store("a", 1)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	v, loaded := m.LoadAndDelete("a")
	fmt.Println(v, loaded)
	_, ok = m.Load("a")
	fmt.Println("after delete:", ok)
	prev, loaded := m.Swap("b", 2)
	fmt.Println(prev, loaded)
	actual, loaded := m.LoadOrStore("b", 99)
	fmt.Println(actual, loaded)
	fmt.Println(m.CompareAndDelete("b", 3), m.CompareAndDelete("b", 2))
	n := 0
	m.Range(func(_, _ any) bool { n++; return true })
	fmt.Println("entries left:", n)
	m.Clear()
}
