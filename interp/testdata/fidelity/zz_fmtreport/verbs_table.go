package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Code  string
	Name  string
	Qty   int
	Price float64
	Sym   rune
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Flags uint8

func (f Flags) Format(s fmt.State, verb rune) {
	switch verb {
	case 'b', 'x', 'd':
		fmt.Fprintf(s, fmt.FormatString(s, verb), uint8(f))
	default:
		names := []string{}
		for i, n := range []string{"R", "W", "X"} {
			if f&(1<<i) != 0 {
				names = append(names, n)
			}
		}
		fmt.Fprint(s, strings.Join(names, "|"))
	}
}

func main() {
	items := []Item{
		{"A-1", "Widget", 12, 3.5, '★'},
		{"B-22", "Gadget \"pro\"", 3, 129.999, 'é'},
		{"C-333", "Thingamajig", 1500, 0.05, '€'},
	}
	fmt.Printf("|%-6s|%-16s|%6s|%9s|%-8s|%s|\n", "code", "name", "qty", "price", "sym", "hex")
	fmt.Println(strings.Repeat("-", 60))
	for _, it := range items {
		fmt.Printf("|%-6s|%-16q|%6d|%9.2f|%-8U|%x|\n", it.Code, it.Name, it.Qty, it.Price, it.Sym, it.Code)
	}
	fmt.Printf("%5.1f%% %08.3f %+d %x %X %o %#o %#x %b\n", 12.345, 3.14159, 42, 255, 255, 8, 8, 255, 5)
	fmt.Printf("%e %E %g %G %.3g\n", 123456.789, 0.000123, 1e21, 1e-7, 2.0/3)
	fmt.Printf("%c %q %U %#U %d\n", 'G', 'x', '⌘', '⌘', 'A')
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 6, 42, 6, 42, 2, 3.14159)
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%s|%v|%.2f|%6.1f\n", Temp(21.55), Temp(-3), Temp(1.234), float64(Temp(9.87)))
	fmt.Printf("%v %s %d %b %08b %#x\n", Flags(5), Flags(3), Flags(6), Flags(7), Flags(2), Flags(255))
	fmt.Printf("%x % x %X %q\n", "héllo", []byte("go"), "Go!", []string{"a b", "c"})
	fmt.Printf("%v %+v %#v\n", items[0], items[0], items[0])
	fmt.Printf("%6.2v|%-8v|%08d|%+.2e\n", 3.14159, []int{1, 2}, -42, 12345.678)
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Println(fmt.Sprintf("%[2]d-%[1]d", 1, 2), fmt.Sprintf("%3c|%-3c|", 'x', 'y'))
}
