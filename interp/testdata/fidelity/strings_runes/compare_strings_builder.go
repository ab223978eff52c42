package main

import (
	"fmt"
	"strings"
)

func main() {
	words := []string{"banana", "Apple", "cherry", "apple"}
	for _, w := range words {
		fmt.Printf("%-7s cmp(apple)=%2d fold=%v\n", w, strings.Compare(w, "apple"), strings.EqualFold(w, "APPLE"))
	}
	var parts []string
	for i := range 5 {
		parts = append(parts, strings.Repeat(string(rune('a'+i)), i+1))
	}
	fmt.Println(strings.Join(parts, "/"))

	rd := strings.NewReader("abc")
	b, _ := rd.ReadByte()
	fmt.Println(string(b), rd.Len())
	fmt.Println(strings.IndexFunc("hello123", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.ContainsFunc("abc", func(r rune) bool { return r == 'c' }))
}
