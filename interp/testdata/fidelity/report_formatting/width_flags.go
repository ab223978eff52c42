package main

import "fmt"

type Celsius float64

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

func main() {
	ints := []int{0, 7, -7, 42, -1234, 1 << 20}
	for _, n := range ints {
		fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%O|%b|%c|%U|%q|\n",
			n, n, n, n, n, n, n, n, n, n, n, n, n, 'A'+n%26, n&0xffff, 'a'+n%26)
	}
	fmt.Printf("|%8.3d|%-8.3d|%+.4d|%x|\n", 5, 5, 5, -255)
	strs := []string{"", "go", "gopher", "héllo", "日本語"}
	for _, s := range strs {
		fmt.Printf("|%s|%8s|%-8s|%.2s|%8.3s|%q|%x|%X|% x|%#q|\n", s, s, s, s, s, s, s, s, s, s)
	}
	fmt.Printf("|%t|%6t|%-6t|%v|\n", true, false, true, !true)
	fmt.Printf("|%p|\n", nil)
	fmt.Printf("|%v|%6.2f|%g|\n", Celsius(21.5), Celsius(-3.333), Celsius(100))
	fmt.Printf("|%v|%d|%s|%8v|%-8v|%q|\n", Level(1), Level(2), Level(0), Level(2), Level(1), Level(0))
	fmt.Printf("|%c|%c|%c|%-4c|%4c|\n", 'G', 0x4E16, 128512, 'x', 'y')
	fmt.Printf("|%q|%+q|%#U|%x|\n", 'é', 'é', '⌘', 'é')
	fmt.Printf("|%6.2v|%.3v|%10v|%-10v|\n", 3.14159, "abcdef", []int{1, 2}, map[string]int{"a": 1})
	fmt.Printf("|%3v|%-4v|%04v|\n", []int{1, 22, 333}, []string{"a", "b"}, []int{5, 6})
	fmt.Printf("|%v|%v|%v|\n", int8(-128), uint16(65535), uintptr(10))
	fmt.Printf("|%5.1f%%|%3d%%|\n", 99.5, 100)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]s-%[1]s %[3]*.[2]*[1]f\n", 12.0, 2, 6)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%.2f\n", 5)
	fmt.Printf("%s %v\n", error(nil), []error{nil})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, 'x'))
	fmt.Println(fmt.Sprintln("a", 1) + "|")
	fmt.Print("x", 1, "\n")
	fmt.Print(1, 2, "\n")
	var ip *int
	n := 5
	ip2 := &n
	fmt.Println(ip == nil, *ip2, fmt.Sprintf("%v", ip))
	fmt.Printf("%v %s\n", struct{ L Level }{2}, []Level{0, 1, 2})
	fmt.Printf("%x %X\n", []int{10, 255}, "Go")
	fmt.Printf("%08.3f|%-08.3f|%+08d|% 08d\n", 3.14159, 3.14159, 42, 42)
	fmt.Printf("%#v %#v %#v\n", Celsius(1), Level(1), []Level{2})
}
