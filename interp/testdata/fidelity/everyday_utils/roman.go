package main

import (
	"errors"
	"fmt"
	"strings"
)

var numerals = []struct {
	val int
	sym string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

type Roman int

func (r Roman) String() string {
	if r <= 0 || r >= 4000 {
		return fmt.Sprintf("Roman(%d)", int(r))
	}
	var b strings.Builder
	n := int(r)
	for _, x := range numerals {
		for n >= x.val {
			b.WriteString(x.sym)
			n -= x.val
		}
	}
	return b.String()
}

var ErrInvalid = errors.New("invalid numeral")

func ParseRoman(s string) (Roman, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, fmt.Errorf("%q at %d: %w", s, i, ErrInvalid)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	r := Roman(total)
	if r.String() != s {
		return r, fmt.Errorf("%q is not canonical (%v): %w", s, r, ErrInvalid)
	}
	return r, nil
}

func main() {
	for _, n := range []Roman{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		fmt.Printf("%4d = %v\n", int(n), n)
	}
	for _, s := range []string{"XLII", "MCMXC", "IIII", "ABC", "MMXXIV", "IC"} {
		r, err := ParseRoman(s)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrInvalid))
			continue
		}
		fmt.Printf("%s = %d (%s)\n", s, r, r)
	}
	var sum Roman
	for _, s := range strings.Fields("X XX XXX") {
		r, _ := ParseRoman(s)
		sum += r
	}
	fmt.Println(sum, []Roman{1, 2, 3}, map[string]Roman{"a": 5})
	fmt.Printf("%d %v %s %x\n", sum, sum, sum, sum)
}
