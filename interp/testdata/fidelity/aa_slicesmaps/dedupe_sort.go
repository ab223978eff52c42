package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Contact struct {
	Name  string
	Email string
}

type byEmail []Contact

func (b byEmail) Len() int           { return len(b) }
func (b byEmail) Less(i, j int) bool { return b[i].Email < b[j].Email }
func (b byEmail) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func normalize(c Contact) Contact {
	c.Email = strings.ToLower(strings.TrimSpace(c.Email))
	c.Name = strings.Join(strings.Fields(c.Name), " ")
	return c
}

func main() {
	raw := []Contact{
		{"Ann  Lee", "ANN@example.com "}, {"Bob", "bob@x.org"}, {"ann lee", "ann@example.com"},
		{"Cy", "cy@x.org"}, {"Bobby", " Bob@X.org"}, {"Dee", "dee@y.net"},
	}
	cs := make([]Contact, len(raw))
	for i, c := range raw {
		cs[i] = normalize(c)
	}
	sort.Stable(byEmail(cs))
	fmt.Println(cs)
	uniq := slices.CompactFunc(slices.Clone(cs), func(a, b Contact) bool { return a.Email == b.Email })
	fmt.Println(len(uniq), uniq)
	fmt.Println(sort.IsSorted(byEmail(uniq)))
	i := sort.Search(len(uniq), func(i int) bool { return uniq[i].Email >= "cy@x.org" })
	fmt.Println("search:", i, uniq[i].Name)
	sort.Sort(sort.Reverse(byEmail(uniq)))
	fmt.Println(uniq[0].Email, uniq[len(uniq)-1].Email)

	words := strings.Fields("b a c a b d e e a")
	sort.Strings(words)
	words = slices.Compact(words)
	fmt.Println(words, sort.SearchStrings(words, "c"), sort.SearchStrings(words, "cc"))
	ints := []int{5, 2, 8, 2, 9, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.IntsAreSorted(ints))
	fl := sort.Float64Slice{2.5, -1, 3.25}
	fl.Sort()
	fmt.Println(fl, fl.Search(2.5))
}
