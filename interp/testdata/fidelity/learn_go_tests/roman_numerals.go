package main

import (
	"errors"
	"fmt"
	"strings"
)

type RomanNumeral struct {
	Value  uint16
	Symbol string
}

type RomanNumerals []RomanNumeral

func (r RomanNumerals) ValueOf(symbols ...byte) uint16 {
	symbol := string(symbols)
	for _, s := range r {
		if s.Symbol == symbol {
			return s.Value
		}
	}
	return 0
}

func (r RomanNumerals) Exists(symbols ...byte) bool {
	symbol := string(symbols)
	for _, s := range r {
		if s.Symbol == symbol {
			return true
		}
	}
	return false
}

var allRomanNumerals = RomanNumerals{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrOutOfRange = errors.New("arabic number must be between 1 and 3999")

func ConvertToRoman(arabic uint16) (string, error) {
	if arabic == 0 || arabic > 3999 {
		return "", ErrOutOfRange
	}
	var result strings.Builder
	for _, numeral := range allRomanNumerals {
		for arabic >= numeral.Value {
			result.WriteString(numeral.Symbol)
			arabic -= numeral.Value
		}
	}
	return result.String(), nil
}

func ConvertToArabic(roman string) uint16 {
	var arabic uint16 = 0
	for _, symbols := range windowedRoman(roman).Symbols() {
		arabic += allRomanNumerals.ValueOf(symbols...)
	}
	return arabic
}

type windowedRoman string

func (w windowedRoman) Symbols() (symbols [][]byte) {
	for i := 0; i < len(w); i++ {
		symbol := w[i]
		notAtEnd := i+1 < len(w)
		if notAtEnd && isSubtractive(symbol) && allRomanNumerals.Exists(symbol, w[i+1]) {
			symbols = append(symbols, []byte{symbol, w[i+1]})
			i++
		} else {
			symbols = append(symbols, []byte{symbol})
		}
	}
	return
}

func isSubtractive(symbol uint8) bool {
	return symbol == 'I' || symbol == 'X' || symbol == 'C'
}

func main() {
	cases := []uint16{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14, 18, 20, 39, 40, 47, 49, 50, 100, 90, 400, 500, 798, 900, 1000, 1984, 3999, 2014, 1006}
	for _, c := range cases {
		r, err := ConvertToRoman(c)
		if err != nil {
			fmt.Println(c, "error:", err)
			continue
		}
		back := ConvertToArabic(r)
		mark := "ok"
		if back != c {
			mark = "MISMATCH"
		}
		fmt.Printf("%4d -> %-12s -> %4d %s\n", c, r, back, mark)
	}
	// property: every number in range round-trips
	failures := 0
	for a := uint16(1); a <= 3999; a++ {
		r, _ := ConvertToRoman(a)
		if ConvertToArabic(r) != a {
			failures++
		}
	}
	fmt.Println("round-trip failures:", failures)
	for _, bad := range []uint16{0, 4000} {
		_, err := ConvertToRoman(bad)
		fmt.Printf("%d: %v (is range err: %t)\n", bad, err, errors.Is(err, ErrOutOfRange))
	}
	fmt.Println(windowedRoman("MCMXCIV").Symbols())
}
