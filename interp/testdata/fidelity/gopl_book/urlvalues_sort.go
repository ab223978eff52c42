// Maps with slice values and sorted output in the style of gopl.io/ch6/urlvalues
// and ch4/graph.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Values map[string][]string

func (v Values) Get(key string) string {
	if vs := v[key]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

func (v Values) Add(key, value string) {
	v[key] = append(v[key], value)
}

func (v Values) Encode() string {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		for _, val := range v[k] {
			parts = append(parts, k+"="+val)
		}
	}
	return strings.Join(parts, "&")
}

var graph = make(map[string]map[string]bool)

func addEdge(from, to string) {
	edges := graph[from]
	if edges == nil {
		edges = make(map[string]bool)
		graph[from] = edges
	}
	edges[to] = true
}

func hasEdge(from, to string) bool { return graph[from][to] }

func main() {
	m := Values{"lang": {"en"}}
	m.Add("item", "1")
	m.Add("item", "2")
	fmt.Println(m.Get("lang"))
	fmt.Println(m.Get("q"))
	fmt.Println(m.Get("item"))
	fmt.Println(m["item"])
	fmt.Println(m.Encode())
	m = nil
	fmt.Println(m.Get("item"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.Add("item", "3")
	}()

	for _, e := range [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}} {
		addEdge(e[0], e[1])
	}
	fmt.Println(hasEdge("a", "b"), hasEdge("b", "a"), hasEdge("z", "a"), len(graph))
	var nodes []string
	for n := range graph {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	for _, n := range nodes {
		var tos []string
		for t := range graph[n] {
			tos = append(tos, t)
		}
		sort.Strings(tos)
		fmt.Printf("%s -> %v\n", n, tos)
	}
	ages := map[string]int{"alice": 31, "charlie": 34, "bob": 31}
	names := make([]string, 0, len(ages))
	for name := range ages {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool {
		if ages[names[i]] != ages[names[j]] {
			return ages[names[i]] > ages[names[j]]
		}
		return names[i] < names[j]
	})
	for _, name := range names {
		fmt.Printf("%s\t%d\n", name, ages[name])
	}
	age, ok := ages["bob"]
	if !ok { /* ... */
	}
	fmt.Println(age, ok)
	if _, ok := ages["dave"]; !ok {
		fmt.Println("no dave")
	}
}
