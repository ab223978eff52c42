package main

import (
	"fmt"
	"strings"
	"unicode"
)

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0
}

func shouldEscape(c byte) bool {
	switch c {
	case ' ', '?', '&', '=', '#', '+', '%':
		return true
	}
	return false
}

func Compare(a, b []byte) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		switch {
		case a[i] > b[i]:
			return 1
		case a[i] < b[i]:
			return -1
		}
	}
	switch {
	case len(a) > len(b):
		return 1
	case len(a) < len(b):
		return -1
	}
	return 0
}

func classify(r rune) string {
	switch {
	case unicode.IsUpper(r):
		return "upper"
	case unicode.IsLower(r):
		return "lower"
	case unicode.IsDigit(r):
		return "digit"
	case unicode.IsSpace(r):
		return "space"
	default:
		return "other"
	}
}

func grade(score int) (g string) {
	switch s := score / 10; s {
	case 10, 9:
		g = "A"
	case 8:
		g = "B"
	case 7:
		g = "C"
		fallthrough
	case 6:
		g += "D"
	default:
		g = "F"
	}
	return
}

func main() {
	fmt.Println(unhex('7'), unhex('b'), unhex('F'), unhex('z'))
	var esc []string
	for _, c := range []byte("a b?c&d=e") {
		if shouldEscape(c) {
			esc = append(esc, fmt.Sprintf("%%%02X", c))
		}
	}
	fmt.Println(strings.Join(esc, ""))
	fmt.Println(Compare([]byte("abc"), []byte("abd")), Compare([]byte("abc"), []byte("ab")), Compare(nil, nil))
	counts := map[string]int{}
	for _, r := range "Hello, World 2024!" {
		counts[classify(r)]++
	}
	fmt.Println(counts)
	for _, s := range []int{100, 95, 85, 75, 65, 12} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
Loop:
	for i, c := range "ab;cd" {
		switch c {
		case ';':
			fmt.Println("stop at", i)
			break Loop
		case 'b':
			continue
		}
		fmt.Println("char", string(c))
	}
	var x interface{} = 3.5
	switch v := x.(type) {
	case int, int64:
		fmt.Printf("int-ish %v\n", v)
	case float64:
		fmt.Printf("float %g doubled %g\n", v, v*2)
	}
}
