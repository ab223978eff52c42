package main

import "fmt"

func ladderLength(begin, end string, wordList []string) (int, []string) {
	dict := make(map[string]bool, len(wordList))
	for _, w := range wordList {
		dict[w] = true
	}
	if !dict[end] {
		return 0, nil
	}
	parent := map[string]string{begin: ""}
	queue := []string{begin}
	for steps := 1; len(queue) > 0; steps++ {
		var next []string
		for _, w := range queue {
			if w == end {
				var path []string
				for cur := end; cur != ""; cur = parent[cur] {
					path = append([]string{cur}, path...)
				}
				return steps, path
			}
			b := []byte(w)
			for i := range b {
				orig := b[i]
				for c := byte('a'); c <= 'z'; c++ {
					if c == orig {
						continue
					}
					b[i] = c
					cand := string(b)
					if _, seen := parent[cand]; dict[cand] && !seen {
						parent[cand] = w
						next = append(next, cand)
					}
				}
				b[i] = orig
			}
		}
		queue = next
	}
	return 0, nil
}

func main() {
	words := []string{"hot", "dot", "dog", "lot", "log", "cog"}
	n, path := ladderLength("hit", "cog", words)
	fmt.Println(n, path)
	n, path = ladderLength("hit", "cog", words[:5])
	fmt.Println(n, path, path == nil)
	n, path = ladderLength("cold", "warm", []string{"cord", "card", "ward", "warm", "worm", "word", "wore", "core", "corm"})
	fmt.Printf("%d %q\n", n, path)
}
