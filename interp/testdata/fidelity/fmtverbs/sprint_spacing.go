package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print(Color(0), Color(1), "\n")
	fmt.Print(errors.New("e1"), errors.New("e2"), "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Println("a", "b", 1, 2)

	s := fmt.Sprint("x", 1, 2, "y")
	fmt.Println(s, len(s))

	s = fmt.Sprintln("x", 1)
	fmt.Printf("%q\n", s)
	fmt.Print(nil, nil, "\n")
	fmt.Print('a', 'b', "\n")
}
