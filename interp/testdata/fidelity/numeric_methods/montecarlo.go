package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strings"
)

func estimatePi(r *rand.Rand, n int) float64 {
	inside := 0
	for i := 0; i < n; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	return 4 * float64(inside) / float64(n)
}

type walkStats struct {
	finals   []int
	maxDist  int
	returned int
}

func randomWalks(r *rand.Rand, walkers, steps int) walkStats {
	var st walkStats
	for w := 0; w < walkers; w++ {
		pos, back := 0, false
		for s := 0; s < steps; s++ {
			if r.Intn(2) == 0 {
				pos--
			} else {
				pos++
			}
			if pos == 0 {
				back = true
			}
			if d := int(math.Abs(float64(pos))); d > st.maxDist {
				st.maxDist = d
			}
		}
		if back {
			st.returned++
		}
		st.finals = append(st.finals, pos)
	}
	return st
}

func diceHistogram(r *rand.Rand, rolls int) map[int]int {
	h := map[int]int{}
	for i := 0; i < rolls; i++ {
		h[r.Intn(6)+1+r.Intn(6)+1]++
	}
	return h
}

func main() {
	r := rand.New(rand.NewSource(42))
	for _, n := range []int{100, 1000, 10000, 100000} {
		pi := estimatePi(r, n)
		fmt.Printf("n=%-7d pi≈%.5f err=%.5f\n", n, pi, math.Abs(pi-math.Pi))
	}
	st := randomWalks(r, 200, 100)
	sort.Ints(st.finals)
	sum, sq := 0, 0
	for _, f := range st.finals {
		sum += f
		sq += f * f
	}
	fmt.Printf("walks: mean=%.3f rms=%.3f max=%d returned=%d/200 median=%d\n",
		float64(sum)/200, math.Sqrt(float64(sq)/200), st.maxDist, st.returned, st.finals[100])
	h := diceHistogram(r, 3600)
	for total := 2; total <= 12; total++ {
		fmt.Printf("%2d %4d %s\n", total, h[total], strings.Repeat("▇", h[total]/20))
	}
	deck := make([]string, 0, 52)
	for _, s := range []string{"♠", "♥", "♦", "♣"} {
		for _, v := range []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"} {
			deck = append(deck, v+s)
		}
	}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println("hand:", deck[:5])
	fmt.Println(r.Int63(), r.Uint32(), r.Int31n(1000), r.ExpFloat64() > 0)
	samples := make([]float64, 1000)
	for i := range samples {
		samples[i] = r.NormFloat64()
	}
	sort.Float64s(samples)
	fmt.Printf("normal quantiles: %.3f %.3f %.3f %.3f %.3f\n", samples[25], samples[250], samples[500], samples[750], samples[975])
	r2 := rand.New(rand.NewSource(42))
	fmt.Println("same seed same pi:", estimatePi(r2, 100) == estimatePi(rand.New(rand.NewSource(42)), 100))
}
