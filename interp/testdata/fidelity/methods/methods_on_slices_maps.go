package main

import (
	"fmt"
	"sort"
	"strings"
)

type Words []string

func (w Words) Longest() string {
	best := ""
	for _, s := range w {
		if len(s) > len(best) {
			best = s
		}
	}
	return best
}

func (w *Words) Add(s ...string) { *w = append(*w, s...) }

type Tally map[string]int

func (t Tally) Inc(k string) { t[k]++ }
func (t Tally) String() string {
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%d", k, t[k]))
	}
	return strings.Join(parts, ",")
}

func main() {
	var w Words
	w.Add("go", "gopher", "gc")
	fmt.Println(w.Longest(), len(w))

	t := Tally{}
	for _, s := range strings.Fields("a b a c b a") {
		t.Inc(s)
	}
	fmt.Println(t)
	fmt.Printf("%v %s\n", t, t)
}
