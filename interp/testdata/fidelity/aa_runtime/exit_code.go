package main

import (
	"fmt"
	"os"
	"strings"
)

type result struct {
	name string
	ok   bool
}

func run(tests []func() result) (failed int) {
	for _, t := range tests {
		r := t()
		status := "PASS"
		if !r.ok {
			status = "FAIL"
			failed++
		}
		fmt.Printf("--- %s: %s\n", status, r.name)
	}
	return
}

func main() {
	defer fmt.Println("never printed: os.Exit skips defers")
	tests := []func() result{
		func() result { return result{"upper", strings.ToUpper("go") == "GO"} },
		func() result { return result{"trim", strings.TrimSpace(" x ") == "x"} },
		func() result { return result{"fields", len(strings.Fields("a  b")) == 3} },
	}
	if n := run(tests); n > 0 {
		fmt.Fprintf(os.Stderr, "%d test(s) failed\n", n)
		os.Exit(3)
	}
	fmt.Println("all passed")
}
