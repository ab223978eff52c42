package main

import "fmt"

func main() {
	s := "héllo\tworld\n"
	fmt.Printf("%s|%q|%+q|%#q|%x|% x|%X\n", s, s, s, "back`tick", "hi", "hi", "hi")
	fmt.Printf("[%10s][%-10s][%.3s][%10.2s]\n", "go", "go", "gopher", "gopher")

	b := []byte("bytes")
	fmt.Printf("%s|%q|%x|%v|%d\n", b, b, b, b, b)
	fmt.Printf("%q\n", []string{"a b", `c"d`})
	fmt.Printf("%v|%s\n", []rune("hé"), string([]rune{104, 233}))
	fmt.Printf("%5q|%-5c|\n", 'x', 'y')
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
}
