package main

import (
	"fmt"
	"sort"
	"strings"
)

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

type Factor struct {
	P, E int
}

func factorize(n int, primes []int) []Factor {
	var fs []Factor
	for _, p := range primes {
		if p*p > n {
			break
		}
		e := 0
		for n%p == 0 {
			n /= p
			e++
		}
		if e > 0 {
			fs = append(fs, Factor{p, e})
		}
	}
	if n > 1 {
		fs = append(fs, Factor{n, 1})
	}
	return fs
}

func format(fs []Factor) string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		if f.E == 1 {
			parts[i] = fmt.Sprint(f.P)
		} else {
			parts[i] = fmt.Sprintf("%d^%d", f.P, f.E)
		}
	}
	return strings.Join(parts, " * ")
}

func divisors(fs []Factor) []int {
	ds := []int{1}
	for _, f := range fs {
		cur := len(ds)
		pk := 1
		for e := 1; e <= f.E; e++ {
			pk *= f.P
			for i := 0; i < cur; i++ {
				ds = append(ds, ds[i]*pk)
			}
		}
	}
	sort.Ints(ds)
	return ds
}

func phi(n int, fs []Factor) int {
	r := n
	for _, f := range fs {
		r = r / f.P * (f.P - 1)
	}
	return r
}

func main() {
	ps := sieve(1000)
	fmt.Println("primes below 1000:", len(ps))
	fmt.Println("first 20:", ps[:20])
	fmt.Println("last 5:", ps[len(ps)-5:])

	twins := 0
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twins++
		}
	}
	fmt.Println("twin pairs:", twins)

	maxGap, at := 0, 0
	for i := 1; i < len(ps); i++ {
		if g := ps[i] - ps[i-1]; g > maxGap {
			maxGap, at = g, ps[i-1]
		}
	}
	fmt.Printf("largest gap %d after %d\n", maxGap, at)

	for _, n := range []int{1, 2, 12, 360, 997, 1001, 65536, 999999, 600851475143} {
		fs := factorize(n, ps)
		ds := divisors(fs)
		if len(ds) > 12 {
			ds = append(ds[:6:6], ds[len(ds)-3:]...)
		}
		fmt.Printf("%12d = %-22s phi=%-12d divisors=%v\n", n, format(fs), phi(n, fs), ds)
	}

	// Goldbach for small evens
	set := make(map[int]bool, len(ps))
	for _, p := range ps {
		set[p] = true
	}
	for n := 4; n <= 40; n += 6 {
		for _, p := range ps {
			if set[n-p] {
				fmt.Printf("%d=%d+%d ", n, p, n-p)
				break
			}
		}
	}
	fmt.Println()
	perfect := []int{}
	for n := 2; n < 10000; n++ {
		s := 0
		for _, d := range divisors(factorize(n, ps)) {
			if d != n {
				s += d
			}
		}
		if s == n {
			perfect = append(perfect, n)
		}
	}
	fmt.Println("perfect:", perfect)
}
