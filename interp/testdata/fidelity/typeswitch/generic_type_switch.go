package main

import (
	"fmt"
	"strconv"
)

func Format[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int:" + strconv.Itoa(x)
	case string:
		return "str:" + x
	case fmt.Stringer:
		return "stringer:" + x.String()
	default:
		return fmt.Sprintf("other:%v", x)
	}
}

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%03d", int(i)) }

func main() {
	fmt.Println(Format(5))
	fmt.Println(Format("x"))
	fmt.Println(Format(ID(7)))
	fmt.Println(Format(2.5))
	fmt.Println(Format([]ID{1}))
}
