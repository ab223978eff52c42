package main

import (
	"fmt"
	"strconv"
)

func main() {
	nums := []int64{0, 7, 255, -255, 1 << 20, 1234567890}
	for _, n := range nums {
		fmt.Printf("%11d: bin=%s oct=%s hex=%s b36=%s\n", n,
			strconv.FormatInt(n, 2), strconv.FormatInt(n, 8),
			strconv.FormatInt(n, 16), strconv.FormatInt(n, 36))
	}

	inputs := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"-101", 2, 8}, {"777", 8, 16}, {"zz", 36, 64},
		{"0x1F", 0, 64}, {"0b1010", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64},
		{"1_000_000", 0, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"12a", 10, 64},
		{"", 10, 64}, {"9223372036854775808", 10, 64},
	}
	for _, in := range inputs {
		v, err := strconv.ParseInt(in.s, in.base, in.bits)
		if err != nil {
			fmt.Printf("ParseInt(%q, %d, %d): %v (value %d)\n", in.s, in.base, in.bits, err, v)
			continue
		}
		fmt.Printf("ParseInt(%q, %d, %d) = %d\n", in.s, in.base, in.bits, v)
	}

	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println("max uint64:", u, err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println("negative uint:", err)

	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println("NumError func:", ne.Func, "num:", ne.Num, "err:", ne.Err)
	}

	fmt.Println(strconv.Itoa(-42), strconv.Quote("tab\there"), strconv.QuoteRune('☺'))
	fmt.Println(strconv.FormatUint(1<<63, 16), strconv.AppendInt([]byte("n="), 99, 10))
	fmt.Println(string(strconv.AppendInt([]byte("n="), 99, 10)))
	b, err := strconv.ParseBool("T")
	fmt.Println("ParseBool T:", b, err)
	q, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println("Unquote:", q, err)
	a, err := strconv.Atoi(" 5")
	fmt.Println("Atoi with space:", a, err)
}
