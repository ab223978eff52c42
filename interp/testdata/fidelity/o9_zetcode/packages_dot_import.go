// Source: github.com/janbodnar/Go-Examples, packages.md (code block 4)
// (BSD 2-Clause License, Copyright (c) 2024, Jan Bodnar), kept as written (gofmt'ed).

package main

import (
	"fmt"
	. "math"
	. "strings"
)

func main() {
	// Using math functions without package name
	radius := 5.0
	area := Pi * Pow(radius, 2)
	fmt.Printf("Circle area with radius %.1f: %.2f\n", radius, area)

	// Using strings functions without package name
	text := "Go Programming Language"
	fmt.Printf("Original: %s\n", text)
	fmt.Printf("Uppercase: %s\n", ToUpper(text))
	fmt.Printf("Lowercase: %s\n", ToLower(text))
	fmt.Printf("Title case: %s\n", ToTitle(text))

	// Using more math functions
	angle := 45.0
	radians := angle * Pi / 180
	fmt.Printf("Sin(%.0f°): %.4f\n", angle, Sin(radians))
	fmt.Printf("Cos(%.0f°): %.4f\n", angle, Cos(radians))
	fmt.Printf("Tan(%.0f°): %.4f\n", angle, Tan(radians))
}
