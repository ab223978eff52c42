package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

type Genre int

const (
	Fiction Genre = iota + 1
	Science
	History
	Poetry
)

var genreNames = [...]string{Fiction: "fiction", Science: "science", History: "history", Poetry: "poetry"}

func (g Genre) String() string {
	if g <= 0 || int(g) >= len(genreNames) {
		return fmt.Sprintf("Genre(%d)", int(g))
	}
	return genreNames[g]
}

type Item struct {
	Title string
	Year  int
	Genre Genre
	Tags  []string
}

type Query struct {
	Words []string
	Genre Genre
	After int
}

func normalize(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

func parseQuery(q string) Query {
	var out Query
	for _, f := range strings.Fields(q) {
		if k, v, ok := strings.Cut(f, ":"); ok {
			switch k {
			case "genre":
				for i, n := range genreNames {
					if strings.EqualFold(n, v) {
						out.Genre = Genre(i)
					}
				}
			case "after":
				fmt.Sscanf(v, "%d", &out.After)
			}
			continue
		}
		out.Words = append(out.Words, normalize(f))
	}
	return out
}

func (q Query) Match(it Item) bool {
	if q.Genre != 0 && it.Genre != q.Genre || it.Year <= q.After {
		return false
	}
	title := strings.Fields(normalize(it.Title))
	for _, w := range q.Words {
		if !slices.Contains(title, w) && !slices.Contains(it.Tags, w) {
			return false
		}
	}
	return true
}

func main() {
	items := []Item{
		{"Dune", 1965, Fiction, []string{"desert", "classic"}},
		{"A Brief History of Time", 1988, Science, []string{"cosmos"}},
		{"The Guns of August", 1962, History, []string{"war"}},
		{"Leaves of Grass", 1855, Poetry, []string{"classic"}},
		{"Cosmos", 1980, Science, []string{"cosmos", "classic"}},
		{"War and Peace", 1869, Fiction, []string{"war", "classic"}},
	}
	for _, q := range []string{"classic", "genre:Science cosmos", "war after:1900", "time!", "genre:POETRY", "genre:none"} {
		pq := parseQuery(q)
		var hits []string
		for _, it := range items {
			if pq.Match(it) {
				hits = append(hits, fmt.Sprintf("%s (%d, %v)", it.Title, it.Year, it.Genre))
			}
		}
		fmt.Printf("%-22q %+v -> %d\n", q, pq, len(hits))
		for _, h := range hits {
			fmt.Println("   ", h)
		}
	}
	byGenre := map[Genre][]string{}
	for _, it := range items {
		byGenre[it.Genre] = append(byGenre[it.Genre], it.Title)
	}
	fmt.Println(byGenre)
	fmt.Println(Genre(9), Genre(0), []Genre{Poetry, History})
	slices.SortFunc(items, func(a, b Item) int { return a.Year - b.Year })
	fmt.Println(items[0].Title, items[len(items)-1].Title)
}
