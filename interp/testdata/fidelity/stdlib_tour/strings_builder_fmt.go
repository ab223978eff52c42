package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Point struct{ X, Y float64 }

func (p Point) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Point{X:%g, Y:%g}", p.X, p.Y)
			return
		}
		fmt.Fprintf(f, "(%g,%g)", p.X, p.Y)
	case 's':
		fmt.Fprintf(f, "P[%g %g]", p.X, p.Y)
	default:
		fmt.Fprintf(f, "%%!%c(Point)", verb)
	}
}

type Secret string

func (Secret) GoString() string { return `Secret("***")` }

func wrap(text string, width int) []string {
	var lines []string
	var sb strings.Builder
	for _, w := range strings.Fields(text) {
		if sb.Len() > 0 && sb.Len()+1+len(w) > width {
			lines = append(lines, sb.String())
			sb.Reset()
		}
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(w)
	}
	if sb.Len() > 0 {
		lines = append(lines, sb.String())
	}
	return lines
}

func main() {
	fmt.Println(Money(12345), Money(-5), Money(0))
	fmt.Printf("%v|%s|%d|%8v|%-8v|\n", Money(99), Money(100), Money(7), Money(1), Money(2))
	p := Point{1.5, -2}
	fmt.Printf("%v %+v %s %d\n", p, p, p, p)
	fmt.Println(p, []Point{{0, 0}, {1, 1}})
	fmt.Printf("%#v %v\n", Secret("pw"), Secret("pw"))
	fmt.Printf("%5.1f|%-7.3e|%+d|%x|%X|%o|%b|%c|%U|%q\n", math.Pi, 12345.678, 42, 255, 255, 8, 5, 'G', 'é', 'x')
	fmt.Printf("%08.3f|%+.2e|% d|%6s|%-6s|%.2s|%t\n", -3.14159, 0.000123, 7, "ab", "cd", "xyz", true)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, math.E)
	fmt.Printf("%v %v %v %v\n", math.Inf(1), -math.Inf(1), math.NaN(), -0.0)
	fmt.Printf("%g %g %g %G\n", 1e21, 1e-7, 123456789.0, 1e-10)
	fmt.Printf("%x % X %#x\n", "hi", []byte{1, 171}, 3054)
	fmt.Printf("%T %T %T %T\n", p, &p, []any{1}, map[string]Money{})
	fmt.Printf("%v %+v %#v\n", struct {
		A int
		B string
	}{1, "x"}, &struct{ N []int }{[]int{1}}, []string{"a"})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil), fmt.Sprintln("x", 1))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d:%s]", i, strings.Repeat("*", i))
	}
	fmt.Println(sb.String(), sb.Len())
	for _, l := range wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 20) {
		fmt.Printf("|%-20s|\n", l)
	}
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), strings.ToUpper(s), strconv.Quote(s))
	for i, r := range "aé世" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	var n1, n2 int
	var word string
	c, err := fmt.Sscanf("10 apples 20", "%d %s %d", &n1, &word, &n2)
	fmt.Println(c, err, n1, word, n2)
	c, err = fmt.Sscan("3 4.5 true", &n1, new(float64), new(bool))
	fmt.Println(c, err)
	_, err = fmt.Sscanf("x", "%d", &n1)
	fmt.Println(err)
	fmt.Fprintln(os.Stderr, "to stderr")
	e := fmt.Errorf("wrapped %d: %w", 3, os.ErrNotExist)
	fmt.Printf("%v | %s | %q\n", e, e, e)
}
