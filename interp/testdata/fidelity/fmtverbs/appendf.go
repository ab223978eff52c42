package main

import (
	"fmt"
	"strconv"
)

func main() {
	buf := []byte("log: ")
	buf = fmt.Appendf(buf, "%s=%d ", "a", 1)
	buf = fmt.Append(buf, "x", 2, 3)
	buf = fmt.Appendln(buf, " end")
	fmt.Print(string(buf))

	num := strconv.AppendInt(nil, -42, 10)
	num = strconv.AppendQuote(num, "q")
	num = strconv.AppendBool(num, true)
	fmt.Println(string(num))

	s := fmt.Sprintf("%08.3f|%+05d|%x", 3.14159, 42, -255)
	fmt.Println(s)
}
