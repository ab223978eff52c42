// Source: github.com/janbodnar/Go-Examples, binary.md (code block 6)
// (BSD 2-Clause License, Copyright (c) 2024, Jan Bodnar), kept as written (gofmt'ed).

package main

import (
	"fmt"
)

func main() {
	// Start with empty slice
	var data []byte
	fmt.Printf("Initial: len=%d, cap=%d\n", len(data), cap(data))

	// Append single bytes
	data = append(data, 'H', 'e', 'l', 'l', 'o')
	fmt.Printf("After adding 'Hello': len=%d, cap=%d, data=%s\n",
		len(data), cap(data), string(data))

	// Append slice
	data = append(data, []byte(", World!")...)
	fmt.Printf("After adding ', World!': len=%d, cap=%d, data=%s\n",
		len(data), cap(data), string(data))

	// Pre-allocate for performance
	optimized := make([]byte, 0, 100) // length 0, capacity 100
	optimized = append(optimized, []byte("Pre-allocated slice")...)
	fmt.Printf("Optimized: len=%d, cap=%d, data=%s\n",
		len(optimized), cap(optimized), string(optimized))

	// Shrinking slice (removing elements)
	fmt.Println("\nShrinking operations:")
	original := []byte("Hello, World!")
	fmt.Printf("Original: %s\n", string(original))

	// Remove first 7 characters
	shortened := original[7:]
	fmt.Printf("Remove first 7: %s\n", string(shortened))

	// Remove last 6 characters
	shortened2 := original[:len(original)-6]
	fmt.Printf("Remove last 6: %s\n", string(shortened2))

	// Remove middle part (remove ", " from "Hello, World!")
	middle_removed := append(original[:5], original[7:]...)
	fmt.Printf("Remove middle: %s\n", string(middle_removed))

	// Efficient way to remove element at index
	removeAtIndex := func(slice []byte, index int) []byte {
		if index < 0 || index >= len(slice) {
			return slice
		}
		return append(slice[:index], slice[index+1:]...)
	}

	test := []byte("ABCDEFGH")
	test = removeAtIndex(test, 3) // Remove 'D'
	fmt.Printf("After removing index 3: %s\n", string(test))
}
