package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parseAll(inputs []string) {
	for _, in := range inputs {
		v, err := strconv.ParseInt(in, 0, 16)
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Printf("%-8q ok   %d\n", in, v)
		case errors.As(err, &ne) && errors.Is(ne.Err, strconv.ErrRange):
			fmt.Printf("%-8q range (func=%s, got %d)\n", in, ne.Func, v)
		case errors.Is(err, strconv.ErrSyntax):
			fmt.Printf("%-8q syntax: %v\n", in, err)
		default:
			fmt.Printf("%-8q other: %v\n", in, err)
		}
	}
}

func main() {
	parseAll([]string{"42", "-0x1F", "0b1010", "0o17", "40000", "-40000", "12a", "", "1_000"})

	for _, s := range []string{"3.14159", "1e400", "-0", "NaN", "inf", "0x1p-2", "abc"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}

	for _, s := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}

	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	n, err := strconv.Atoi("99999999999999999999")
	fmt.Println(n, err)

	fmt.Println(strconv.Quote("Hello, 世界\n\t\"quoted\""))
	fmt.Println(strconv.QuoteToASCII("Hello, 世界"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	fmt.Println(strconv.QuoteToGraphic("\u00a0tab\there"))
	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"unterminated`, `"\u263a"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%s -> %q %v\n", q, s, err)
	}
	fmt.Println(strconv.CanBackquote("no`ticks"), strconv.CanBackquote("fine"))

	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(1234.5678, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(1234.5678, 'f', -1, 32))
	fmt.Println(strconv.FormatFloat(0.000001234, 'g', -1, 64))
	fmt.Println(strconv.Itoa(-7) + strconv.Itoa(7))

	buf := []byte("vals:")
	buf = strconv.AppendInt(buf, 12, 10)
	buf = append(buf, ',')
	buf = strconv.AppendBool(buf, false)
	buf = append(buf, ',')
	buf = strconv.AppendQuote(buf, "q")
	buf = append(buf, ',')
	buf = strconv.AppendFloat(buf, 2.5, 'f', 2, 64)
	fmt.Println(string(buf))

	_, err = strconv.ParseInt("zz", 36, 8)
	fmt.Println(err)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Unwrap() == strconv.ErrRange)
	}
}
