package main

import (
	"fmt"
	"sort"
	"strings"
)

// Methods on any named type: slices, funcs, maps, ints.
type Sequence []int

func (s Sequence) Len() int           { return len(s) }
func (s Sequence) Less(i, j int) bool { return s[i] < s[j] }
func (s Sequence) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func (s Sequence) Copy() Sequence {
	c := make(Sequence, 0, len(s))
	return append(c, s...)
}

func (s Sequence) String() string {
	s = s.Copy()
	sort.Sort(s)
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = fmt.Sprint(v)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(req string) string { return "<" + f(req) + ">" }

type Server interface{ Serve(string) string }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Counter map[string]int

func (c Counter) Add(word string) { c[word]++ }
func (c Counter) Top() (string, int) {
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	best, n := "", 0
	for _, k := range keys {
		if c[k] > n {
			best, n = k, c[k]
		}
	}
	return best, n
}

func main() {
	seq := Sequence{5, 2, 9, 1, 7}
	fmt.Println(seq)
	fmt.Printf("%v %s len=%d\n", seq, seq, seq.Len())
	fmt.Println("original untouched:", []int(seq))

	servers := []Server{
		HandlerFunc(strings.ToUpper),
		HandlerFunc(func(s string) string { return strings.Repeat(s, 2) }),
	}
	for i, s := range servers {
		fmt.Println(i, s.Serve("go"))
	}

	temps := []Celsius{21.5, -3, 100}
	for _, t := range temps {
		fmt.Println("temp:", t)
	}
	fmt.Printf("%v and %.2f\n", temps[0], float64(temps[1]))

	c := Counter{}
	for _, w := range strings.Fields("the cat and the hat and the bat") {
		c.Add(w)
	}
	w, n := c.Top()
	fmt.Printf("top word %q appears %d times\n", w, n)
}
