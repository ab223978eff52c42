package main

import (
	"fmt"
	"math"
)

type point struct {
	X, Y int
}

type pair struct {
	Name string
	P    *point
	Tags []string
	M    map[string]int
}

func main() {
	n := 255
	fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|\n", n, n, n, n, n, n)
	fmt.Printf("|%b|%o|%O|%x|%X|%#x|%#o|%08b|\n", n, n, n, n, n, n, n, 5)
	fmt.Printf("|%c|%q|%U|%#U|\n", 0x1F600, 'g', 'ä', '⌘')
	f := math.Pi * 1000
	fmt.Printf("|%f|%.2f|%9.3f|%-9.1f|%e|%E|%g|%G|\n", f, f, f, f, f, f, f, 1e21)
	fmt.Printf("|%g|%g|%v|%.3g|%#g|\n", 0.000012345, 100000.0, 1e6, 1234.5678, 2.0)
	fmt.Printf("|%x|%X|% x|%#x|\n", "hello", []byte("Go!"), "abc", "hi")
	fmt.Printf("|%s|%10s|%-10s|%.3s|%q|%+q|%#q|\n", "go", "go", "go", "golang", "tab\there", "héllo", "raw`q")
	fmt.Printf("|%t|%v|%5t|\n", true, false, true)
	fmt.Printf("|%p|\n", nil)
	fmt.Printf("|%v|%+v|%#v|%T|\n", point{1, 2}, point{1, 2}, point{1, 2}, point{1, 2})
	p := pair{"a", &point{3, 4}, []string{"x", "y"}, map[string]int{"b": 2, "a": 1}}
	fmt.Printf("%+v\n", p.Tags)
	fmt.Printf("%v %d\n", p.M, p.M)
	fmt.Printf("%#v\n", p.Tags)
	fmt.Printf("%#v\n", p.M)
	fmt.Printf("%v\n", *p.P)
	fmt.Printf("%6.2v|%v|%v\n", 3.14159, int8(-5), uint16(65535))
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 42, 6, 42, 2, math.E)
	fmt.Printf("%[2]d %[1]d %[2]d\n", 10, 20)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n")
	fmt.Printf("%v %v %v\n", []any{1, "a", nil}, [2]bool{true}, struct{}{})
	fmt.Printf("%x %X\n", -255, []int{10, 11, 255})
	fmt.Printf("%.2f %v %v\n", complex(1.5, -2), complex64(1+2i), math.Inf(-1))
	fmt.Printf("%5.1f%%\n", 99.44)
	fmt.Printf("%q\n", []string{"a b", `c"d`})
	fmt.Printf("%s|%v|%d\n", []byte("bytes"), []byte("ab"), []byte("ab"))
	fmt.Printf("%08.3f|%-8.3f|%+.1e\n", -3.14159, 2.5, 123456.0)
	fmt.Printf("%v|%s\n", error(nil), nil)
	var ip *int
	fmt.Printf("%v %d\n", ip, []*int{nil})
	fmt.Println(fmt.Sprintf("%T %T %T %T", p, &p, p.M, fmt.Printf))
}
