package main

import (
	"fmt"
	"math/big"
	"strings"
)

// Egyptian fractions and continued fractions with math/big.
func egyptian(r *big.Rat) []*big.Rat {
	var out []*big.Rat
	x := new(big.Rat).Set(r)
	one := big.NewInt(1)
	for x.Sign() > 0 {
		// ceil(den/num)
		q, m := new(big.Int).DivMod(x.Denom(), x.Num(), new(big.Int))
		if m.Sign() != 0 {
			q.Add(q, one)
		}
		u := new(big.Rat).SetFrac(one, q)
		out = append(out, u)
		x.Sub(x, u)
	}
	return out
}

func continued(r *big.Rat, max int) []*big.Int {
	var terms []*big.Int
	num, den := new(big.Int).Set(r.Num()), new(big.Int).Set(r.Denom())
	for i := 0; i < max && den.Sign() != 0; i++ {
		q, m := new(big.Int).DivMod(num, den, new(big.Int))
		terms = append(terms, q)
		num, den = den, m
	}
	return terms
}

func factorial(n int64) *big.Int {
	return new(big.Int).MulRange(1, n)
}

func main() {
	for _, s := range []string{"4/13", "5/6", "7/15", "1/1"} {
		r, _ := new(big.Rat).SetString(s)
		parts := egyptian(r)
		strs := make([]string, len(parts))
		for i, p := range parts {
			strs[i] = p.String()
		}
		fmt.Printf("%-5s = %s\n", s, strings.Join(strs, " + "))
	}
	pi, _ := new(big.Rat).SetString("3.14159265358979")
	fmt.Println("pi cf:", continued(pi, 6))
	sqrt2, _ := new(big.Rat).SetString("1.41421356237")
	fmt.Println("sqrt2 cf:", continued(sqrt2, 8))
	f := factorial(30)
	fmt.Println(f, len(f.String()), f.BitLen())
	digits := 0
	for _, c := range f.String() {
		digits += int(c - '0')
	}
	fmt.Println("digit sum", digits)
	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b := big.NewInt(987654321)
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	fmt.Println(q, m, new(big.Int).GCD(nil, nil, a, b), a.Cmp(b))
	e := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Printf("%v %x %s\n", e, e, e.Text(36))
	x := new(big.Float).SetPrec(100).SetInt64(2)
	x.Sqrt(x)
	fmt.Println(x.Text('f', 25), big.NewRat(3, -6), new(big.Rat).SetFloat64(0.75))
}
