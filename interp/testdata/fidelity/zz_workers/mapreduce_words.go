package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

var docs = map[string]string{
	"a.txt": "go is fun and go is fast",
	"b.txt": "rust is fast and safe",
	"c.txt": "go and rust and zig",
	"d.txt": "",
}

type Pair struct {
	Word string
	Doc  string
}

func mapper(name, body string, out chan<- Pair, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, w := range strings.Fields(body) {
		out <- Pair{w, name}
	}
}

type Index map[string]map[string]int

func (ix Index) Top(n int) []string {
	type wc struct {
		w string
		c int
	}
	var all []wc
	for w, ds := range ix {
		c := 0
		for _, k := range ds {
			c += k
		}
		all = append(all, wc{w, c})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].c != all[j].c {
			return all[i].c > all[j].c
		}
		return all[i].w < all[j].w
	})
	var out []string
	for _, e := range all[:min(n, len(all))] {
		out = append(out, fmt.Sprintf("%s=%d", e.w, e.c))
	}
	return out
}

func (ix Index) Docs(w string) []string {
	var ds []string
	for d := range ix[w] {
		ds = append(ds, d)
	}
	sort.Strings(ds)
	return ds
}

func main() {
	pairs := make(chan Pair, 8)
	var wg sync.WaitGroup
	names := make([]string, 0, len(docs))
	for n := range docs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		wg.Add(1)
		go mapper(n, docs[n], pairs, &wg)
	}
	go func() { wg.Wait(); close(pairs) }()
	ix := Index{}
	for p := range pairs {
		if ix[p.Word] == nil {
			ix[p.Word] = map[string]int{}
		}
		ix[p.Word][p.Doc]++
	}
	fmt.Println(ix.Top(5))
	for _, w := range []string{"go", "fast", "zig", "python"} {
		fmt.Printf("%-6s %v %v\n", w, ix.Docs(w), ix[w])
	}
	fmt.Println(len(ix), ix["and"]["c.txt"])
	results := make([]int, 5)
	var wg2 sync.WaitGroup
	for i := range results {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			results[i] = i * i * i
		}()
	}
	wg2.Wait()
	fmt.Println(results)
}
