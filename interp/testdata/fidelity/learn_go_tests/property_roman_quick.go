package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Numeral struct {
	Value  int
	Symbol string
}

var numerals = [...]Numeral{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func ToRoman(n int) string {
	var sb strings.Builder
	for _, num := range numerals {
		for n >= num.Value {
			sb.WriteString(num.Symbol)
			n -= num.Value
		}
	}
	return sb.String()
}

func FromRoman(s string) int {
	total := 0
	for _, num := range numerals {
		for strings.HasPrefix(s, num.Symbol) {
			total += num.Value
			s = s[len(num.Symbol):]
		}
	}
	return total
}

type check func(int) (bool, string)

func main() {
	r := rand.New(rand.NewPCG(3, 4))
	props := []struct {
		name string
		fn   check
	}{
		{"round trip", func(n int) (bool, string) { return FromRoman(ToRoman(n)) == n, ToRoman(n) }},
		{"no more than 3 repeats", func(n int) (bool, string) {
			s := ToRoman(n)
			for _, c := range "IXCM" {
				if strings.Contains(s, strings.Repeat(string(c), 4)) {
					return false, s
				}
			}
			return true, s
		}},
		{"length bound", func(n int) (bool, string) { s := ToRoman(n); return len(s) <= 15, s }},
		{"shorter than decimal (wrong on purpose)", func(n int) (bool, string) {
			s := ToRoman(n)
			return len(s) <= len(fmt.Sprint(n)), s
		}},
	}
	for _, p := range props {
		failed := ""
		var at int
		for i := 0; i < 500; i++ {
			n := r.IntN(3999) + 1
			if ok, s := p.fn(n); !ok {
				failed, at = s, n
				break
			}
		}
		if failed == "" {
			fmt.Printf("ok   %s\n", p.name)
		} else {
			fmt.Printf("FAIL %s: %d -> %s\n", p.name, at, failed)
		}
	}
	fmt.Println(ToRoman(1994), FromRoman("MMXXIV"), ToRoman(3888))
}
