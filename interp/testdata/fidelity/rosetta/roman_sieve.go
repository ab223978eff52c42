package main

import (
	"errors"
	"fmt"
	"strings"
)

var romanTable = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

type RangeError int

func (r RangeError) Error() string { return fmt.Sprintf("roman: %d out of range 1..3999", int(r)) }

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", RangeError(n)
	}
	var sb strings.Builder
	for _, e := range romanTable {
		for n >= e.value {
			sb.WriteString(e.symbol)
			n -= e.value
		}
	}
	return sb.String(), nil
}

func FromRoman(s string) (int, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, fmt.Errorf("roman: bad digit %q in %q", s[i], s)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total, nil
}

func sieve(limit int) []int {
	composite := make([]bool, limit+1)
	var primes []int
	for i := 2; i <= limit; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= limit; j += i {
			composite[j] = true
		}
	}
	return primes
}

func factorize(n int) []int {
	var fs []int
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			fs = append(fs, p)
			n /= p
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1666, 1990, 2008, 2024, 3999, 0, 4000} {
		r, err := ToRoman(n)
		if err != nil {
			var re RangeError
			fmt.Println("error:", err, errors.As(err, &re), int(re))
			continue
		}
		back, _ := FromRoman(r)
		fmt.Printf("%4d = %-12s back=%d\n", n, r, back)
	}
	_, err := FromRoman("MCMZ")
	fmt.Println(err)
	ps := sieve(100)
	fmt.Println(len(ps), ps)
	fmt.Println(len(sieve(10000)), sieve(10000)[1228])
	for _, n := range []int{2, 12, 97, 360, 1001, 65536, 999983, 600851475143} {
		fmt.Printf("%d = %s\n", n, strings.Trim(strings.Join(strings.Fields(fmt.Sprint(factorize(n))), " x "), "[]"))
	}
}
