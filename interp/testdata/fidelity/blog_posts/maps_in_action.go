package main

import (
	"fmt"
	"sort"
	"sync"
)

// From "Go maps in action".

type Node struct {
	Next  *Node
	Value interface{}
}

type Key struct {
	Path, Country string
}

type Person struct {
	Name  string
	Likes []string
}

func main() {
	m := make(map[string]int)
	m["route"] = 66
	i := m["route"]
	j := m["root"]
	fmt.Println(i, j, len(m))
	delete(m, "route")
	_, ok := m["route"]
	fmt.Println(ok)
	m = map[string]int{"rsc": 3711, "r": 2138, "gri": 1908, "adg": 912}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println("Key:", k, "Value:", m[k])
	}
	fmt.Println(m)

	first := &Node{Value: 1}
	first.Next = &Node{Value: 2, Next: &Node{Value: 3}}
	first.Next.Next.Next = first.Next
	visited := make(map[*Node]bool)
	for n := first; n != nil; n = n.Next {
		if visited[n] {
			fmt.Println("cycle detected at", n.Value)
			break
		}
		visited[n] = true
		fmt.Println(n.Value)
	}

	var people = []*Person{
		{"Alice", []string{"cheese", "bacon"}},
		{"Bob", []string{"bacon"}},
		{"Carol", []string{"cheese", "wine", "bacon"}},
	}
	likes := make(map[string][]*Person)
	for _, p := range people {
		for _, l := range p.Likes {
			likes[l] = append(likes[l], p)
		}
	}
	for _, food := range []string{"cheese", "bacon", "wine", "tofu"} {
		fmt.Println(len(likes[food]), "people like", food)
		for _, p := range likes[food] {
			fmt.Println("  ", p.Name, "likes", food)
		}
	}

	hits := make(map[string]map[string]int)
	add := func(m map[string]map[string]int, path, country string) {
		mm, ok := m[path]
		if !ok {
			mm = make(map[string]int)
			m[path] = mm
		}
		mm[country]++
	}
	add(hits, "/doc/", "au")
	add(hits, "/doc/", "au")
	add(hits, "/doc/", "us")
	fmt.Println(hits["/doc/"]["au"], hits["/doc/"]["us"], hits["/x/"]["au"])

	hits2 := make(map[Key]int)
	hits2[Key{"/", "vn"}]++
	hits2[Key{"/", "vn"}]++
	hits2[Key{"/ref/spec", "ch"}]++
	fmt.Println(hits2[Key{"/", "vn"}], hits2[Key{"/ref/spec", "ch"}], len(hits2))
	fmt.Println(hits2)

	var counter = struct {
		sync.RWMutex
		m map[string]int
	}{m: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter.Lock()
			counter.m["some_key"]++
			counter.Unlock()
		}()
	}
	wg.Wait()
	counter.RLock()
	n := counter.m["some_key"]
	counter.RUnlock()
	fmt.Println("some_key:", n)
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
}
