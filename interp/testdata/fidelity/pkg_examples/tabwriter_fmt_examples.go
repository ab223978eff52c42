package main

import (
	"fmt"
	"math"
	"os"
	"text/tabwriter"
	"time"
)

type point struct{ x, y int }

func main() {
	w := new(tabwriter.Writer)
	w.Init(os.Stdout, 0, 8, 0, '\t', 0)
	fmt.Fprintln(w, "a\tb\tc\td\t.")
	fmt.Fprintln(w, "123\t12345\t1234567\t123456789\t.")
	fmt.Fprintln(w)
	w.Flush()

	w.Init(os.Stdout, 5, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "a\tb\tc\td\t.")
	fmt.Fprintln(w, "123\t12345\t1234567\t123456789\t.")
	fmt.Fprintln(w)
	w.Flush()

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "a\tb\tc")
	fmt.Fprintln(tw, "aa\tbb\tcc")
	fmt.Fprintln(tw, "aaa\t") // trailing tab
	fmt.Fprintln(tw, "aaaa\tdddd\teeee")
	tw.Flush()

	const name, age = "Kim", 22
	fmt.Printf("%s is %d years old.\n", name, age)
	s := fmt.Sprintf("%s is %d years old.\n", name, age)
	fmt.Print(s)
	n, err := fmt.Fprintf(os.Stdout, "%v %v\n", name, age)
	fmt.Println(n, err)
	fmt.Print("a", "b", 1, 2, 3, "c", "d", "\n")
	fmt.Println("a", "b", 1, 2, 3, "c", "d")
	integer, str := 23, "Hello"
	pointer := &integer
	fmt.Printf("%d %d\t%T %T\n", integer, *pointer, integer, pointer)
	truth, answer := true, 42
	fmt.Printf("%v %t %d %x %o %b %c %U %q\n", truth, truth, answer, answer, answer, answer, answer, answer, answer)
	pi := math.Pi
	fmt.Printf("%v %g %.2f (%6.2f) %e %G\n", pi, pi, pi, pi, pi, pi)
	c := complex(1.2, 3.4)
	fmt.Printf("%v %.1f\n", c, c)
	fmt.Printf("%v %q %x % x %X\n", str, str, str, str, str)
	p := point{1, 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	sl := []int{1, 2, 3}
	fmt.Printf("%v %d %#v %x %q\n", sl, sl, sl, sl, []string{"a", "b"})
	m := map[string]int{"dave": 1, "amy": 2}
	fmt.Printf("%v %#v\n", m, m)
	fmt.Printf("|%6d|%-6d|%06d|%+d|\n", 12, 12, 12, 12)
	fmt.Printf("|%8.3f|%-8.3f|%08.3f|\n", pi, pi, -pi)
	fmt.Printf("|%10s|%-10s|%.3s|\n", "foo", "foo", "foobar")
	fmt.Printf("%v %s\n", 90*time.Second, time.Duration(1500)*time.Millisecond)
	fmt.Printf("%!d %z\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", "hi", 2)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	var ip *int
	var iface any
	fmt.Printf("%v %v %d\n", ip, iface, []any{nil, 1})
	fmt.Println(fmt.Sprint("x", 1, 2, "y"), fmt.Sprintln("end", 3))
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%t %v %08b %o %#o %#x %#X %x\n", false, uint8(200), 5, 64, 64, 255, 255, -255)
	fmt.Printf("%e %E %.0f %.1f %g %g\n", 1234.5678, 0.000123, 2.5, 0.05, 1e21, 100000.0)
	fmt.Printf("%c%c%c %U %#U\n", 'G', 'o', '!', '⌘', '⌘')
	fmt.Printf("%5t|%-5t|\n", true, false)
	fmt.Printf("%x %X %x\n", "hello", []byte("hi"), 3.5)
	fmt.Printf("%v %v\n", [3]bool{true}, struct {
		A *int
		B []string
	}{nil, nil})
	fmt.Printf("%s %v\n", fmt.Errorf("wrapped: %w", os.ErrNotExist), error(nil))
}
