package main

import (
	"bytes"
	"fmt"
	"regexp"
)

// From "Go Slices: usage and internals".

func AppendByte(slice []byte, data ...byte) []byte {
	m := len(slice)
	n := m + len(data)
	if n > cap(slice) {
		newSlice := make([]byte, (n+1)*2)
		copy(newSlice, slice)
		slice = newSlice
	}
	slice = slice[0:n]
	copy(slice[m:n], data)
	return slice
}

func Filter(s []int, fn func(int) bool) []int {
	var p []int
	for _, v := range s {
		if fn(v) {
			p = append(p, v)
		}
	}
	return p
}

var digitRegexp = regexp.MustCompile("[0-9]+")

func CopyDigits(content []byte) []byte {
	b := digitRegexp.Find(content)
	c := make([]byte, len(b))
	copy(c, b)
	return c
}

func main() {
	var a [4]int
	a[0] = 1
	i := a[0]
	fmt.Println(i, a, len(a))
	b := [2]string{"Penn", "Teller"}
	c := [...]string{"Penn", "Teller"}
	fmt.Println(b == c, b)

	letters := []string{"a", "b", "c", "d"}
	fmt.Println(letters, len(letters), cap(letters))
	s := make([]byte, 5)
	fmt.Println(len(s), cap(s), s)
	bb := []byte{'g', 'o', 'l', 'a', 'n', 'g'}
	fmt.Printf("%s %s %s %s\n", bb[1:4], bb[:2], bb[2:], bb[:])
	x := [3]string{"Лайка", "Белка", "Стрелка"}
	sx := x[:]
	fmt.Println(sx, len(sx))

	d := []byte{'r', 'o', 'a', 'd'}
	e := d[2:]
	e[1] = 'm'
	fmt.Printf("%s %s\n", d, e)

	s = make([]byte, 5, 10)
	s = s[2:4]
	fmt.Println(len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(len(s), cap(s))

	t := make([]byte, len(s), (cap(s)+1)*2)
	copy(t, s)
	s = t
	fmt.Println(len(s), cap(s))

	p := []byte{2, 3, 5}
	p = AppendByte(p, 7, 11, 13)
	fmt.Println(p, len(p), cap(p))

	var ss []string
	for i := 0; i < 10; i++ {
		ss = append(ss, fmt.Sprint(i))
	}
	fmt.Println(ss, len(ss))
	aa := []string{"John", "Paul"}
	bs := []string{"George", "Ringo", "Pete"}
	aa = append(aa, bs...)
	fmt.Println(aa)
	fmt.Println(Filter([]int{1, 2, 3, 4, 5, 6, 7, 8}, func(n int) bool { return n%2 == 0 }))
	got := CopyDigits([]byte("file 2024 version 17"))
	fmt.Printf("%s %d %v\n", got, len(got), bytes.Equal(got, []byte("2024")))

	grow := []int{}
	prevCap := -1
	for i := 0; i < 2000; i++ {
		grow = append(grow, i)
		if cap(grow) != prevCap {
			prevCap = cap(grow)
			fmt.Print(prevCap, " ")
		}
	}
	fmt.Println()
	var nilSlice []int
	empty := []int{}
	fmt.Println(nilSlice == nil, empty == nil, len(nilSlice), fmt.Sprintf("%v %v", nilSlice, empty))
	fmt.Printf("%#v %#v\n", nilSlice, empty)
}
