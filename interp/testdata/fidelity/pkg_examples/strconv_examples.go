package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	v := "10"
	if s, err := strconv.Atoi(v); err == nil {
		fmt.Printf("%T, %v\n", s, s)
	}
	fmt.Println(strconv.Itoa(-42) + "!")
	for _, in := range []string{"true", "F", "yes"} {
		b, err := strconv.ParseBool(in)
		fmt.Println(b, err)
	}
	for _, bits := range []int{32, 64} {
		f, err := strconv.ParseFloat("3.1415926535", bits)
		fmt.Printf("%T, %v, %v\n", f, f, err)
	}
	for _, in := range []string{"-354634382", "0x1f", "9223372036854775808", "abc"} {
		i, err := strconv.ParseInt(in, 0, 64)
		fmt.Printf("%v %v\n", i, err)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  func:", ne.Func, "num:", ne.Num, "err:", ne.Err, errors.Is(err, strconv.ErrRange))
		}
	}
	u, err := strconv.ParseUint("42", 10, 8)
	fmt.Println(u, err)
	_, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(-42, 16), strconv.FormatUint(255, 2), strconv.FormatBool(true))
	f := 3.1415926535
	fmt.Println(strconv.FormatFloat(f, 'E', -1, 32), strconv.FormatFloat(f, 'f', 3, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.Quote(`"Fran & Freddie's Diner	☺"`))
	fmt.Println(strconv.QuoteToASCII(`"Fran & Freddie's Diner	☺"`))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	s, err := strconv.Unquote("'\\u263a'")
	fmt.Printf("%q, %v\n", s, err)
	s, err = strconv.Unquote("\"an unquoted string")
	fmt.Printf("%q, %v\n", s, err)
	b := []byte("bool:")
	b = strconv.AppendBool(b, true)
	b = append(b, " int:"...)
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, " float:"...)
	b = strconv.AppendFloat(b, 3.1415926535, 'E', -1, 64)
	b = append(b, " quote:"...)
	b = strconv.AppendQuote(b, `"Fran & Freddie's Diner"`)
	fmt.Println(string(b))
	fmt.Println(strconv.IsPrint('\u263a'), strconv.IsPrint('\007'), strconv.CanBackquote("Fran & Freddie's Diner ☺"))
}
