package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d\n", n, n, n, n, n)
	fmt.Printf("%b|%o|%O|%x|%X|%#x|%#o\n", n, n, n, n, n, n, n)
	fmt.Printf("%c|%q|%U|%#U\n", 0x1F600, 'g', 'g', '⌘')

	f := 3.14159265
	fmt.Printf("%f|%.2f|%8.3f|%-8.3f|%e|%E|%g\n", f, f, f, f, f, f, f)
	fmt.Printf("%g|%g|%g|%v\n", 1e21, 1e-7, 100000.0, 2.0)
	fmt.Printf("%x|%X\n", 3.5, -1.25)
	fmt.Printf("%t|%v\n", true, false)
	fmt.Printf("%v|%.3v|%8.2v|\n", 1+2i, 1.23456+2i, 3i)
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%*d|%-*d|\n", 6, 42, 4, 7)

	var u8 uint8 = 200
	var i8 int8 = -5
	fmt.Printf("%d %x %08b %d\n", u8, u8, u8, i8)
	fmt.Println(float32(0.1), 0.1+0.2, 1e100, 100000000.0, 1234567.0)
}
