package main

import (
	"fmt"
	"sort"
	"strings"
)

type runeSlice []rune

func (r runeSlice) Len() int           { return len(r) }
func (r runeSlice) Less(i, j int) bool { return r[i] < r[j] }
func (r runeSlice) Swap(i, j int)      { r[i], r[j] = r[j], r[i] }

func signature(w string) string {
	r := runeSlice(strings.ToLower(w))
	sort.Sort(r)
	return string(r)
}

func groupAnagrams(words []string) [][]string {
	groups := map[string][]string{}
	for _, w := range words {
		key := signature(w)
		groups[key] = append(groups[key], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	result := make([][]string, 0, len(keys))
	for _, k := range keys {
		g := groups[k]
		sort.Strings(g)
		result = append(result, g)
	}
	sort.SliceStable(result, func(i, j int) bool { return len(result[i]) > len(result[j]) })
	return result
}

func countKey(w string) [26]int {
	var c [26]int
	for _, ch := range w {
		if ch >= 'a' && ch <= 'z' {
			c[ch-'a']++
		}
	}
	return c
}

func main() {
	words := []string{"eat", "tea", "tan", "ate", "nat", "bat", "listen", "silent", "enlist", "google", "Inlets", "banana"}
	groups := groupAnagrams(words)
	for i, g := range groups {
		fmt.Printf("%d. %-28v key=%s\n", i+1, g, signature(g[0]))
	}
	byCount := map[[26]int][]string{}
	for _, w := range []string{"abc", "cab", "bca", "xyz", "zyx", "aab"} {
		k := countKey(w)
		byCount[k] = append(byCount[k], w)
	}
	var sizes []string
	for k, v := range byCount {
		sizes = append(sizes, fmt.Sprintf("%s:%d", strings.Join(v, "/"), k[0]))
	}
	sort.Strings(sizes)
	fmt.Println(sizes)
	fmt.Println(signature("Dormitory") == signature("dirtyroom"))
	fmt.Printf("%q\n", signature("Hello, World"))
}
