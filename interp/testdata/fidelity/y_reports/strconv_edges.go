package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

type parsed struct {
	in  string
	val any
	err error
}

func main() {
	var rows []parsed
	for _, s := range []string{"42", "-0", "+7", "0x1F", "1_000", "9223372036854775808", "abc", "", " 1"} {
		v, err := strconv.ParseInt(s, 0, 64)
		rows = append(rows, parsed{s, v, err})
	}
	for _, s := range []string{"255", "256", "-1"} {
		v, err := strconv.ParseUint(s, 10, 8)
		rows = append(rows, parsed{s, v, err})
	}
	for _, s := range []string{"3.14", "1e400", "-inf", "NaN", "0x1p-2", ".5", "1e-400"} {
		v, err := strconv.ParseFloat(s, 64)
		rows = append(rows, parsed{s, v, err})
	}
	for _, s := range []string{"true", "T", "yes", "0"} {
		v, err := strconv.ParseBool(s)
		rows = append(rows, parsed{s, v, err})
	}
	for _, r := range rows {
		var ne *strconv.NumError
		kind := "ok"
		if errors.As(r.err, &ne) {
			switch {
			case errors.Is(ne, strconv.ErrRange):
				kind = "range"
			case errors.Is(ne, strconv.ErrSyntax):
				kind = "syntax"
			}
		}
		fmt.Printf("%-22q %-24v %-6s %v\n", r.in, r.val, kind, r.err)
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatUint(math.MaxUint64, 2)[:8])
	for _, f := range []float64{0.1, 1.0 / 3, 1e21, 123456789, 2.5e-5, math.Inf(-1), -0.0} {
		fmt.Print(strconv.FormatFloat(f, 'g', -1, 64), " ", strconv.FormatFloat(f, 'f', 2, 32), " | ")
	}
	fmt.Println()
	fmt.Println(strconv.Quote("tab\there \"q\" é ☺ \x00"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'))
	u, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", u, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	b := strconv.AppendInt([]byte("n="), -12, 10)
	b = strconv.AppendQuote(append(b, ' '), "x")
	b = strconv.AppendBool(append(b, ' '), false)
	fmt.Println(string(b), strconv.Itoa(math.MinInt64), strconv.IntSize)
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)
	v, err := strconv.ParseInt("-129", 10, 8)
	fmt.Println(v, err)
}
