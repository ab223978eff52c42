package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var romanTable = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("toRoman(%d): out of range", n)
	}
	var sb strings.Builder
	for _, e := range romanTable {
		for n >= e.v {
			sb.WriteString(e.s)
			n -= e.v
		}
	}
	return sb.String(), nil
}

var errBadRoman = errors.New("invalid roman numeral")

func fromRoman(s string) (int, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, fmt.Errorf("%q at %d: %w", s[i], i, errBadRoman)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if back, _ := toRoman(total); back != s {
		return 0, fmt.Errorf("%s is not canonical (%s): %w", s, back, errBadRoman)
	}
	return total, nil
}

func toBase(n int64, base int) string {
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append(b, digits[n%int64(base)])
		n /= int64(base)
	}
	if neg {
		b = append(b, '-')
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := toRoman(n)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		back, _ := fromRoman(r)
		fmt.Printf("%5d -> %-12s -> %d\n", n, r, back)
	}
	for _, s := range []string{"MCMXCIV", "IIII", "IC", "XLII", "ABC", ""} {
		v, err := fromRoman(s)
		fmt.Printf("%-8q %4d %v %v\n", s, v, err, errors.Is(err, errBadRoman))
	}
	for _, n := range []int64{0, 255, -255, 1 << 40, 123456789} {
		fmt.Printf("%d: b2=%s b8=%s b16=%s b36=%s std=%s\n", n, toBase(n, 2), toBase(n, 8), toBase(n, 16), toBase(n, 36), strconv.FormatInt(n, 36))
	}
	for _, s := range []string{"ff", "-z", "777", "102", "xyz"} {
		for _, base := range []int{8, 16, 36} {
			v, err := strconv.ParseInt(s, base, 64)
			if err != nil {
				fmt.Printf("%s/%d:err ", s, base)
				continue
			}
			fmt.Printf("%s/%d=%d ", s, base, v)
		}
		fmt.Println()
	}
}
