package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

func commatize(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var out []string
	for len(s) > 3 {
		out = append([]string{s[len(s)-3:]}, out...)
		s = s[:len(s)-3]
	}
	out = append([]string{s}, out...)
	r := strings.Join(out, ",")
	if neg {
		r = "-" + r
	}
	return r
}

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°C" }

func main() {
	for _, n := range []int64{0, 7, 1234, -98765, 1234567890, math.MaxInt64, math.MinInt64} {
		fmt.Printf("%20d %26s\n", n, commatize(n))
	}
	x := 1234.5678
	fmt.Printf("%v|%g|%e|%E|%f|%.2f|%8.3f|%-10.1f|%+.3g|%08.2f\n", x, x, x, x, x, x, x, x, x, x)
	fmt.Printf("%x|%X|%o|%O|%b|%c|%q|%U|%#U\n", 3054, 3054, 64, 64, 5, 0x1F600, 0x1F600, 0x1F600, 'é')
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 42, 6, 42, 2, math.Pi)
	fmt.Printf("%[2]d %[1]d %[2]d\n", 1, 2)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%x %X % x %q\n", "hi", []byte("hi"), "hey", []string{"a", "b"})
	fmt.Printf("%v %.3v %10.4v|\n", 1e21, 3.14159, 2.0/3)
	fmt.Printf("%d %s\n", []int{1, 2}, []string{"x"})
	fmt.Println(strconv.FormatFloat(0.1+0.2, 'g', -1, 64), 0.1+0.2, float32(0.1), 1e6, 1e-7, 100000000.0)
	fmt.Println(strconv.Quote("tab\there \"q\" é ☺ \x00"), strconv.QuoteToASCII("é☺"), strconv.Itoa(-5))
	for _, s := range []string{"42", "-0x1F", "0b101", "1e3", "abc", "99999999999999999999"} {
		i, err := strconv.ParseInt(s, 0, 64)
		f, ferr := strconv.ParseFloat(s, 64)
		fmt.Printf("%-22q int=%d err=%v | float=%g err=%v\n", s, i, err, f, ferr)
	}
	temps := []Temp{21.55, -3, 100}
	fmt.Println(temps, Temp(37.77))
	fmt.Printf("%v %s %.2f\n", temps[0], temps[1], temps[2])
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Floor(-1.5), math.Trunc(-1.5), math.Ceil(1.01), math.Mod(7, -3), math.Remainder(7, 3))
	fmt.Println(math.NaN(), math.Inf(-1), -0.0, math.Copysign(0, -1), math.Sqrt(-1), math.MaxUint32, math.SmallestNonzeroFloat64)
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1, uint8(i8), int16(i8)*-1, 7/-2, -7%2, 1<<62>>60)
}
