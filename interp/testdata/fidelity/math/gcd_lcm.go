package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b int) int { return a / gcd(a, b) * b }

type Frac struct{ N, D int }

func (f Frac) Reduce() Frac {
	g := gcd(f.N, f.D)
	if g < 0 {
		g = -g
	}
	return Frac{f.N / g, f.D / g}
}

func (f Frac) Add(o Frac) Frac { return Frac{f.N*o.D + o.N*f.D, f.D * o.D}.Reduce() }
func (f Frac) String() string  { return fmt.Sprintf("%d/%d", f.N, f.D) }

func main() {
	fmt.Println(gcd(48, 18), lcm(4, 6), gcd(17, 5))

	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println(l)
	fmt.Println(Frac{1, 2}.Add(Frac{1, 3}), Frac{2, 4}.Add(Frac{2, 4}), Frac{6, 8}.Reduce())
}
