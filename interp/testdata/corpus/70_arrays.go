package main

import "fmt"

func modify(a [3]int) { a[0] = 100 }

func modifyPtr(a *[3]int) { a[0] = 100 }

func main() {
	var a [5]int
	a[2] = 7
	fmt.Println(a, len(a))
	b := [...]string{"x", "y", "z"}
	fmt.Println(len(b), b)
	c := [3]int{1, 2, 3}
	d := c
	d[0] = 9
	fmt.Println(c, d, c == [3]int{1, 2, 3})
	modify(c)
	fmt.Println(c)
	modifyPtr(&c)
	fmt.Println(c)
	s := c[1:]
	s[0] = 50
	fmt.Println(c, s)
	idx := [5]int{1: 10, 3: 30}
	fmt.Println(idx)
	for i, v := range idx {
		if v != 0 {
			fmt.Println(i, v)
		}
	}
	counts := [26]int{}
	for _, r := range "hello" {
		counts[r-'a']++
	}
	fmt.Println(counts['l'-'a'])
}
