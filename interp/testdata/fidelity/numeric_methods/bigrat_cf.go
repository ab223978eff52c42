package main

import (
	"fmt"
	"math"
	"math/big"
)

// continued fraction terms of a rational
func cfTerms(r *big.Rat) []int64 {
	var terms []int64
	num := new(big.Int).Set(r.Num())
	den := new(big.Int).Set(r.Denom())
	for den.Sign() != 0 {
		q, m := new(big.Int).DivMod(num, den, new(big.Int))
		terms = append(terms, q.Int64())
		num, den = den, m
	}
	return terms
}

func convergents(terms []int64) []*big.Rat {
	var out []*big.Rat
	hPrev, h := big.NewInt(1), big.NewInt(terms[0])
	kPrev, k := big.NewInt(0), big.NewInt(1)
	out = append(out, new(big.Rat).SetFrac(h, k))
	for _, a := range terms[1:] {
		A := big.NewInt(a)
		hNext := new(big.Int).Add(new(big.Int).Mul(A, h), hPrev)
		kNext := new(big.Int).Add(new(big.Int).Mul(A, k), kPrev)
		hPrev, h = h, hNext
		kPrev, k = k, kNext
		out = append(out, new(big.Rat).SetFrac(h, k))
	}
	return out
}

func sqrt2CF(n int) *big.Rat {
	// 1 + 1/(2 + 1/(2 + ...))
	r := big.NewRat(2, 1)
	for i := 0; i < n; i++ {
		r.Inv(r)
		r.Add(r, big.NewRat(2, 1))
	}
	r.Inv(r)
	return r.Add(r, big.NewRat(1, 1))
}

func main() {
	r := big.NewRat(415, 93)
	fmt.Println(r, "=", cfTerms(r))
	pi := new(big.Rat).SetFloat64(math.Pi)
	fmt.Println("pi as rat:", pi.FloatString(20))
	t := cfTerms(pi)
	fmt.Println("pi terms:", t[:8])
	for i, c := range convergents(t[:6]) {
		f, exact := c.Float64()
		fmt.Printf("  c%d = %-12s %.10f exact=%v\n", i, c.RatString(), f, exact)
	}

	for _, n := range []int{1, 2, 5, 10, 20} {
		s := sqrt2CF(n)
		f, _ := s.Float64()
		fmt.Printf("sqrt2 ~ %s = %.15f (err %.2e)\n", s, f, math.Abs(f-math.Sqrt2))
	}

	// harmonic numbers exactly
	h := new(big.Rat)
	for i := int64(1); i <= 20; i++ {
		h.Add(h, big.NewRat(1, i))
		if i%5 == 0 {
			fmt.Printf("H(%d) = %s ~ %s\n", i, h.RatString(), h.FloatString(6))
		}
	}

	a, _ := new(big.Rat).SetString("3/4")
	b, _ := new(big.Rat).SetString("1.25")
	c, ok := new(big.Rat).SetString("abc")
	fmt.Println(a, b, c, ok)
	fmt.Println("sum", new(big.Rat).Add(a, b), "mul", new(big.Rat).Mul(a, b), "quo", new(big.Rat).Quo(a, b))
	fmt.Println("cmp", a.Cmp(b), "isInt", b.IsInt(), new(big.Rat).Mul(a, big.NewRat(4, 3)).IsInt())
	fmt.Printf("%v %s %10s|\n", a, b, big.NewRat(-6, 4))
	fmt.Println(big.NewRat(-6, 4).FloatString(3), big.NewRat(1, 3).FloatString(0), big.NewRat(2, 3).FloatString(0))

	bf := new(big.Float).SetPrec(200).SetInt64(2)
	bf.Sqrt(bf)
	fmt.Println("big sqrt2:", bf.Text('f', 50))
	fmt.Printf("%.30f\n", bf)
	fmt.Println(bf.Prec(), bf.MinPrec() > 100, bf.Sign())
}
