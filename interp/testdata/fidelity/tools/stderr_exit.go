package main

import (
	"fmt"
	"os"
)

func check(name string, size int) error {
	if size > 100 {
		return fmt.Errorf("%s: too large (%d > 100)", name, size)
	}
	return nil
}

func main() {
	files := map[string]int{"a.txt": 10}
	order := []string{"a.txt", "b.txt"}
	files["b.txt"] = 500
	failed := 0
	for _, f := range order {
		if err := check(f, files[f]); err != nil {
			fmt.Fprintln(os.Stderr, "error:", err)
			failed++
			continue
		}
		fmt.Println("ok", f)
	}
	if failed > 0 {
		fmt.Fprintf(os.Stderr, "%d file(s) failed\n", failed)
		os.Exit(1)
	}
}
