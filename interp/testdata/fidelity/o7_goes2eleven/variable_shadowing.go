// Source: github.com/GoesToEleven/GolangTraining, 04_scope/04_variable-shadowing/main.go
// (Apache License 2.0, per the repository's LICENSE.txt), unchanged below this comment.

package main

import "fmt"

func max(x int) int {
	return 42 + x
}

func main() {
	max := max(7)
	fmt.Println(max) // max is now the result, not the function
}

// don't do this; bad coding practice to shadow variables
