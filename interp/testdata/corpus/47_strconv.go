package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(99) + "!")
	f, _ := strconv.ParseFloat("3.25", 64)
	fmt.Println(f * 2)
	b, _ := strconv.ParseBool("true")
	fmt.Println(b)
	i, _ := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16))
	fmt.Println(strconv.FormatFloat(1.5, 'f', 3, 64), strconv.FormatFloat(1234.5678, 'e', 2, 64))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'))
	s, _ := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q\n", s)
	fmt.Println(strconv.AppendInt([]byte("n="), 42, 10))
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)))
}
