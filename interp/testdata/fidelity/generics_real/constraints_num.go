package main

import (
	"errors"
	"fmt"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Float interface{ ~float32 | ~float64 }

type Numeric interface{ Integer | Float }

type Vec[T Numeric] []T

func (v Vec[T]) Dot(o Vec[T]) (T, error) {
	if len(v) != len(o) {
		return 0, errors.New("length mismatch")
	}
	var s T
	for i := range v {
		s += v[i] * o[i]
	}
	return s, nil
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

func (v Vec[T]) String() string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = fmt.Sprintf("%v", x)
	}
	return "<" + strings.Join(parts, ", ") + ">"
}

func GCD[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func Abs[T Numeric](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

type Meters float64
type ID uint16

func SumBy[T any, N Numeric](xs []T, f func(T) N) N {
	var total N
	for _, x := range xs {
		total += f(x)
	}
	return total
}

type Run struct {
	Day  string
	Dist Meters
}

func main() {
	a := Vec[int]{1, 2, 3}
	b := Vec[int]{4, 5, 6}
	d, err := a.Dot(b)
	fmt.Println(a, b, d, err)
	_, err = a.Dot(Vec[int]{1})
	fmt.Println("error:", err)
	fmt.Println(a.Scale(3), Vec[float64]{0.5, 1.5}.Scale(2))
	fmt.Printf("%v %T\n", Vec[Meters]{1.25, 2}.Scale(4), Vec[Meters]{})

	fmt.Println(GCD(48, 18), GCD[uint8](200, 150), GCD(ID(1024), ID(768)))
	fmt.Printf("%T\n", GCD(ID(4), ID(6)))
	fmt.Println(Abs(-3), Abs(2.5), Abs(Meters(-7.5)), Abs(int8(-128)))

	runs := []Run{{"mon", 5000}, {"wed", 7500.5}, {"sat", 21097.5}}
	total := SumBy(runs, func(r Run) Meters { return r.Dist })
	fmt.Printf("total %.1f m (%T)\n", total, total)
	count := SumBy(runs, func(r Run) int { return 1 })
	fmt.Println("runs:", count)
	fmt.Printf("avg %.2f km\n", float64(total)/float64(count)/1000)
}
