package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("about to wait")
	fmt.Println(<-ch)
}
