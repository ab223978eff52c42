package main

import "fmt"

type Path []int

func (p Path) With(n int) Path { return append(p, n) }

func extend(base []int, extra ...int) []int {
	return append(base[:len(base):len(base)], extra...)
}

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(a), cap(b))

	p := Path{1, 2}
	p = append(p, 3) // cap now 4
	x := p.With(10)
	y := p.With(20)
	fmt.Println(x, y) // shared backing array

	safe1 := extend(p, 10)
	safe2 := extend(p, 20)
	fmt.Println(safe1, safe2)

	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	t = append(t, 99)
	fmt.Println(s, t, len(t), cap(t))
	u := s[1:2:2]
	u = append(u, 77)
	fmt.Println(s, u)

	copy(s[1:], s)
	fmt.Println(s)
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	arr2 := arr
	sl[0] = 100
	fmt.Println(arr, arr2, sl)
	for i, v := range arr {
		arr[2] = 50
		if i == 2 {
			fmt.Println("range copy sees", v)
		}
	}
	for i, v := range sl {
		sl[2] = 60
		if i == 2 {
			fmt.Println("range slice sees", v)
		}
	}
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	fmt.Println(m, len(m["zz"]))
	grid := make([][]int, 2)
	row := make([]int, 2)
	for i := range grid {
		grid[i] = row
	}
	grid[0][0] = 7
	fmt.Println(grid)
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), append(nilS, 1), nilS[:0] == nil)
}
