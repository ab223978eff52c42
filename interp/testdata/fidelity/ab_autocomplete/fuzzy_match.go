package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

type Match struct {
	Candidate string
	Score     int
	Positions []int
}

// fuzzy scores a subsequence match: consecutive runs and word starts count more.
func fuzzy(pattern, cand string) (Match, bool) {
	pr := []rune(strings.ToLower(pattern))
	cr := []rune(cand)
	m := Match{Candidate: cand}
	pi, prev := 0, -2
	for ci, r := range cr {
		if pi == len(pr) {
			break
		}
		if unicode.ToLower(r) != pr[pi] {
			continue
		}
		score := 1
		if ci == prev+1 {
			score += 5
		}
		if ci == 0 || cr[ci-1] == '_' || cr[ci-1] == '/' || (unicode.IsUpper(r) && unicode.IsLower(cr[ci-1])) {
			score += 8
		}
		m.Score += score
		m.Positions = append(m.Positions, ci)
		prev = ci
		pi++
	}
	if pi < len(pr) {
		return Match{}, false
	}
	m.Score -= len(cr) - len(pr)
	return m, true
}

func highlight(m Match) string {
	var b strings.Builder
	pos := map[int]bool{}
	for _, p := range m.Positions {
		pos[p] = true
	}
	for i, r := range []rune(m.Candidate) {
		if pos[i] {
			b.WriteString("[" + string(r) + "]")
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

type Index struct {
	items []string
	cache map[string][]Match
	hits  int
}

func (ix *Index) Search(q string, limit int) []Match {
	if ms, ok := ix.cache[q]; ok {
		ix.hits++
		return ms
	}
	var ms []Match
	for _, it := range ix.items {
		if m, ok := fuzzy(q, it); ok {
			ms = append(ms, m)
		}
	}
	slices.SortStableFunc(ms, func(a, b Match) int {
		if a.Score != b.Score {
			return b.Score - a.Score
		}
		return strings.Compare(a.Candidate, b.Candidate)
	})
	if len(ms) > limit {
		ms = ms[:limit]
	}
	if ix.cache == nil {
		ix.cache = map[string][]Match{}
	}
	ix.cache[q] = ms
	return ms
}

var files = []string{
	"cmd/gopad/main.go",
	"interp/session.go",
	"interp/rewrite/genericcopy.go",
	"interp/rewrite/pipeline.go",
	"interp/gopadrt/anykeys.go",
	"kernel/shell_socket.go",
	"kernel/heartbeat.go",
	"docs/internals.md",
	"docs/limits.md",
	"README.md",
	"getProcessInfo",
	"GetProcessID",
	"go_process_info",
}

func main() {
	ix := &Index{items: files}
	for _, q := range []string{"ses", "rwpip", "gpi", "md", "kern", "zzz", "ses", "gpi", "ipro"} {
		ms := ix.Search(q, 3)
		fmt.Printf("%-6s %d matches\n", q, len(ms))
		for _, m := range ms {
			fmt.Printf("   %4d  %s\n", m.Score, highlight(m))
		}
	}
	fmt.Println("cache hits:", ix.hits, "entries:", len(ix.cache))
	m, ok := fuzzy("ab", "xaxb")
	fmt.Printf("%+v %t\n", m, ok)
	m, ok = fuzzy("", "anything")
	fmt.Printf("%+v %t\n", m, ok)
	fmt.Printf("%v\n", ix.cache["md"][0])
}
