package main

import (
	"fmt"
	"strings"
	"unicode"
)

func Luhn(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) <= 1 {
		return false
	}
	sum := 0
	double := false
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c < '0' || c > '9' {
			return false
		}
		d := int(c - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

func IsValidISBN(isbn string) bool {
	isbn = strings.ReplaceAll(isbn, "-", "")
	if len(isbn) != 10 {
		return false
	}
	sum := 0
	for i, r := range isbn {
		var v int
		switch {
		case unicode.IsDigit(r):
			v = int(r - '0')
		case r == 'X' && i == 9:
			v = 10
		default:
			return false
		}
		sum += v * (10 - i)
	}
	return sum%11 == 0
}

type validator struct {
	name string
	fn   func(string) bool
}

func Isogram(word string) bool {
	seen := map[rune]bool{}
	for _, r := range strings.ToLower(word) {
		if !unicode.IsLetter(r) {
			continue
		}
		if seen[r] {
			return false
		}
		seen[r] = true
	}
	return true
}

func Pangram(s string) bool {
	var mask uint32
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			mask |= 1 << uint(r-'a')
		}
	}
	return mask == 1<<26-1
}

func main() {
	vs := []validator{
		{"luhn", Luhn}, {"isbn", IsValidISBN}, {"isogram", Isogram}, {"pangram", Pangram},
	}
	inputs := []string{
		"4539 3195 0343 6467", "8273 1232 7352 0569", "059", "0", "055 444 285", "055a 444 285",
		"3-598-21508-8", "3-598-21507-X", "3598215088", "3-598-2K507-0", "isograms", "lumberjacks",
		"six-year-old", "The quick brown fox jumps over the lazy dog", "",
	}
	counts := map[string]int{}
	for _, in := range inputs {
		var res []string
		for _, v := range vs {
			ok := v.fn(in)
			res = append(res, fmt.Sprintf("%s=%-5t", v.name, ok))
			if ok {
				counts[v.name]++
			}
		}
		fmt.Printf("%-45q %s\n", in, strings.Join(res, " "))
	}
	for _, v := range vs {
		fmt.Printf("%s:%d ", v.name, counts[v.name])
	}
	fmt.Println()
	fmt.Printf("%b %x %o %#x %#o %U\n", 1<<26-1, 255, 8, 255, 8, 'é')
}
