package main

import (
	"fmt"
	"sort"
	"strings"
)

// Node is a configuration tree: every key leads to another tree; leaves are empty trees.
type Node map[string]Node

func Parse(lines []string) Node {
	root := Node{}
	for _, line := range lines {
		cur := root
		for _, part := range strings.Split(line, ".") {
			if cur[part] == nil {
				cur[part] = Node{}
			}
			cur = cur[part]
		}
	}
	return root
}

func (n Node) Paths(prefix string) []string {
	if len(n) == 0 {
		return []string{prefix}
	}
	keys := make([]string, 0, len(n))
	for k := range n {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []string
	for _, k := range keys {
		p := k
		if prefix != "" {
			p = prefix + "." + k
		}
		out = append(out, n[k].Paths(p)...)
	}
	return out
}

func (n Node) Depth() int {
	d := 0
	for _, c := range n {
		if cd := c.Depth() + 1; cd > d {
			d = cd
		}
	}
	return d
}

func Merge(dst, src Node) {
	for k, v := range src {
		if dst[k] == nil {
			dst[k] = Node{}
		}
		Merge(dst[k], v)
	}
}

func main() {
	a := Parse([]string{"server.port", "server.host", "db.user", "db.pool.max"})
	b := Parse([]string{"db.pool.min", "log.level"})
	fmt.Println(a.Paths(""), a.Depth())
	Merge(a, b)
	fmt.Println(strings.Join(a.Paths(""), " "))
	fmt.Println(a["db"]["pool"])
	fmt.Println(len(a), a.Depth(), a["nope"] == nil)

	var empty Node
	fmt.Printf("%T %v %d %v\n", a["log"], empty, len(empty.Paths("root")), empty.Paths("root"))
	fmt.Printf("%v\n", Node{"x": {"y": {}}, "z": nil})
}
