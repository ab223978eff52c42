package main

import (
	"log"
	"os"
	"strconv"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("convert: ")
	log.SetOutput(os.Stdout)
	for _, s := range []string{"12", "7", "x9"} {
		n, err := strconv.Atoi(s)
		if err != nil {
			log.Fatalf("bad input %q: %v", s, err)
		}
		log.Printf("%s -> %d", s, n*2)
	}
	log.Println("not reached")
}
