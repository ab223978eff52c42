package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
	}
	t := s[2:5]
	fmt.Println(t, len(t), cap(t))
	t[0] = 100
	fmt.Println(s[2])
	u := s[:3:3]
	u = append(u, -1)
	fmt.Println(u, s[:4])
	m := make([]string, 2, 5)
	m[1] = "b"
	fmt.Printf("%q\n", m)
	s = append(s[:1], s[8:]...)
	fmt.Println(s)
}
