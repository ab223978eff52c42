package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type Customer struct {
	ID      int
	Arrival int
	Service int
	Start   int
	Teller  string
}

func (c Customer) Wait() int { return c.Start - c.Arrival }

func main() {
	rng := rand.New(rand.NewSource(1))
	const open = 8 * 60
	tellers := map[string]int{"alice": 0, "bob": 0, "carol": 0}
	names := []string{"alice", "bob", "carol"}
	defer fmt.Println("bank closed")

	var arrivals []Customer
	t := 0
	for id := 1; t < open; id++ {
		t += 1 + rng.Intn(6)
		arrivals = append(arrivals, Customer{ID: id, Arrival: t, Service: 3 + rng.Intn(10)})
	}
	fmt.Println("customers:", len(arrivals))

	served := make([]Customer, 0, len(arrivals))
	busy := map[string]int{}
	for _, c := range arrivals {
		best := names[0]
		for _, n := range names[1:] {
			if tellers[n] < tellers[best] {
				best = n
			}
		}
		start := max(c.Arrival, tellers[best])
		c.Start, c.Teller = start, best
		tellers[best] = start + c.Service
		busy[best] += c.Service
		served = append(served, c)
	}

	total, worst := 0, Customer{}
	for _, c := range served {
		total += c.Wait()
		if c.Wait() > worst.Wait() {
			worst = c
		}
	}
	avg := float64(total) / float64(len(served))
	fmt.Printf("average wait %.2f min, worst %d min (customer %d at %02d:%02d)\n", avg, worst.Wait(), worst.ID, 9+worst.Arrival/60, worst.Arrival%60)

	hist := map[int]int{}
	for _, c := range served {
		hist[c.Wait()/5]++
	}
	keys := make([]int, 0, len(hist))
	for k := range hist {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("%2d-%2d min | %s\n", k*5, k*5+4, strings.Repeat("*", hist[k]))
	}

	for _, n := range names {
		util := float64(busy[n]) / float64(tellers[n]) * 100
		fmt.Printf("%-6s busy %3d min, done at %02d:%02d, utilisation %.1f%%\n", n, busy[n], 9+tellers[n]/60, tellers[n]%60, util)
	}

	last := served[len(served)-1]
	fmt.Printf("last customer %+v\n", last)
	defer func() {
		fmt.Println("summary:", len(served), "served")
	}()
}
