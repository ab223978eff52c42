package main

import "fmt"

func window(s string, start, n int) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("window(%d, %d): %v", start, n, r)
		}
	}()
	return s[start : start+n], nil
}

func main() {
	text := "hello"
	fmt.Println(window(text, 1, 3))
	fmt.Println(window(text, 3, 10))
	fmt.Println(window(text, 6, 0))

	b := []byte(text)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		lo, hi := 4, 2
		fmt.Println(b[lo:hi])
	}()
}
