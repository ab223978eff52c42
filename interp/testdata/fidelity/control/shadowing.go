package main

import (
	"errors"
	"fmt"
)

var x = "package"

func f() (int, error) { return 1, errors.New("f failed") }

func main() {
	fmt.Println(x)

	x := "main"
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)

	var err error
	if n, err := f(); err != nil {
		fmt.Println("inner err:", err, n)
	}
	fmt.Println("outer err:", err)

	for x := 0; x < 2; x++ {
		fmt.Print(x)
	}
	fmt.Println(x)

	if x := len(x); x > 3 {
		fmt.Println("len", x)
	}
}
