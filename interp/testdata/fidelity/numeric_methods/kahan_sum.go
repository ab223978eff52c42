package main

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
)

type Summer interface {
	Add(float64)
	Sum() float64
}

type naive struct{ s float64 }

func (n *naive) Add(x float64) { n.s += x }
func (n *naive) Sum() float64  { return n.s }

type kahan struct{ s, c float64 }

func (k *kahan) Add(x float64) {
	y := x - k.c
	t := k.s + y
	k.c = (t - k.s) - y
	k.s = t
}
func (k *kahan) Sum() float64 { return k.s }

type pairwise struct{ xs []float64 }

func (p *pairwise) Add(x float64) { p.xs = append(p.xs, x) }
func (p *pairwise) Sum() float64  { return pw(p.xs) }

func pw(xs []float64) float64 {
	if len(xs) <= 8 {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s
	}
	m := len(xs) / 2
	return pw(xs[:m]) + pw(xs[m:])
}

func exact(xs []float64) *big.Float {
	s := new(big.Float).SetPrec(500)
	for _, x := range xs {
		s.Add(s, new(big.Float).SetFloat64(x))
	}
	return s
}

func main() {
	var data []float64
	for i := 0; i < 100000; i++ {
		data = append(data, 0.1)
	}
	data = append(data, 1e10, -1e10)
	for i := 1; i <= 1000; i++ {
		data = append(data, 1/float64(i*i))
	}
	want, _ := exact(data).Float64()
	fmt.Printf("exact    %.15g\n", want)
	for _, s := range []Summer{&naive{}, &kahan{}, &pairwise{}} {
		for _, x := range data {
			s.Add(x)
		}
		got := s.Sum()
		fmt.Printf("%-18T %.15g  ulps off: %d\n", s, got, ulps(got, want))
	}
	fmt.Println(math.Pi*math.Pi/6, exact([]float64{0.1, 0.2}).Text('g', 30))
	x := 1.0
	for i := 0; i < 5; i++ {
		x /= 3
		fmt.Print(strconv.FormatFloat(x, 'e', 17, 64), " ")
	}
	fmt.Println()
	fmt.Println(math.Nextafter(1, 2)-1 == math.Pow(2, -52), 1+math.Pow(2, -53) == 1, math.MaxInt64, math.MinInt64)
	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32, float32(0.1)+float32(0.2), float64(float32(0.1)))
}

func ulps(a, b float64) int64 {
	ia := int64(math.Float64bits(a))
	ib := int64(math.Float64bits(b))
	if ia > ib {
		return ia - ib
	}
	return ib - ia
}
