package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Float interface{ ~float32 | ~float64 }

type Numeric interface {
	Integer | Unsigned | Float
}

type Celsius float64
type Cents int64
type Port uint16
type Level int8

func Sum[T Numeric](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Numeric](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Clamp[T Integer | Float](v, lo, hi T) T {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func Abs[T Integer | Float](v T) T {
	if v < 0 {
		return -v
	}
	return v
}

func GCD[T Integer | Unsigned](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

type StringLike interface{ ~string | ~[]byte }

func Upper[S StringLike](s S) S {
	return S(strings.ToUpper(string(s)))
}

func Len[S ~string | ~[]rune](s S) int { return len(s) }

type Path string
type Bytes []byte

func FormatAll[T Integer](xs []T, base int) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = strconv.FormatInt(int64(x), base)
	}
	return out
}

func Overflow[T Integer](x T) T {
	return x * 2
}

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[uint8](200, 100))
	fmt.Println(Sum(Celsius(20.5), Celsius(-3)), Sum(Cents(199), Cents(1050)))
	fmt.Printf("%.3f %.3f\n", Mean([]int{1, 2, 4}), Mean([]Port{80, 443, 8080}))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp(Level(-100), -10, 10))
	fmt.Println(Abs(-7), Abs(Celsius(-40)), Abs(int8(-128)))
	fmt.Println(GCD(84, 36), GCD(uint(17), 5), GCD(Port(1024), 768))
	fmt.Println(Upper(Path("/usr/bin")), string(Upper(Bytes("bytes"))), Upper("plain"))
	fmt.Printf("%T %T\n", Upper(Path("x")), Upper(Bytes("y")))
	fmt.Println(Len("héllo"), Len([]rune("héllo")))
	fmt.Println(FormatAll([]Level{-1, 7, 100}, 2), FormatAll([]int64{255, 4096}, 16))
	fmt.Println(Overflow(int8(100)), Overflow(Level(70)), Overflow(int16(20000)))
	var total Cents
	for _, c := range []Cents{250, 199, 1} {
		total = Sum(total, c)
	}
	fmt.Println(total, Mean([]Cents{100, 201}))
	fmt.Printf("%v %T\n", Sum[Celsius](), Sum[Celsius]())
}
