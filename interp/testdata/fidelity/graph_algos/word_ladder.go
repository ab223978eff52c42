package main

import "fmt"

func neighbors(w string, dict map[string]bool) []string {
	var out []string
	b := []byte(w)
	for i := range b {
		orig := b[i]
		for c := byte('a'); c <= 'z'; c++ {
			if c == orig {
				continue
			}
			b[i] = c
			if dict[string(b)] {
				out = append(out, string(b))
			}
		}
		b[i] = orig
	}
	return out
}

func ladder(from, to string, words []string) []string {
	dict := map[string]bool{}
	for _, w := range words {
		dict[w] = true
	}
	if !dict[to] {
		return nil
	}
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		w := queue[0]
		queue = queue[1:]
		if w == to {
			var path []string
			for ; w != ""; w = prev[w] {
				path = append([]string{w}, path...)
			}
			return path
		}
		for _, n := range neighbors(w, dict) {
			if _, ok := prev[n]; !ok {
				prev[n] = w
				queue = append(queue, n)
			}
		}
	}
	return nil
}

func main() {
	words := []string{"hot", "dot", "dog", "lot", "log", "cog", "cot", "cat", "hat"}

	fmt.Println(ladder("hit", "cog", words))
	fmt.Println(ladder("cat", "dog", words))
	fmt.Println(ladder("hit", "xyz", words))
	p := ladder("hot", "hot", words)
	fmt.Println(p, len(p))
}
