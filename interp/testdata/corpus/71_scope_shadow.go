package main

import "fmt"

var x = "package"

func show() { fmt.Println("in show:", x) }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)
	show()
	if x := 5; x > 3 {
		fmt.Println("if:", x)
	} else {
		fmt.Println("else:", x)
	}
	n, err := 1, error(nil)
	if true {
		n, err := 2, fmt.Errorf("inner")
		_ = err
		fmt.Println("inner n", n)
	}
	fmt.Println("outer n", n, err)
	for i := 0; i < 2; i++ {
		i := i * 10
		fmt.Println("loop", i)
	}
}
