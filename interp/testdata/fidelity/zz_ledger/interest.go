package main

import (
	"fmt"
	"math/big"
	"strings"
)

type Money struct{ r *big.Rat }

func M(s string) Money {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic("bad amount " + s)
	}
	return Money{r}
}

func (m Money) Add(o Money) Money    { return Money{new(big.Rat).Add(m.r, o.r)} }
func (m Money) Mul(f *big.Rat) Money { return Money{new(big.Rat).Mul(m.r, f)} }
func (m Money) Round() Money {
	// banker's rounding to cents
	c := new(big.Rat).Mul(m.r, big.NewRat(100, 1))
	q, rem := new(big.Int).QuoRem(c.Num(), c.Denom(), new(big.Int))
	twice := new(big.Int).Mul(new(big.Int).Abs(rem), big.NewInt(2))
	switch twice.Cmp(c.Denom()) {
	case 1:
		q.Add(q, big.NewInt(int64(c.Sign())))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(int64(c.Sign())))
		}
	}
	return Money{new(big.Rat).SetFrac(q, big.NewInt(100))}
}
func (m Money) String() string { return m.r.FloatString(2) }

type Period struct {
	N        int
	Opening  Money
	Interest Money
	Deposit  Money
	Closing  Money
}

func schedule(start Money, annualPct string, months int, deposit Money) []Period {
	rate, _ := new(big.Rat).SetString(annualPct)
	rate.Quo(rate, big.NewRat(1200, 1))
	bal := start
	var out []Period
	for i := 1; i <= months; i++ {
		in := bal.Mul(rate).Round()
		closing := bal.Add(in).Add(deposit)
		out = append(out, Period{i, bal, in, deposit, closing})
		bal = closing
	}
	return out
}

func main() {
	rows := schedule(M("1000.00"), "4.5", 12, M("50"))
	fmt.Printf("%3s %10s %9s %8s %10s\n", "#", "opening", "interest", "deposit", "closing")
	fmt.Println(strings.Repeat("-", 44))
	total := M("0")
	for _, p := range rows {
		total = total.Add(p.Interest)
		fmt.Printf("%3d %10v %9v %8v %10v\n", p.N, p.Opening, p.Interest, p.Deposit, p.Closing)
	}
	fmt.Println("interest earned:", total)
	for _, s := range []string{"0.125", "0.135", "-0.125", "2.675", "1/3"} {
		fmt.Printf("round(%s) = %v\n", s, M(s).Round())
	}
	fmt.Printf("%v %s\n", rows[0], rows[11].Closing)
	f, _ := rows[11].Closing.r.Float64()
	fmt.Printf("%.4f\n", f)
}
