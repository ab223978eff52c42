package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func main() {
	for _, n := range []int{-5, 0, 7, 42} {
		fmt.Println(n, classify(n))
	}
	for _, c := range "a1 ?" {
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
			fmt.Println(string(c), "vowel")
		case ' ':
			fmt.Println("space")
		default:
			fmt.Printf("%q other\n", c)
		}
	}
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three (fallthrough)")
	case 4:
		fmt.Println("four")
	}
}
