package main

import (
	"fmt"
	"strings"
)

func modify(s []int) {
	s[0] = 999
}

func grow(s []int) []int {
	return append(s, 4)
}

func reset(m map[string]int) {
	m["reset"] = 1
	m = map[string]int{}
	m["lost"] = 1
}

func main() {
	nums := []int{1, 2, 3}
	modify(nums)
	fmt.Println(nums)
	more := grow(nums)
	fmt.Println(nums, more, len(nums), len(more))

	src := []string{"a", "b", "c", "d"}
	dst := make([]string, 2)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	bs := make([]byte, 5)
	n = copy(bs, "hello world")
	fmt.Println(n, string(bs))

	m := map[string]int{"a": 1}
	reset(m)
	fmt.Println(m)

	s := make([]int, 3, 10)
	t := s[:5]
	t[4] = 7
	fmt.Println(len(s), cap(s), len(t), cap(t), t)
	u := s[1:2:3]
	fmt.Println(len(u), cap(u))
	u = append(u, 50)
	fmt.Println(s[:3], t)
	u = append(u, 60)
	u[0] = -1
	fmt.Println(s[:3], u)

	var nilSlice []int
	empty := []int{}
	fmt.Println(nilSlice == nil, empty == nil, len(nilSlice), len(empty))
	fmt.Printf("%v %v %d %q\n", nilSlice, empty, len(append(nilSlice, empty...)), strings.Fields(""))
	for i := range nilSlice {
		fmt.Println("never", i)
	}
	nilSlice = append(nilSlice, 1, 2, 3)
	fmt.Println(nilSlice)

	stack := []int{}
	for i := 0; i < 5; i++ {
		stack = append(stack, i*i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println()

	q := []string{"x", "y", "z"}
	q = append(q[:1], q[2:]...)
	fmt.Println(q, len(q))
	ins := []int{1, 2, 5}
	ins = append(ins[:2], append([]int{3, 4}, ins[2:]...)...)
	fmt.Println(ins)
	filtered := ins[:0]
	for _, v := range ins {
		if v%2 == 1 {
			filtered = append(filtered, v)
		}
	}
	fmt.Println(filtered, ins[:len(filtered)])
	twoD := make([][]int, 3)
	for i := range twoD {
		twoD[i] = make([]int, i+1)
		for j := range twoD[i] {
			twoD[i][j] = i + j
		}
	}
	fmt.Println(twoD)
	var sb strings.Builder
	for i, row := range twoD {
		fmt.Fprintf(&sb, "%d:%v;", i, row)
	}
	fmt.Println(sb.String())
	full := []int{1, 2, 3, 4, 5}
	clear(full[1:3])
	fmt.Println(full, min(len(full), 3), max(len(full), 9))
	r := []rune("héllo")
	r[1] = 'e'
	fmt.Println(string(r), len(r), len("héllo"))
}
