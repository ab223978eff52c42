package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

func lcm(a, b int) int { return a / gcd(a, b) * b }

func extGCD(a, b int) (g, x, y int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := extGCD(b, a%b)
	return g, y1, x1 - (a/b)*y1
}

func modInverse(a, m int) (int, bool) {
	g, x, _ := extGCD(a, m)
	if g != 1 {
		return 0, false
	}
	return ((x % m) + m) % m, true
}

func modPow(base, exp, mod uint64) uint64 {
	result := uint64(1)
	base %= mod
	for exp > 0 {
		if exp&1 == 1 {
			result = result * base % mod
		}
		base = base * base % mod
		exp >>= 1
	}
	return result
}

func millerRabin(n uint64) bool {
	if n < 2 {
		return false
	}
	for _, p := range []uint64{2, 3, 5, 7, 11, 13} {
		if n%p == 0 {
			return n == p
		}
	}
	d, r := n-1, 0
	for d%2 == 0 {
		d /= 2
		r++
	}
	for _, a := range []uint64{2, 3, 5, 7, 11} {
		x := modPow(a, d, n)
		if x == 1 || x == n-1 {
			continue
		}
		composite := true
		for i := 0; i < r-1; i++ {
			x = x * x % n
			if x == n-1 {
				composite = false
				break
			}
		}
		if composite {
			return false
		}
	}
	return true
}

// chinese remainder theorem for pairwise coprime moduli
func crt(rems, mods []int) (int, int) {
	x, M := 0, 1
	for _, m := range mods {
		M *= m
	}
	for i, m := range mods {
		Mi := M / m
		inv, _ := modInverse(Mi%m, m)
		x = (x + rems[i]*Mi*inv) % M
	}
	return x, M
}

func collatz(n int) (steps, peak int) {
	peak = n
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
		if n > peak {
			peak = n
		}
	}
	return
}

func main() {
	pairs := [][2]int{{12, 18}, {17, 5}, {0, 9}, {-24, 36}, {1071, 462}, {240, 46}}
	for _, p := range pairs {
		g, x, y := extGCD(p[0], p[1])
		fmt.Printf("gcd(%d,%d)=%d lcm=%d bezout: %d*%d + %d*%d = %d\n", p[0], p[1], gcd(p[0], p[1]), lcm(p[0], p[1]), p[0], x, p[1], y, p[0]*x+p[1]*y)
		_ = g
	}
	for _, m := range [][2]int{{3, 11}, {10, 17}, {6, 9}, {7, 26}} {
		inv, ok := modInverse(m[0], m[1])
		fmt.Printf("inverse of %d mod %d: %d %v\n", m[0], m[1], inv, ok)
	}
	fmt.Println(modPow(2, 10, 1000), modPow(3, 200, 1000000007), modPow(7, 0, 13), modPow(5, 117, 19))
	var ps []uint64
	for n := uint64(1000000); len(ps) < 5; n++ {
		if millerRabin(n) {
			ps = append(ps, n)
		}
	}
	fmt.Println("primes after 1e6:", ps)
	fmt.Println(millerRabin(561), millerRabin(2147483647), millerRabin(1<<31+1))
	x, M := crt([]int{2, 3, 2}, []int{3, 5, 7})
	fmt.Printf("x ≡ %d (mod %d)\n", x, M)
	best, bestN := 0, 0
	for n := 1; n < 10000; n++ {
		if s, _ := collatz(n); s > best {
			best, bestN = s, n
		}
	}
	s, pk := collatz(27)
	fmt.Println("collatz longest under 10000:", bestN, best, "27:", s, pk)
	tri := func(n int) int { return n * (n + 1) / 2 }
	for n := 1; ; n++ {
		t := tri(n)
		d := 0
		for i := 1; i*i <= t; i++ {
			if t%i == 0 {
				d += 2
				if i*i == t {
					d--
				}
			}
		}
		if d > 100 {
			fmt.Println("first triangle number with >100 divisors:", t, "n =", n, "divisors =", d)
			break
		}
	}
	digits := func(n int) (sum int) {
		for ; n > 0; n /= 10 {
			sum += n % 10
		}
		return
	}
	fmt.Println(digits(987654321), digits(0), 7/2, -7/2, 7%-3, -7%3)
}
