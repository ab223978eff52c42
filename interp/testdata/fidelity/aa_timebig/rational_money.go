package main

import (
	"fmt"
	"math/big"
	"sort"
)

type Share struct {
	Who    string
	Weight int64
}

// Split divides total cents by weights; leftover cents go to the largest remainders.
func Split(total int64, shares []Share) map[string]int64 {
	var wsum int64
	for _, s := range shares {
		wsum += s.Weight
	}
	type rem struct {
		who  string
		frac *big.Rat
	}
	out := map[string]int64{}
	var rems []rem
	var given int64
	for _, s := range shares {
		exact := big.NewRat(total*s.Weight, wsum)
		whole := new(big.Int).Quo(exact.Num(), exact.Denom())
		out[s.Who] = whole.Int64()
		given += whole.Int64()
		frac := new(big.Rat).Sub(exact, new(big.Rat).SetInt(whole))
		rems = append(rems, rem{s.Who, frac})
	}
	sort.SliceStable(rems, func(i, j int) bool { return rems[i].frac.Cmp(rems[j].frac) > 0 })
	for i := int64(0); i < total-given; i++ {
		out[rems[i].who]++
	}
	return out
}

func compound(principal string, ratePct string, years int) string {
	p, _ := new(big.Rat).SetString(principal)
	r, _ := new(big.Rat).SetString(ratePct)
	r.Quo(r, big.NewRat(100, 1))
	r.Add(r, big.NewRat(1, 1))
	for range years {
		p.Mul(p, r)
	}
	return p.FloatString(2)
}

func main() {
	shares := []Share{{"ann", 1}, {"bob", 1}, {"cy", 1}}
	res := Split(1000, shares)
	fmt.Println(res["ann"], res["bob"], res["cy"])
	res = Split(10007, []Share{{"a", 3}, {"b", 2}, {"c", 2}, {"d", 1}})
	keys := []string{"a", "b", "c", "d"}
	var sum int64
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, res[k])
		sum += res[k]
	}
	fmt.Println("sum", sum)
	fmt.Println(compound("1000", "5", 10), compound("2500.50", "3.25", 7))
	f := 0.0
	for range 10 {
		f += 0.1
	}
	r := new(big.Rat)
	for range 10 {
		r.Add(r, big.NewRat(1, 10))
	}
	fmt.Println(f, r, r.IsInt())
	x, _ := new(big.Rat).SetString("3.14159")
	fmt.Println(x, x.FloatString(3))
	fl, exact := x.Float64()
	fmt.Println(fl, exact)
}
