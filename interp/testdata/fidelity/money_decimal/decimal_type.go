package main

import (
	"errors"
	"fmt"
	"strings"
)

// Decimal is a fixed-point number with 4 decimal places.
type Decimal struct{ units int64 }

const scale = 10000

var ErrDivZero = errors.New("division by zero")

func D(s string) Decimal {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	frac = (frac + "0000")[:4]
	var w, f int64
	fmt.Sscan(whole, &w)
	fmt.Sscan(frac, &f)
	u := w*scale + f
	if neg {
		u = -u
	}
	return Decimal{u}
}

func (a Decimal) Add(b Decimal) Decimal { return Decimal{a.units + b.units} }
func (a Decimal) Sub(b Decimal) Decimal { return Decimal{a.units - b.units} }
func (a Decimal) Mul(b Decimal) Decimal {
	p := a.units * b.units
	// round half away from zero
	if p >= 0 {
		return Decimal{(p + scale/2) / scale}
	}
	return Decimal{(p - scale/2) / scale}
}
func (a Decimal) Div(b Decimal) (Decimal, error) {
	if b.units == 0 {
		return Decimal{}, ErrDivZero
	}
	return Decimal{a.units * scale / b.units}, nil
}

func (a Decimal) String() string {
	u := a.units
	sign := ""
	if u < 0 {
		sign, u = "-", -u
	}
	s := fmt.Sprintf("%s%d.%04d", sign, u/scale, u%scale)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

func main() {
	a, b := D("12.5"), D("0.3333")
	fmt.Println(a, b, a.Add(b), a.Sub(b), a.Mul(b))

	q, err := D("10").Div(D("3"))
	fmt.Println(q, err)
	_, err = a.Div(D("0"))
	fmt.Println(err)

	fmt.Println(D("-1.25").Mul(D("2")), D("0.1").Add(D("0.2")), D("7"))
	sum := D("0")
	for i := 0; i < 10; i++ {
		sum = sum.Add(D("0.1"))
	}
	fmt.Println(sum, sum == D("1"))
}
