package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	args := os.Args[1:]
	fmt.Println("args:", len(args), args)

	if len(args) == 0 {
		fmt.Println("usage: greet NAME...")
		return
	}
	fmt.Println("hello,", strings.Join(args, " and "))
}
