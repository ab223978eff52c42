package main

import (
	"fmt"
	"sort"
	"strings"
)

type node struct {
	word string
	dist int
	prev *node
}

func ladder(begin, end string, words []string) ([]string, bool) {
	dict := make(map[string]bool, len(words))
	for _, w := range words {
		dict[w] = true
	}
	if !dict[end] {
		return nil, false
	}
	queue := []*node{{word: begin}}
	seen := map[string]bool{begin: true}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur.word == end {
			var path []string
			for n := cur; n != nil; n = n.prev {
				path = append([]string{n.word}, path...)
			}
			return path, true
		}
		b := []byte(cur.word)
		for i := range b {
			orig := b[i]
			for c := byte('a'); c <= 'z'; c++ {
				if c == orig {
					continue
				}
				b[i] = c
				w := string(b)
				if dict[w] && !seen[w] {
					seen[w] = true
					queue = append(queue, &node{w, cur.dist + 1, cur})
				}
			}
			b[i] = orig
		}
	}
	return nil, false
}

type result struct {
	from, to string
	path     []string
	ok       bool
}

func (r result) String() string {
	if !r.ok {
		return fmt.Sprintf("%s -> %s: impossible", r.from, r.to)
	}
	return fmt.Sprintf("%s -> %s: %d steps [%s]", r.from, r.to, len(r.path)-1, strings.Join(r.path, " > "))
}

func main() {
	words := strings.Fields("hot dot dog lot log cog hit hat cat cot cut but bat")
	var results []result
	pairs := [][2]string{{"hit", "cog"}, {"cat", "dog"}, {"hit", "xyz"}, {"but", "cot"}, {"hot", "hot"}}
	for _, p := range pairs {
		path, ok := ladder(p[0], p[1], words)
		results = append(results, result{p[0], p[1], path, ok})
	}
	for _, r := range results {
		fmt.Println(r)
	}
	sort.Slice(results, func(i, j int) bool { return len(results[i].path) > len(results[j].path) })
	fmt.Printf("longest: %v\n", results[0])
	fmt.Printf("%d of %d possible\n", func() int {
		n := 0
		for _, r := range results {
			if r.ok {
				n++
			}
		}
		return n
	}(), len(results))
}
