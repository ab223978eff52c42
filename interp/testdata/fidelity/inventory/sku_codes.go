package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type SKU struct {
	Category string
	Number   int
	Size     byte
}

func ParseSKU(s string) (SKU, error) {
	parts := strings.Split(s, "-")
	if len(parts) != 3 {
		return SKU{}, fmt.Errorf("sku %q: want 3 parts, got %d", s, len(parts))
	}
	cat := parts[0]
	for _, r := range cat {
		if !unicode.IsUpper(r) {
			return SKU{}, fmt.Errorf("sku %q: category must be upper case", s)
		}
	}
	n, err := strconv.Atoi(parts[1])
	if err != nil {
		return SKU{}, fmt.Errorf("sku %q: %w", s, err)
	}
	if len(parts[2]) != 1 || !strings.Contains("SMLX", parts[2]) {
		return SKU{}, fmt.Errorf("sku %q: bad size %q", s, parts[2])
	}
	return SKU{cat, n, parts[2][0]}, nil
}

func (s SKU) String() string {
	return fmt.Sprintf("%s-%04d-%c", s.Category, s.Number, s.Size)
}

func main() {
	inputs := []string{"TSH-12-M", "TSH-0007-L", "hat-3-S", "BAG-x1-M", "BAG-9", "SOX-42-Q"}

	var ok []SKU
	for _, in := range inputs {
		s, err := ParseSKU(in)
		if err != nil {
			fmt.Println("invalid:", err)
			continue
		}
		ok = append(ok, s)
	}

	fmt.Println(ok)
	fmt.Printf("%v %s %d\n", ok[0], ok[1], ok[1].Number)
}
