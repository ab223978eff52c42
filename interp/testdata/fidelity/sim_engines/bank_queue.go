package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type Customer struct {
	ID      int
	Arrive  int
	Service int
	Start   int
}

type Teller struct {
	ID     int
	Busy   *Customer
	Until  int
	Served int
}

func main() {
	rng := rand.New(rand.NewSource(1))
	const minutes = 60
	tellers := []*Teller{{ID: 1}, {ID: 2}}
	var queue []*Customer
	var done []*Customer
	nextID := 1
	maxQueue := 0

	for t := 0; t < minutes; t++ {
		if rng.Float64() < 0.45 {
			c := &Customer{ID: nextID, Arrive: t, Service: 2 + rng.Intn(5)}
			nextID++
			queue = append(queue, c)
		}
		for _, tl := range tellers {
			if tl.Busy != nil && t >= tl.Until {
				done = append(done, tl.Busy)
				tl.Busy = nil
				tl.Served++
			}
			if tl.Busy == nil && len(queue) > 0 {
				c := queue[0]
				queue = queue[1:]
				c.Start = t
				tl.Busy = c
				tl.Until = t + c.Service
			}
		}
		if len(queue) > maxQueue {
			maxQueue = len(queue)
		}
		if t%10 == 9 {
			fmt.Printf("t=%2d queue=%-2d %s\n", t, len(queue), strings.Repeat("#", len(queue)))
		}
	}

	totalWait, longest := 0, 0
	for _, c := range done {
		w := c.Start - c.Arrive
		totalWait += w
		if w > longest {
			longest = w
		}
	}
	fmt.Println("customers arrived:", nextID-1)
	fmt.Println("served:", len(done), "still waiting:", len(queue))
	for _, tl := range tellers {
		fmt.Printf("teller %d served %d\n", tl.ID, tl.Served)
	}
	if len(done) > 0 {
		fmt.Printf("avg wait %.2f min, longest %d, max queue %d\n", float64(totalWait)/float64(len(done)), longest, maxQueue)
	}
	for _, c := range done[:5] {
		fmt.Printf("%+v\n", *c)
	}
}
