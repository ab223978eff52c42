package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
)

type Customer struct {
	ID      int
	Arrive  int
	Service int
}

type Teller struct {
	Name   string
	FreeAt int
	Served []int
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	var customers []Customer
	t := 0
	for id := 1; id <= 25; id++ {
		t += rng.IntN(4)
		customers = append(customers, Customer{ID: id, Arrive: t, Service: 2 + rng.IntN(7)})
	}
	tellers := []*Teller{{Name: "Ann"}, {Name: "Bob"}, {Name: "Cy"}}
	waits := make([]int, 0, len(customers))
	for _, c := range customers {
		sort.SliceStable(tellers, func(i, j int) bool { return tellers[i].FreeAt < tellers[j].FreeAt })
		tl := tellers[0]
		start := max(c.Arrive, tl.FreeAt)
		wait := start - c.Arrive
		waits = append(waits, wait)
		tl.FreeAt = start + c.Service
		tl.Served = append(tl.Served, c.ID)
		fmt.Printf("c%02d arrives %3d waits %2d served by %-3s until %3d\n", c.ID, c.Arrive, wait, tl.Name, tl.FreeAt)
	}
	sort.Slice(tellers, func(i, j int) bool { return tellers[i].Name < tellers[j].Name })
	for _, tl := range tellers {
		fmt.Printf("%s served %d customers: %v\n", tl.Name, len(tl.Served), tl.Served)
	}
	total, worst := 0, 0
	for _, w := range waits {
		total += w
		worst = max(worst, w)
	}
	fmt.Printf("average wait %.2f, worst %d\n", float64(total)/float64(len(waits)), worst)
	sorted := append([]int(nil), waits...)
	sort.Ints(sorted)
	fmt.Println("median wait", sorted[len(sorted)/2], "p90", sorted[len(sorted)*9/10])
	fmt.Println(rng.Float64() < 1, rng.Perm(5))
}
