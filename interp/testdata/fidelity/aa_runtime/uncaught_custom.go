package main

import (
	"fmt"
	"os"
)

type ValidationError struct {
	Field string
	Code  int
}

func (v *ValidationError) Error() string {
	return fmt.Sprintf("validation failed on %s (code %d)", v.Field, v.Code)
}

func check(age int) {
	if age < 0 {
		panic(&ValidationError{"age", 17})
	}
}

func main() {
	defer fmt.Println("deferred in main runs")
	fmt.Println("checking")
	fmt.Fprintln(os.Stderr, "to stderr")
	check(5)
	check(-1)
	fmt.Println("unreachable")
}
