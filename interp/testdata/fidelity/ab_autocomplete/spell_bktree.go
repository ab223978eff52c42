package main

import (
	"fmt"
	"sort"
	"strings"
)

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

type Metric func(a, b string) int

type BKTree struct {
	word     string
	children map[int]*BKTree
	dist     Metric
	freq     int
}

func (t *BKTree) Add(w string) {
	if t.word == "" {
		t.word, t.freq = w, 1
		return
	}
	for n := t; ; {
		d := n.dist(w, n.word)
		if d == 0 {
			n.freq++
			return
		}
		c, ok := n.children[d]
		if !ok {
			if n.children == nil {
				n.children = map[int]*BKTree{}
			}
			n.children[d] = &BKTree{word: w, dist: n.dist, freq: 1}
			return
		}
		n = c
	}
}

type Candidate struct {
	Word       string
	Dist, Freq int
}

func (t *BKTree) Search(w string, tol int, visited *int) []Candidate {
	var out []Candidate
	stack := []*BKTree{t}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		*visited++
		d := n.dist(w, n.word)
		if d <= tol {
			out = append(out, Candidate{n.word, d, n.freq})
		}
		for cd, c := range n.children {
			if cd >= d-tol && cd <= d+tol {
				stack = append(stack, c)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Dist != b.Dist {
			return a.Dist < b.Dist
		}
		if a.Freq != b.Freq {
			return a.Freq > b.Freq
		}
		return a.Word < b.Word
	})
	return out
}

const text = `the quick brown fox jumps over the lazy dog the dog sleeps while the fox
runs through the forest the forest is quiet and the night is long quick thinking
saves the day for the brown fox who jumps higher than the lazy dog ever could`

func main() {
	tree := &BKTree{dist: levenshtein}
	words := strings.Fields(text)
	for _, w := range words {
		tree.Add(w)
	}
	fmt.Println(len(words), "words; root", tree.word, "children", len(tree.children))
	for _, typo := range []string{"teh", "quik", "forrest", "dgo", "jumsp", "zzzzzz", "lazy", "nigth", "ünïght"} {
		visited := 0
		cands := tree.Search(typo, 2, &visited)
		if len(cands) > 3 {
			cands = cands[:3]
		}
		best := "?"
		if len(cands) > 0 && cands[0].Dist > 0 {
			best = cands[0].Word
		} else if len(cands) > 0 {
			best = "(correct)"
		}
		fmt.Printf("%-8s -> %-10s visited %2d %v\n", typo, best, visited, cands)
	}
	pairs := [][2]string{{"kitten", "sitting"}, {"", "abc"}, {"flaw", "lawn"}, {"gopher", "gopher"}, {"naïve", "naive"}}
	for _, p := range pairs {
		fmt.Printf("d(%q,%q)=%d ", p[0], p[1], levenshtein(p[0], p[1]))
	}
	fmt.Println()
	fmt.Printf("%+v\n", tree.Search("fox", 0, new(int)))
}
