package main

import (
	"fmt"
	"sort"
)

type SegTree struct {
	n    int
	tree []int
}

func NewSegTree(a []int) *SegTree {
	n := 1
	for n < len(a) {
		n <<= 1
	}
	t := &SegTree{n: n, tree: make([]int, 2*n)}
	copy(t.tree[n:], a)
	for i := n - 1; i >= 1; i-- {
		t.tree[i] = t.tree[2*i] + t.tree[2*i+1]
	}
	return t
}

func (t *SegTree) Update(i, v int) {
	i += t.n
	t.tree[i] = v
	for i >>= 1; i >= 1; i >>= 1 {
		t.tree[i] = t.tree[2*i] + t.tree[2*i+1]
	}
}

// Sum returns the sum over [l, r).
func (t *SegTree) Sum(l, r int) int {
	s := 0
	for l, r = l+t.n, r+t.n; l < r; l, r = l>>1, r>>1 {
		if l&1 == 1 {
			s += t.tree[l]
			l++
		}
		if r&1 == 1 {
			r--
			s += t.tree[r]
		}
	}
	return s
}

type Interval struct{ Start, End int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d]", iv.Start, iv.End) }

func merge(in []Interval) []Interval {
	if len(in) == 0 {
		return nil
	}
	s := append([]Interval(nil), in...)
	sort.Slice(s, func(i, j int) bool { return s[i].Start < s[j].Start })
	out := []Interval{s[0]}
	for _, iv := range s[1:] {
		last := &out[len(out)-1]
		if iv.Start <= last.End {
			if iv.End > last.End {
				last.End = iv.End
			}
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func insert(in []Interval, nw Interval) []Interval {
	return merge(append(in, nw))
}

func coverage(in []Interval) int {
	total := 0
	for _, iv := range merge(in) {
		total += iv.End - iv.Start
	}
	return total
}

func main() {
	a := []int{5, 8, 6, 3, 2, 7, 2, 6}
	st := NewSegTree(a)
	fmt.Println("tree:", st.tree)
	queries := [][2]int{{0, 8}, {1, 4}, {3, 3}, {2, 7}, {7, 8}}
	for _, q := range queries {
		fmt.Printf("sum[%d,%d) = %d\n", q[0], q[1], st.Sum(q[0], q[1]))
	}
	st.Update(3, 10)
	st.Update(0, -5)
	fmt.Println("after updates:", st.Sum(0, 8), st.Sum(2, 5))

	odd := NewSegTree([]int{1, 2, 3, 4, 5})
	fmt.Println("n =", odd.n, "sum all =", odd.Sum(0, 5), "len tree =", len(odd.tree))

	ivs := []Interval{{1, 3}, {8, 10}, {2, 6}, {15, 18}, {17, 20}, {6, 7}}
	m := merge(ivs)
	fmt.Println("merged:", m)
	fmt.Println("original untouched:", ivs)
	fmt.Println("insert [9,16]:", insert(m, Interval{9, 16}))
	fmt.Println("coverage:", coverage(ivs))
	fmt.Println(merge(nil) == nil, len(merge([]Interval{{4, 4}})))
}
