package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("this never prints")
	fmt.Println("exiting with 4")

	os.Exit(4)
}
