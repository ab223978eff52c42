// IntSet in the style of gopl.io/ch6/intset, with exercises 6.1-6.5.
package main

import (
	"bytes"
	"fmt"
)

const wordSize = 32 << (^uint(0) >> 63)

// An IntSet is a set of small non-negative integers.
type IntSet struct {
	words []uint
}

func (s *IntSet) Has(x int) bool {
	word, bit := x/wordSize, uint(x%wordSize)
	return word < len(s.words) && s.words[word]&(1<<bit) != 0
}

func (s *IntSet) Add(x int) {
	word, bit := x/wordSize, uint(x%wordSize)
	for word >= len(s.words) {
		s.words = append(s.words, 0)
	}
	s.words[word] |= 1 << bit
}

func (s *IntSet) AddAll(xs ...int) {
	for _, x := range xs {
		s.Add(x)
	}
}

func (s *IntSet) UnionWith(t *IntSet) {
	for i, tword := range t.words {
		if i < len(s.words) {
			s.words[i] |= tword
		} else {
			s.words = append(s.words, tword)
		}
	}
}

func (s *IntSet) IntersectWith(t *IntSet) {
	for i := range s.words {
		if i < len(t.words) {
			s.words[i] &= t.words[i]
		} else {
			s.words[i] = 0
		}
	}
}

func (s *IntSet) Len() int {
	n := 0
	for _, w := range s.words {
		for w != 0 {
			w &= w - 1
			n++
		}
	}
	return n
}

func (s *IntSet) Remove(x int) {
	word, bit := x/wordSize, uint(x%wordSize)
	if word < len(s.words) {
		s.words[word] &^= 1 << bit
	}
}

func (s *IntSet) Copy() *IntSet {
	return &IntSet{words: append([]uint(nil), s.words...)}
}

func (s *IntSet) Elems() []int {
	var out []int
	for i, w := range s.words {
		for j := 0; j < wordSize; j++ {
			if w&(1<<uint(j)) != 0 {
				out = append(out, i*wordSize+j)
			}
		}
	}
	return out
}

// String returns the set as a string of the form "{1 2 3}".
func (s *IntSet) String() string {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, e := range s.Elems() {
		if i > 0 {
			buf.WriteByte(' ')
		}
		fmt.Fprintf(&buf, "%d", e)
	}
	buf.WriteByte('}')
	return buf.String()
}

func main() {
	var x, y IntSet
	x.Add(1)
	x.Add(144)
	x.Add(9)
	fmt.Println(x.String())
	y.Add(9)
	y.Add(42)
	fmt.Println(y.String())
	x.UnionWith(&y)
	fmt.Println(x.String())
	fmt.Println(x.Has(9), x.Has(123))

	fmt.Println(&x)
	fmt.Println(x.String())
	fmt.Println(x) // a famous gotcha: the value has no String method

	z := x.Copy()
	z.Remove(144)
	z.AddAll(1000, 3, 64)
	fmt.Println(z, z.Len(), x.Len())
	z.IntersectWith(&y)
	fmt.Println(z, z.Elems())
	var empty IntSet
	fmt.Println(&empty, empty.Len(), empty.Has(0))
	fmt.Printf("%v %s %d\n", &y, &y, wordSize)
	sets := []*IntSet{&x, &y, z}
	fmt.Println(sets)
}
