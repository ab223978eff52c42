package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Grade struct {
	Student string
	Course  string
	Score   int
}

func ParseGrades(text string) iter.Seq2[int, Grade] {
	return func(yield func(int, Grade) bool) {
		n := 0
		for line := range strings.Lines(text) {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			parts := slices.Collect(strings.SplitSeq(line, ","))
			if len(parts) != 3 {
				continue
			}
			var score int
			fmt.Sscan(parts[2], &score)
			if !yield(n, Grade{strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1]), score}) {
				return
			}
			n++
		}
	}
}

func GroupBy[T any, K comparable](seq iter.Seq[T], key func(T) K) map[K][]T {
	out := map[K][]T{}
	for v := range seq {
		k := key(v)
		out[k] = append(out[k], v)
	}
	return out
}

func Values2[K, V any](seq iter.Seq2[K, V]) iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, v := range seq {
			if !yield(v) {
				return
			}
		}
	}
}

const data = `# student,course,score
ann, math, 91
bob, math, 78
ann, art, 85
bad line
cy, math, 99
bob, art, 88
`

func main() {
	for i, g := range ParseGrades(data) {
		fmt.Printf("%d %+v\n", i, g)
		if i == 1 {
			break
		}
	}
	byStudent := GroupBy(Values2(ParseGrades(data)), func(g Grade) string { return g.Student })
	for _, s := range slices.Sorted(maps.Keys(byStudent)) {
		total := 0
		for _, g := range byStudent[s] {
			total += g.Score
		}
		fmt.Printf("%s avg %.1f over %d\n", s, float64(total)/float64(len(byStudent[s])), len(byStudent[s]))
	}
	best := slices.MaxFunc(slices.Collect(Values2(ParseGrades(data))), func(a, b Grade) int { return a.Score - b.Score })
	fmt.Println("best:", best)
	for chunk := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Print(chunk, len(chunk), cap(chunk), " ")
	}
	fmt.Println()
	words := slices.Collect(strings.FieldsSeq("  the  quick brown   fox "))
	fmt.Printf("%q\n", words)
	idx := maps.Collect(slices.All(words))
	fmt.Println(idx, len(idx))
	inv := map[string]int{}
	maps.Insert(inv, func(yield func(string, int) bool) {
		for i, w := range words {
			if !yield(w, i) {
				return
			}
		}
	})
	fmt.Println(inv)
	back := slices.Collect(Values2(slices.Backward(words)))
	fmt.Println(back, slices.Index(back, "fox"))
	for i, v := range slices.Backward([]string{"x", "y"}) {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	sortedVals := slices.Sorted(maps.Values(map[string]int{"a": 3, "b": 1, "c": 2}))
	fmt.Println(sortedVals, slices.Repeat([]string{"ab"}, 3))
}
