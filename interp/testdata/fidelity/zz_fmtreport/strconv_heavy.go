package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func parseAll(inputs []string) {
	for _, s := range inputs {
		var parts []string
		if i, err := strconv.ParseInt(s, 0, 64); err == nil {
			parts = append(parts, "int="+strconv.FormatInt(i, 10))
		} else {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				parts = append(parts, "int-err("+ne.Err.Error()+")")
			}
		}
		if u, err := strconv.ParseUint(s, 10, 8); err == nil {
			parts = append(parts, "u8="+strconv.FormatUint(u, 2))
		} else if errors.Is(err, strconv.ErrRange) {
			parts = append(parts, "u8-range")
		}
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			parts = append(parts, "f="+strconv.FormatFloat(f, 'g', -1, 64))
		}
		if b, err := strconv.ParseBool(s); err == nil {
			parts = append(parts, "bool="+strconv.FormatBool(b))
		}
		fmt.Printf("%-12q %s\n", s, strings.Join(parts, " "))
	}
}

func main() {
	parseAll([]string{"42", "-17", "0x1F", "0b101", "0o17", "300", "3.25e2", "1_000", "inf", "NaN", "t", "FALSE", "", "9223372036854775808", "1e400"})

	var b []byte
	b = strconv.AppendInt(b, -255, 16)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "tab\there")
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, '☺')
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1.0/3, 'f', 4, 32)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	fmt.Println(string(b))

	fmt.Println(strconv.Quote("héllo\n\x00"), strconv.QuoteToASCII("héllo"), strconv.QuoteRuneToGraphic('\u00a0'))
	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u263a"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%-10s -> %q %v\n", q, s, err)
	}
	for _, base := range []int{2, 8, 16, 36} {
		fmt.Print(strconv.FormatInt(1295, base), " ")
	}
	fmt.Println()
	for _, f := range []float64{1234.5678, 0.000012, 1e21, -0.0} {
		fmt.Println(strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'G', 4, 64))
	}
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)
	v, err := strconv.ParseInt("128", 10, 8)
	fmt.Println(v, err)
	fmt.Println(strconv.Itoa(-0), strconv.IsPrint('\u00ad'), strconv.CanBackquote("a`b"))
}
