package main

import (
	"fmt"
	"strings"
)

type Iterator interface {
	Next() bool
	Value() int
}

type rangeIter struct {
	cur, end, step int
	started        bool
}

func Range(start, end, step int) Iterator {
	return &rangeIter{cur: start, end: end, step: step}
}

func (r *rangeIter) Next() bool {
	if r.started {
		r.cur += r.step
	}
	r.started = true
	return r.cur < r.end
}
func (r *rangeIter) Value() int { return r.cur }

type filterIter struct {
	Iterator
	pred func(int) bool
}

func (f *filterIter) Next() bool {
	for f.Iterator.Next() {
		if f.pred(f.Value()) {
			return true
		}
	}
	return false
}

type mapIter struct {
	src Iterator
	fn  func(int) int
}

func (m mapIter) Next() bool { return m.src.Next() }
func (m mapIter) Value() int { return m.fn(m.src.Value()) }

type takeIter struct {
	Iterator
	n int
}

func (t *takeIter) Next() bool {
	if t.n <= 0 {
		return false
	}
	t.n--
	return t.Iterator.Next()
}

type sliceIter struct {
	s []int
	i int
}

func (s *sliceIter) Next() bool { s.i++; return s.i <= len(s.s) }
func (s *sliceIter) Value() int { return s.s[s.i-1] }

func collect(it Iterator) []int {
	var out []int
	for it.Next() {
		out = append(out, it.Value())
	}
	return out
}

func sum(it Iterator) (total int) {
	for it.Next() {
		total += it.Value()
	}
	return
}

type fib struct{ a, b int }

func (f *fib) Next() bool { f.a, f.b = f.b, f.a+f.b; return true }
func (f *fib) Value() int { return f.a }

func main() {
	fmt.Println(collect(Range(0, 10, 1)))
	fmt.Println(collect(Range(3, 30, 7)))
	even := &filterIter{Range(0, 20, 1), func(n int) bool { return n%2 == 0 }}
	fmt.Println(collect(even))
	sq := mapIter{Range(1, 6, 1), func(n int) int { return n * n }}
	fmt.Println(collect(sq), sum(mapIter{Range(1, 6, 1), func(n int) int { return n * n }}))
	fmt.Println(collect(&takeIter{&fib{0, 1}, 12}))
	oddFib := &filterIter{&fib{0, 1}, func(n int) bool { return n%2 == 1 }}
	fmt.Println(collect(&takeIter{oddFib, 8}))
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	lens := make([]int, len(words))
	for i, w := range words {
		lens[i] = len(w)
	}
	fmt.Println(collect(&filterIter{&sliceIter{s: lens}, func(n int) bool { return n > 3 }}))
	var it Iterator = &takeIter{Range(0, 100, 5), 3}
	if t, ok := it.(*takeIter); ok {
		fmt.Println("take left", t.n)
	}
	fmt.Println(collect(it), sum(Range(0, 101, 1)))
}
