package main

import (
	"fmt"
	"os"
)

type T struct {
	a int
	b float64
	c string
}

type Point struct {
	X, Y int
}

type Weekday int

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

func main() {
	var x uint64 = 1<<64 - 1
	fmt.Printf("%d %x; %d %x\n", x, x, int64(x), int64(x))
	t := &T{7, -2.35, "abc\tdef"}
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%#v\n", t)
	fmt.Printf("%#v\n", Point{1, 2})
	timeZone := map[string]int{"UTC": 0, "EST": -5 * 3600}
	fmt.Printf("%v\n", timeZone)
	fmt.Printf("%#v\n", timeZone)
	fmt.Printf("%T %T %T %T\n", t, timeZone, Point{}, []Point{})
	fmt.Printf("%q %q %#q\n", "hello", 'x', "back`tick")
	fmt.Printf("%x % x %X\n", "hex", []byte{1, 171, 255}, "hex")
	fmt.Printf("%08.3f|%-8d|%+d|%8s|\n", 3.14159, 42, 7, "right")
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%c %U %o %b\n", 'G', 'G', 8, 5)
	fmt.Printf("%e %g %G\n", 123456.789, 1e21, 1e-7)
	fmt.Printf("%v %d %s\n", Weekday(3), Weekday(3), Weekday(5))
	days := []Weekday{1, 2, 6}
	fmt.Println(days)
	fmt.Printf("%v %q\n", days, []string{"a", "b"})
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2.5, Point{3, 4})
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	s := fmt.Sprintf("%[2]d %[1]d %d", 10, 20)
	fmt.Println(s)
	fmt.Printf("%!d\n")
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.0, "c"))
	var ip *int
	fmt.Printf("%v %+v\n", ip, []any{nil, 1, "x"})
}
