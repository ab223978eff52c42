package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000001234, 'e', 3, 32))
	fmt.Println(strconv.FormatFloat(2.5, 'f', -1, 64), strconv.FormatFloat(1.0/3, 'f', -1, 32))
	fmt.Println(strconv.Quote("héllo\n\"w\""), strconv.QuoteToASCII("héllo"), strconv.QuoteRune('☺'))

	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)

	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-0), strconv.FormatBool(false))
	fmt.Println(strconv.IsPrint('\u00ad'), strconv.CanBackquote("a`b"))
}
