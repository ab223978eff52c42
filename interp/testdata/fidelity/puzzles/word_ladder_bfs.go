package main

import "fmt"

func ladder(begin, end string, words []string) int {
	dict := map[string]bool{}
	for _, w := range words {
		dict[w] = true
	}
	if !dict[end] {
		return 0
	}
	type state struct {
		w     string
		steps int
	}
	queue := []state{{begin, 1}}
	seen := map[string]bool{begin: true}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		b := []byte(cur.w)
		for i := range b {
			orig := b[i]
			for c := byte('a'); c <= 'z'; c++ {
				b[i] = c
				nw := string(b)
				if nw == end {
					return cur.steps + 1
				}
				if dict[nw] && !seen[nw] {
					seen[nw] = true
					queue = append(queue, state{nw, cur.steps + 1})
				}
			}
			b[i] = orig
		}
	}
	return 0
}

func main() {
	words := []string{"hot", "dot", "dog", "lot", "log", "cog"}
	fmt.Println(ladder("hit", "cog", words))
	fmt.Println(ladder("hit", "cog", words[:5]))
}
