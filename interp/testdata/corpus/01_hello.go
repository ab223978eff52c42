package main

import "fmt"

func main() {
	fmt.Println("Hello, 世界")
	fmt.Print("no newline", " then ", 42, "\n")
	fmt.Printf("%s has %d letters\n", "gopher", len("gopher"))
}
