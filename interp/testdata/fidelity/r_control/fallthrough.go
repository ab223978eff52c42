package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func features(tier string) []string {
	var f []string
	switch tier {
	case "enterprise":
		f = append(f, "sso")
		fallthrough
	case "pro":
		f = append(f, "api")
		fallthrough
	case "basic":
		f = append(f, "dashboard")
	case "none":
	default:
		f = append(f, "unknown-tier")
	}
	return f
}

func classify(r rune) string {
	switch {
	case r >= '0' && r <= '9':
		return "digit"
	case strings.ContainsRune("aeiou", r):
		return "vowel"
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		return "consonant"
	case r == ' ', r == '\t':
		return "space"
	}
	return "other"
}

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		if x == "" {
			break
		}
		return "string " + x
	case []int:
		return fmt.Sprintf("slice of %d", len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return fmt.Sprintf("other %T", v)
}

func (p Perm) String() string {
	s := []byte("---")
	if p&Read != 0 {
		s[0] = 'r'
	}
	if p&Write != 0 {
		s[1] = 'w'
	}
	if p&Exec != 0 {
		s[2] = 'x'
	}
	return string(s)
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, t := range []string{"enterprise", "pro", "basic", "none", "gold"} {
		fmt.Printf("%s: %v\n", t, features(t))
	}
	for _, r := range "a1 Z?" {
		fmt.Print(classify(r), ",")
	}
	fmt.Println()
	for _, v := range []any{nil, 3, int64(4), "", "hi", []int{1, 2}, fmt.Errorf("boom"), Read | Exec, 2.5} {
		fmt.Println(describe(v))
	}
	x := 5
	switch y := x * 2; {
	case y > 5:
		fmt.Println("big", y)
		fallthrough
	case y > 100:
		fmt.Println("fell into >100 case")
	case y > 0:
		fmt.Println("positive")
	}
	switch x {
	}
	switch {
	default:
		fmt.Println("only default")
	}
}
