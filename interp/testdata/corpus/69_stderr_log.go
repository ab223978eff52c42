package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	fmt.Println("to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	log.SetFlags(0)
	log.SetPrefix("app: ")
	log.Println("logged line")
	log.Printf("value=%d", 42)
	fmt.Fprintf(os.Stdout, "stdout again %s\n", "!")
	logger := log.New(os.Stdout, "[custom] ", 0)
	logger.Println("to stdout via logger")
}
