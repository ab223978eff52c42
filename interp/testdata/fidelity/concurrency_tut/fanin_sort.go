package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Record struct {
	Source string
	Line   int
	Text   string
}

var sources = map[string]string{
	"app.log":  "ERROR db timeout\nINFO started\nWARN slow query\nERROR retry failed",
	"auth.log": "INFO login alice\nWARN bad password bob\nINFO login carol",
	"web.log":  "INFO GET /\nERROR 500 /checkout\nINFO GET /cart\nWARN 404 /old",
}

func reader(name, body string) <-chan Record {
	out := make(chan Record)
	go func() {
		defer close(out)
		for i, l := range strings.Split(body, "\n") {
			out <- Record{name, i + 1, l}
		}
	}()
	return out
}

func merge(chs ...<-chan Record) <-chan Record {
	out := make(chan Record)
	var wg sync.WaitGroup
	wg.Add(len(chs))
	for _, c := range chs {
		go func(c <-chan Record) {
			defer wg.Done()
			for r := range c {
				out <- r
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

type byLevel []Record

func level(r Record) int {
	switch {
	case strings.HasPrefix(r.Text, "ERROR"):
		return 0
	case strings.HasPrefix(r.Text, "WARN"):
		return 1
	}
	return 2
}

func (b byLevel) Len() int      { return len(b) }
func (b byLevel) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byLevel) Less(i, j int) bool {
	if li, lj := level(b[i]), level(b[j]); li != lj {
		return li < lj
	}
	if b[i].Source != b[j].Source {
		return b[i].Source < b[j].Source
	}
	return b[i].Line < b[j].Line
}

func main() {
	names := make([]string, 0, len(sources))
	for n := range sources {
		names = append(names, n)
	}
	sort.Strings(names)
	var chs []<-chan Record
	for _, n := range names {
		chs = append(chs, reader(n, sources[n]))
	}
	var all []Record
	for r := range merge(chs...) {
		all = append(all, r)
	}
	sort.Sort(byLevel(all))
	fmt.Println("merged", len(all), "records")
	for _, r := range all {
		fmt.Printf("%-8s:%d  %s\n", r.Source, r.Line, r.Text)
	}
	counts := map[int]int{}
	for _, r := range all {
		counts[level(r)]++
	}
	fmt.Printf("errors=%d warnings=%d info=%d\n", counts[0], counts[1], counts[2])
	fmt.Println("sorted:", sort.IsSorted(byLevel(all)))
	sort.Stable(sort.Reverse(byLevel(all)))
	fmt.Println("last after reverse:", all[len(all)-1])
}
