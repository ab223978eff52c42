package main

import (
	"fmt"
	"slices"
)

type Stack struct{ data []int }

func (s Stack) PushValue(v int) Stack { s.data = append(s.data, v); return s }
func (s *Stack) Push(v int)           { s.data = append(s.data, v) }

func appendAll(dst []int, more ...int) []int { return append(dst, more...) }

func modify(xs []int) {
	xs[0] = 100
	xs = append(xs, 999)
	xs[1] = 200
}

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a, b, a[3] == b[3])

	small := []int{1, 2, 3}
	c := append(small, 4)
	d := append(small, 5)
	c[0] = -1
	fmt.Println(small, c, d)

	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:3]
	s = append(s, 40)
	fmt.Println(arr, s, len(s))
	full := arr[1:3:3]
	full = append(full, 50)
	full[0] = 20
	fmt.Println(arr, full)

	xs := []int{1, 2, 3}
	modify(xs)
	fmt.Println(xs)
	ys := make([]int, 2, 5)
	modify(ys)
	fmt.Println(ys, ys[:3])

	var st Stack
	st2 := st.PushValue(1)
	st.Push(2)
	fmt.Println(st.data, st2.data)

	grid := make([][]int, 3)
	row := make([]int, 3)
	for i := range grid {
		grid[i] = row
	}
	grid[0][0] = 7
	fmt.Println(grid)

	orig := []string{"a", "b", "c", "d", "e"}
	cut := slices.Delete(slices.Clone(orig), 1, 3)
	ins := slices.Insert(orig[:2], 1, "X")
	fmt.Println(cut, ins, orig)

	m := map[string][]int{}
	m["k"] = append(m["k"], 1)
	v := m["k"]
	v = append(v, 2)
	fmt.Println(m, v)

	p := &arr
	for i, x := range p {
		p[len(p)-1-i] = x
	}
	fmt.Println(arr)
	copy(arr[1:], arr[:])
	fmt.Println(arr, appendAll(nil), appendAll(nil, 1, 2) != nil)
	q := slices.Repeat([]int{0}, 3)
	q2 := q[:0]
	for _, x := range []int{9, 8} {
		q2 = append(q2, x)
	}
	fmt.Println(q, q2, slices.Equal(q[:2], q2))
}
