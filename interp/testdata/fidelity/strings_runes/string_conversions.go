package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := 65
	fmt.Println(string(rune(n)), strconv.Itoa(n), fmt.Sprint(n))

	b := []byte{72, 105}
	s := string(b)
	b[0] = 'h'
	fmt.Println(s, string(b))

	r := []rune("héllo")
	r[1] = 'e'
	fmt.Println(string(r), len("héllo"), len(r))

	x := "abc"
	y := x[1:]
	fmt.Println(y, x[0], x[len(x)-1:], string(x[0]))

	bs := []byte("héllo")
	fmt.Println(string(bs[1:3]), bs[1])
	fmt.Println("a" < "b", "apple" < "apricot", "Z" < "a", "" < "a")

	str := "multi\nline `raw`"
	raw := `C:\path\n`
	fmt.Println(str, raw, len(raw))
}
