package main

import (
	"fmt"
	"sort"
	"strings"
)

type Frac struct{ N, D int64 }

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func F(n, d int64) Frac {
	if d == 0 {
		panic("zero denominator")
	}
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	return Frac{n / g, d / g}
}

func (a Frac) Add(b Frac) Frac  { return F(a.N*b.D+b.N*a.D, a.D*b.D) }
func (a Frac) Mul(b Frac) Frac  { return F(a.N*b.N, a.D*b.D) }
func (a Frac) Less(b Frac) bool { return a.N*b.D < b.N*a.D }
func (a Frac) Float() float64   { return float64(a.N) / float64(a.D) }

func (a Frac) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') && a.N > 0 {
			fmt.Fprint(f, "+")
		}
		if a.D == 1 {
			fmt.Fprintf(f, "%d", a.N)
			return
		}
		fmt.Fprintf(f, "%d/%d", a.N, a.D)
	case 'f':
		p, ok := f.Precision()
		if !ok {
			p = 3
		}
		fmt.Fprintf(f, "%.*f", p, a.Float())
	case 'm':
		whole := a.N / a.D
		rest := a.N % a.D
		if rest < 0 {
			rest = -rest
		}
		if whole == 0 {
			fmt.Fprintf(f, "%d/%d", a.N, a.D)
		} else {
			fmt.Fprintf(f, "%d %d/%d", whole, rest, a.D)
		}
	default:
		fmt.Fprintf(f, "%%!%c(Frac=%d/%d)", verb, a.N, a.D)
	}
}

func egyptian(f Frac) []Frac {
	var out []Frac
	for f.N != 0 {
		c := (f.D + f.N - 1) / f.N
		u := F(1, c)
		out = append(out, u)
		f = f.Add(F(-1, c))
	}
	return out
}

func main() {
	h, t := F(1, 2), F(1, 3)
	fmt.Println(h.Add(t), h.Mul(t), F(6, -4), F(10, 5))
	fmt.Printf("%v|%+v|%s|%.2f|%f|%m|%d\n", F(7, 3), F(7, 3), F(-7, 3), F(2, 3), F(1, 8), F(-7, 3), F(1, 2))
	fmt.Printf("%8v|%-6v|\n", F(3, 4), F(5, 1))
	fs := []Frac{F(3, 4), F(-1, 2), F(5, 6), F(1, 3), F(2, 8)}
	sort.Slice(fs, func(i, j int) bool { return fs[i].Less(fs[j]) })
	fmt.Println(fs)
	fmt.Printf("%v %m\n", fs, fs)
	sum := F(0, 1)
	for i := int64(1); i <= 6; i++ {
		sum = sum.Add(F(1, i*(i+1)))
	}
	fmt.Printf("telescoping: %v ~ %.4f\n", sum, sum)
	parts := egyptian(F(5, 121))
	var ss []string
	for _, p := range parts {
		ss = append(ss, fmt.Sprint(p))
	}
	fmt.Println(strings.Join(ss, " + "))
	m := map[Frac]string{F(1, 2): "half", F(2, 4): "also half", F(1, 4): "quarter"}
	fmt.Println(len(m), m)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = F(1, 0)
}
