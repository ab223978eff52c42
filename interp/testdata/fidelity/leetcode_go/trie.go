package main

import (
	"fmt"
	"sort"
	"strings"
)

type Trie struct {
	children [26]*Trie
	end      bool
	count    int
}

func (t *Trie) Insert(word string) {
	cur := t
	for _, ch := range word {
		i := ch - 'a'
		if cur.children[i] == nil {
			cur.children[i] = new(Trie)
		}
		cur = cur.children[i]
		cur.count++
	}
	cur.end = true
}

func (t *Trie) find(prefix string) *Trie {
	cur := t
	for i := 0; i < len(prefix); i++ {
		cur = cur.children[prefix[i]-'a']
		if cur == nil {
			return nil
		}
	}
	return cur
}

func (t *Trie) Search(word string) bool {
	n := t.find(word)
	return n != nil && n.end
}

func (t *Trie) StartsWith(prefix string) bool { return t.find(prefix) != nil }

func (t *Trie) collect(prefix []byte, out *[]string) {
	if t.end {
		*out = append(*out, string(prefix))
	}
	for i, c := range t.children {
		if c != nil {
			c.collect(append(prefix, byte('a'+i)), out)
		}
	}
}

func (t *Trie) Suggest(prefix string, limit int) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	n.collect([]byte(prefix), &out)
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

func main() {
	t := &Trie{}
	words := strings.Fields("apple app application apt banana band bandana ban can cane")
	for _, w := range words {
		t.Insert(w)
	}
	for _, q := range []string{"app", "appl", "ban", "bandanas", "c"} {
		fmt.Printf("Search(%q)=%v StartsWith(%q)=%v\n", q, t.Search(q), q, t.StartsWith(q))
	}
	for _, p := range []string{"ap", "ban", "ca", "z"} {
		fmt.Printf("Suggest(%s) = %v\n", p, t.Suggest(p, 3))
	}
	if n := t.find("ban"); n != nil {
		fmt.Println("words under ban:", n.count)
	}
	sorted := append([]string(nil), words...)
	sort.Sort(sort.Reverse(sort.StringSlice(sorted)))
	fmt.Println(sorted)
}
