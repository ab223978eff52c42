package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// Dim holds exponents of the SI base dimensions: length, mass, time.
type Dim [3]int8

var dimNames = [3]string{"m", "kg", "s"}

func (d Dim) String() string {
	var num, den []string
	for i, e := range d {
		switch {
		case e == 1:
			num = append(num, dimNames[i])
		case e > 1:
			num = append(num, fmt.Sprintf("%s^%d", dimNames[i], e))
		case e == -1:
			den = append(den, dimNames[i])
		case e < -1:
			den = append(den, fmt.Sprintf("%s^%d", dimNames[i], -e))
		}
	}
	s := strings.Join(num, "·")
	if s == "" {
		s = "1"
	}
	if len(den) > 0 {
		s += "/" + strings.Join(den, "·")
	}
	return s
}

type Q struct {
	V float64
	D Dim
}

var (
	Length = Dim{1, 0, 0}
	Mass   = Dim{0, 1, 0}
	Time   = Dim{0, 0, 1}
	None   = Dim{}
)

type DimError struct {
	Op   string
	A, B Dim
}

func (e DimError) Error() string { return fmt.Sprintf("cannot %s %v and %v", e.Op, e.A, e.B) }

var ErrDomain = errors.New("domain error")

func (a Q) Add(b Q) (Q, error) {
	if a.D != b.D {
		return Q{}, DimError{"add", a.D, b.D}
	}
	return Q{a.V + b.V, a.D}, nil
}

func (a Q) Mul(b Q) Q {
	var d Dim
	for i := range d {
		d[i] = a.D[i] + b.D[i]
	}
	return Q{a.V * b.V, d}
}

func (a Q) Div(b Q) Q {
	inv := Q{1 / b.V, Dim{-b.D[0], -b.D[1], -b.D[2]}}
	return a.Mul(inv)
}

func (a Q) Sqrt() (Q, error) {
	var d Dim
	for i, e := range a.D {
		if e%2 != 0 {
			return Q{}, fmt.Errorf("sqrt of %v: odd exponent: %w", a.D, ErrDomain)
		}
		d[i] = e / 2
	}
	if a.V < 0 {
		return Q{}, fmt.Errorf("sqrt of %g: %w", a.V, ErrDomain)
	}
	return Q{math.Sqrt(a.V), d}, nil
}

func (a Q) String() string { return fmt.Sprintf("%.4g %v", a.V, a.D) }

var named = map[Dim]string{
	{1, 1, -2}: "N",
	{2, 1, -2}: "J",
	{2, 1, -3}: "W",
	{1, 0, -1}: "m/s",
}

func (a Q) Pretty() string {
	if n, ok := named[a.D]; ok {
		return fmt.Sprintf("%.4g %s", a.V, n)
	}
	return a.String()
}

func must(q Q, err error) Q {
	if err != nil {
		panic(err)
	}
	return q
}

func main() {
	m := Q{80, Mass}
	g := Q{9.81, Dim{1, 0, -2}}
	h := Q{12, Length}
	t := Q{2.5, Time}
	force := m.Mul(g)
	energy := force.Mul(h)
	power := energy.Div(t)
	speed := must(Q{2, None}.Mul(g).Mul(h).Sqrt())
	for _, q := range []Q{force, energy, power, speed, h.Div(t).Div(t)} {
		fmt.Printf("%-22v | %s\n", q, q.Pretty())
	}
	_, err := h.Add(t)
	var de DimError
	fmt.Println(err, errors.As(err, &de), de.Op)
	sum, err := h.Add(Q{0.5, Length})
	fmt.Println(sum, err)
	for _, q := range []Q{h, {-4, None}, energy.Mul(Q{1, Mass})} {
		r, err := q.Sqrt()
		if errors.Is(err, ErrDomain) {
			fmt.Println("domain:", err)
			continue
		}
		fmt.Println("sqrt:", r)
	}
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		must(t.Sqrt())
	}()
	fmt.Printf("%v %+v %#v\n", Dim{-1, 2, 0}, force, None)
	fmt.Println(len(named), named[Dim{1, 1, -2}], Dim{0, 0, -1})
}
