package main

import (
	"errors"
	"fmt"
	"sort"
)

type Frac struct{ num, den int64 }

var ErrZeroDen = errors.New("zero denominator")

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func New(n, d int64) (Frac, error) {
	if d == 0 {
		return Frac{}, ErrZeroDen
	}
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		g = 1
	}
	return Frac{n / g, d / g}, nil
}

func must(f Frac, err error) Frac {
	if err != nil {
		panic(err)
	}
	return f
}

func (a Frac) Add(b Frac) Frac { return must(New(a.num*b.den+b.num*a.den, a.den*b.den)) }
func (a Frac) Sub(b Frac) Frac { return must(New(a.num*b.den-b.num*a.den, a.den*b.den)) }
func (a Frac) Mul(b Frac) Frac { return must(New(a.num*b.num, a.den*b.den)) }
func (a Frac) Div(b Frac) (Frac, error) {
	return New(a.num*b.den, a.den*b.num)
}
func (a Frac) Less(b Frac) bool { return a.num*b.den < b.num*a.den }
func (a Frac) Float() float64   { return float64(a.num) / float64(a.den) }

func (a Frac) String() string {
	if a.den == 1 {
		return fmt.Sprint(a.num)
	}
	return fmt.Sprintf("%d/%d", a.num, a.den)
}

func egyptian(f Frac) []Frac {
	var out []Frac
	for f.num != 0 {
		c := (f.den + f.num - 1) / f.num
		u := Frac{1, c}
		out = append(out, u)
		f = f.Sub(u)
	}
	return out
}

func main() {
	half := must(New(1, 2))
	third := must(New(2, 6))
	fmt.Println(half, third, half.Add(third), half.Sub(third), half.Mul(third))
	q, err := half.Div(third)
	fmt.Println(q, err, q.Float())
	_, err = half.Div(Frac{0, 1})
	fmt.Println("div by zero:", err, errors.Is(err, ErrZeroDen))
	fmt.Println(must(New(-4, -8)), must(New(3, -9)), must(New(0, 5)), must(New(10, 5)))

	fs := []Frac{must(New(3, 4)), must(New(1, 3)), must(New(5, 8)), must(New(-1, 2)), must(New(2, 3)), half}
	sort.Slice(fs, func(i, j int) bool { return fs[i].Less(fs[j]) })
	fmt.Println("sorted:", fs)
	fmt.Printf("%v %s %+v %#v\n", fs[0], fs[1], fs[2], fs[3])

	sum := Frac{0, 1}
	for i := int64(1); i <= 10; i++ {
		sum = sum.Add(Frac{1, i * (i + 1)})
	}
	fmt.Println("telescoping sum:", sum, fmt.Sprintf("%.6f", sum.Float()))
	for _, f := range []Frac{must(New(4, 13)), must(New(5, 121)), must(New(2, 3))} {
		fmt.Printf("%v = %v\n", f, egyptian(f))
	}
	h := Frac{0, 1}
	for i := int64(1); i <= 8; i++ {
		h = h.Add(Frac{1, i})
	}
	fmt.Printf("H8 = %s ≈ %.4f\n", h, h.Float())
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		if e, ok := r.(error); ok {
			fmt.Println("is ErrZeroDen:", errors.Is(e, ErrZeroDen))
		}
	}()
	must(New(1, 0))
}
