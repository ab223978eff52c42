package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func wordFreq(text string) map[string]int {
	freq := make(map[string]int)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,;!?")
		if w != "" {
			freq[w]++
		}
	}
	return freq
}

func main() {
	text := `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness.`
	freq := wordFreq(text)

	keys := slices.Sorted(maps.Keys(freq))
	for _, k := range keys {
		fmt.Printf("%-12s %d\n", k, freq[k])
	}

	vals := slices.Sorted(maps.Values(freq))
	fmt.Println("values:", vals)

	byCount := slices.SortedFunc(maps.Keys(freq), func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return strings.Compare(a, b)
	})
	fmt.Println("top 3:", byCount[:3])

	cp := maps.Clone(freq)
	maps.DeleteFunc(cp, func(k string, v int) bool { return v < 2 })
	fmt.Println("frequent:", slices.Sorted(maps.Keys(cp)))
	fmt.Println("equal after delete:", maps.Equal(cp, freq))

	squares := maps.Collect(func(yield func(int, int) bool) {
		for i := 1; i <= 5; i++ {
			if !yield(i, i*i) {
				return
			}
		}
	})
	fmt.Println(squares)

	inverse := make(map[int][]string)
	for k, v := range maps.All(freq) {
		inverse[v] = append(inverse[v], k)
	}
	for _, n := range slices.Backward(slices.Sorted(maps.Keys(inverse))) {
		ws := inverse[n]
		slices.Sort(ws)
		fmt.Println(n, strings.Join(ws, ","))
	}

	extra := map[string]int{"zebra": 1, "the": 100}
	maps.Copy(cp, extra)
	fmt.Println(cp)

	m2 := maps.Collect(maps.All(extra))
	fmt.Println(len(m2), m2["the"])

	letters := map[rune]bool{}
	for _, r := range "mississippi" {
		letters[r] = true
	}
	fmt.Println(string(slices.Sorted(maps.Keys(letters))))

	same := maps.EqualFunc(map[string]int{"a": 1}, map[string]string{"a": "1"}, func(x int, y string) bool {
		return fmt.Sprint(x) == y
	})
	fmt.Println("equal func:", same)
	m3 := maps.Collect(slices.All([]string{"x", "y", "z"}))
	fmt.Println(m3)
	inserted := map[int]string{}
	maps.Insert(inserted, slices.All([]string{"p", "q"}))
	fmt.Println(inserted)
}
