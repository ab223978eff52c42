package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Job struct {
	ID      int
	Arrival float64
	Service float64
}

type Station struct {
	Name      string
	Servers   int
	busyUntil []float64
	served    int
	waitSum   float64
}

func NewStation(name string, servers int) *Station {
	return &Station{Name: name, Servers: servers, busyUntil: make([]float64, servers)}
}

func (s *Station) Serve(j Job) (done float64) {
	best := 0
	for i := 1; i < s.Servers; i++ {
		if s.busyUntil[i] < s.busyUntil[best] {
			best = i
		}
	}
	start := max(j.Arrival, s.busyUntil[best])
	s.waitSum += start - j.Arrival
	s.busyUntil[best] = start + j.Service
	s.served++
	return s.busyUntil[best]
}

func (s *Station) String() string {
	avg := 0.0
	if s.served > 0 {
		avg = s.waitSum / float64(s.served)
	}
	return fmt.Sprintf("%-8s servers=%d served=%d avgwait=%.2f", s.Name, s.Servers, s.served, avg)
}

func main() {
	rng := rand.New(rand.NewPCG(2024, 1))
	checkin := NewStation("checkin", 2)
	security := NewStation("security", 3)
	boarding := NewStation("boarding", 1)
	route := []*Station{checkin, security, boarding}
	t := 0.0
	var finished []float64
	for id := 1; id <= 40; id++ {
		t += rng.ExpFloat64() * 1.5
		at := t
		for _, st := range route {
			svc := 0.5 + rng.Float64()*2
			at = st.Serve(Job{id, at, svc})
		}
		finished = append(finished, at-t)
	}
	for _, st := range route {
		fmt.Println(st)
	}
	total := 0.0
	worst := 0.0
	for _, f := range finished {
		total += f
		worst = max(worst, f)
	}
	fmt.Printf("mean time in system %.2f, worst %.2f\n", total/float64(len(finished)), worst)
	hist := make([]int, 6)
	for _, f := range finished {
		b := min(int(f/3), len(hist)-1)
		hist[b]++
	}
	for i, n := range hist {
		fmt.Printf("%2d-%-2d %s\n", i*3, i*3+3, strings.Repeat("*", n))
	}
}
