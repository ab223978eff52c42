package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
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

type Result struct {
	Cust   Customer
	Teller string
	Start  int
	Waited int
}

func simulate(custs []Customer, tellers []*Teller) []Result {
	var res []Result
	for _, c := range custs {
		sort.SliceStable(tellers, func(i, j int) bool { return tellers[i].FreeAt < tellers[j].FreeAt })
		t := tellers[0]
		start := max(c.Arrive, t.FreeAt)
		t.FreeAt = start + c.Service
		t.Served = append(t.Served, c.ID)
		res = append(res, Result{c, t.Name, start, start - c.Arrive})
	}
	return res
}

func main() {
	r := rand.New(rand.NewSource(42))
	var custs []Customer
	clock := 0
	for i := 1; i <= 12; i++ {
		clock += r.Intn(4)
		custs = append(custs, Customer{i, clock, 2 + r.Intn(6)})
	}
	tellers := []*Teller{{Name: "A"}, {Name: "B"}, {Name: "C"}}
	res := simulate(custs, tellers)
	totalWait, maxWait := 0, 0
	for _, x := range res {
		fmt.Printf("c%-2d arrive=%2d svc=%d teller=%s start=%2d wait=%d %s\n", x.Cust.ID, x.Cust.Arrive, x.Cust.Service, x.Teller, x.Start, x.Waited, strings.Repeat("*", x.Waited))
		totalWait += x.Waited
		maxWait = max(maxWait, x.Waited)
	}
	fmt.Printf("avg wait %.2f, max %d\n", float64(totalWait)/float64(len(res)), maxWait)
	sort.Slice(tellers, func(i, j int) bool { return tellers[i].Name < tellers[j].Name })
	for _, t := range tellers {
		fmt.Printf("%s served %v until %d\n", t.Name, t.Served, t.FreeAt)
	}
	perm := r.Perm(6)
	fmt.Println(perm, r.Float64() < 1, r.Int63n(1000))
	shuffled := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	fmt.Println(shuffled)
}
