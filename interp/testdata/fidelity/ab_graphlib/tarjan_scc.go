package main

import (
	"fmt"
	"slices"
	"strings"
)

type NodeID int

type Digraph struct {
	names []string
	out   [][]NodeID
	index map[string]NodeID
}

func (g *Digraph) node(name string) NodeID {
	if id, ok := g.index[name]; ok {
		return id
	}
	id := NodeID(len(g.names))
	g.index[name] = id
	g.names = append(g.names, name)
	g.out = append(g.out, nil)
	return id
}

func Parse(spec string) *Digraph {
	g := &Digraph{index: map[string]NodeID{}}
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		from, tos, _ := strings.Cut(line, "->")
		f := g.node(strings.TrimSpace(from))
		for _, t := range strings.Split(tos, ",") {
			if t = strings.TrimSpace(t); t != "" {
				g.out[f] = append(g.out[f], g.node(t))
			}
		}
	}
	return g
}

type tarjan struct {
	g       *Digraph
	idx     []int
	low     []int
	onStack []bool
	stack   []NodeID
	counter int
	sccs    [][]NodeID
}

func (t *tarjan) strong(v NodeID) {
	t.counter++
	t.idx[v], t.low[v] = t.counter, t.counter
	t.stack = append(t.stack, v)
	t.onStack[v] = true
	for _, w := range t.g.out[v] {
		switch {
		case t.idx[w] == 0:
			t.strong(w)
			t.low[v] = min(t.low[v], t.low[w])
		case t.onStack[w]:
			t.low[v] = min(t.low[v], t.idx[w])
		}
	}
	if t.low[v] == t.idx[v] {
		var comp []NodeID
		for {
			w := t.stack[len(t.stack)-1]
			t.stack = t.stack[:len(t.stack)-1]
			t.onStack[w] = false
			comp = append(comp, w)
			if w == v {
				break
			}
		}
		t.sccs = append(t.sccs, comp)
	}
}

func (g *Digraph) SCC() [][]string {
	n := len(g.names)
	t := &tarjan{g: g, idx: make([]int, n), low: make([]int, n), onStack: make([]bool, n)}
	for v := range n {
		if t.idx[v] == 0 {
			t.strong(NodeID(v))
		}
	}
	out := make([][]string, 0, len(t.sccs))
	for _, c := range t.sccs {
		names := make([]string, len(c))
		for i, id := range c {
			names[i] = g.names[id]
		}
		slices.Sort(names)
		out = append(out, names)
	}
	slices.SortFunc(out, func(a, b []string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a[0], b[0])
	})
	return out
}

func (g *Digraph) Reachable(from string) []string {
	seen := make([]bool, len(g.names))
	var dfs func(NodeID)
	dfs = func(v NodeID) {
		if seen[v] {
			return
		}
		seen[v] = true
		for _, w := range g.out[v] {
			dfs(w)
		}
	}
	dfs(g.index[from])
	var r []string
	for i, s := range seen {
		if s {
			r = append(r, g.names[i])
		}
	}
	return r
}

const spec = `
main -> parse, eval, print
parse -> lex, error
lex -> error
eval -> apply, lookup, error
apply -> eval, bind
bind -> lookup
lookup -> error
print -> format
format -> print, pad
pad ->
error -> format
`

func main() {
	g := Parse(spec)
	fmt.Println(len(g.names), "functions")
	for i, c := range g.SCC() {
		kind := "single"
		if len(c) > 1 {
			kind = "recursive group"
		}
		fmt.Printf("%2d %-16s %v\n", i, kind, c)
	}
	for _, f := range []string{"lex", "bind", "pad"} {
		fmt.Printf("%s reaches %v\n", f, g.Reachable(f))
	}
	fmt.Println(g.out[g.index["eval"]], NodeID(3), g.index["main"])
}
