package main

import (
	"fmt"
	"strconv"
)

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		fallthrough
	case n == 1:
		return "tiny"
	case n%2 == 0:
		return "even"
	}
	return "odd"
}

func parse(s string) (n int, err error) {
	if n, err := strconv.Atoi(s); err == nil {
		return n * 2, nil
	}
	return n, fmt.Errorf("parse %q failed", s)
}

func main() {
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	if x := 10; x > 5 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)

	for _, l := range []Level{Debug, Info, Warn, Error, 7} {
		fmt.Printf("%v %d %s|", l, l, l)
	}
	fmt.Println()
	for _, n := range []int{-3, 0, 1, 2, 9} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	fmt.Println(parse("21"))
	fmt.Println(parse("zz"))

outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			switch {
			case j == i:
				continue outer
			case i+j == 5:
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	switch v := any(3.0).(type) {
	case int, int64:
		fmt.Printf("integer %T\n", v)
	case float64:
		fmt.Printf("float %v\n", v+0.5)
	}
	var iface any = Level(2)
	switch iface {
	case Warn:
		fmt.Println("matched Warn")
	case 2:
		fmt.Println("matched int 2")
	default:
		fmt.Println("no match")
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	fmt.Println("goto", i)
}
