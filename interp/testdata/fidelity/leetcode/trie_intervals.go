package main

import (
	"fmt"
	"sort"
	"strings"
)

type Trie struct {
	children [26]*Trie
	isEnd    bool
}

func Constructor() Trie {
	return Trie{}
}

func (t *Trie) Insert(word string) {
	node := t
	for _, ch := range word {
		i := ch - 'a'
		if node.children[i] == nil {
			node.children[i] = &Trie{}
		}
		node = node.children[i]
	}
	node.isEnd = true
}

func (t *Trie) find(prefix string) *Trie {
	node := t
	for _, ch := range prefix {
		node = node.children[ch-'a']
		if node == nil {
			return nil
		}
	}
	return node
}

func (t *Trie) Search(word string) bool {
	n := t.find(word)
	return n != nil && n.isEnd
}

func (t *Trie) StartsWith(prefix string) bool {
	return t.find(prefix) != nil
}

func (t *Trie) Collect(prefix string) []string {
	var out []string
	var dfs func(n *Trie, path []byte)
	dfs = func(n *Trie, path []byte) {
		if n.isEnd {
			out = append(out, string(path))
		}
		for i, c := range n.children {
			if c != nil {
				dfs(c, append(path, byte('a'+i)))
			}
		}
	}
	if n := t.find(prefix); n != nil {
		dfs(n, []byte(prefix))
	}
	return out
}

func merge(intervals [][]int) [][]int {
	sort.Slice(intervals, func(i, j int) bool { return intervals[i][0] < intervals[j][0] })
	var res [][]int
	for _, iv := range intervals {
		if n := len(res); n > 0 && iv[0] <= res[n-1][1] {
			res[n-1][1] = max(res[n-1][1], iv[1])
		} else {
			res = append(res, []int{iv[0], iv[1]})
		}
	}
	return res
}

func eraseOverlapIntervals(intervals [][]int) int {
	sort.Slice(intervals, func(i, j int) bool { return intervals[i][1] < intervals[j][1] })
	removed, end := 0, -1<<31
	for _, iv := range intervals {
		if iv[0] >= end {
			end = iv[1]
		} else {
			removed++
		}
	}
	return removed
}

type Meeting struct {
	Start, End int
	Title      string
}

func minRooms(ms []Meeting) int {
	starts := make([]int, len(ms))
	ends := make([]int, len(ms))
	for i, m := range ms {
		starts[i], ends[i] = m.Start, m.End
	}
	sort.Ints(starts)
	sort.Ints(ends)
	rooms, best, j := 0, 0, 0
	for i := range starts {
		for j < len(ends) && ends[j] <= starts[i] {
			j++
			rooms--
		}
		rooms++
		best = max(best, rooms)
	}
	return best
}

func main() {
	trie := Constructor()
	for _, w := range strings.Fields("apple app apply ape banana band bandana") {
		trie.Insert(w)
	}
	fmt.Println(trie.Search("apple"), trie.Search("appl"), trie.StartsWith("appl"), trie.StartsWith("cat"))
	fmt.Println(trie.Collect("ap"))
	fmt.Println(trie.Collect("band"))
	fmt.Println(trie.Collect("z"))

	fmt.Println(merge([][]int{{1, 3}, {2, 6}, {8, 10}, {15, 18}}))
	fmt.Println(merge([][]int{{1, 4}, {4, 5}}))
	fmt.Println(merge([][]int{{5, 7}, {1, 2}, {2, 4}, {6, 9}}))
	fmt.Println(eraseOverlapIntervals([][]int{{1, 2}, {2, 3}, {3, 4}, {1, 3}}))
	fmt.Println(eraseOverlapIntervals([][]int{{1, 2}, {1, 2}, {1, 2}}))

	meetings := []Meeting{{9, 10, "standup"}, {9, 12, "design"}, {11, 13, "lunch"}, {10, 11, "1:1"}, {12, 14, "review"}}
	fmt.Println("rooms:", minRooms(meetings))
	sort.SliceStable(meetings, func(i, j int) bool { return meetings[i].End-meetings[i].Start < meetings[j].End-meetings[j].Start })
	for _, m := range meetings {
		fmt.Printf("%-8s %02d:00-%02d:00\n", m.Title, m.Start, m.End)
	}
}
