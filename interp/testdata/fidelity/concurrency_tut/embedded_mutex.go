package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type SafeCounter struct {
	sync.Mutex
	counts map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.counts[k]++
}

type Inventory struct {
	sync.RWMutex
	stock map[string]int
	log   []string
}

func (inv *Inventory) Take(item string, n int) (ok bool) {
	inv.Lock()
	defer inv.Unlock()
	defer func() {
		status := "ok"
		if !ok {
			status = "short"
		}
		inv.log = append(inv.log, fmt.Sprintf("%s-%d:%s", item, n, status))
	}()
	if inv.stock[item] < n {
		return false
	}
	inv.stock[item] -= n
	return true
}

func (inv *Inventory) Level(item string) int {
	inv.RLock()
	defer inv.RUnlock()
	return inv.stock[item]
}

type worker struct {
	id  int
	inv *Inventory
	sc  *SafeCounter
}

func (w worker) run(orders []string, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, o := range orders {
		if w.inv.Take(o, 1) {
			w.sc.Inc(o)
		} else {
			w.sc.Inc("missed:" + o)
		}
	}
}

func main() {
	inv := &Inventory{stock: map[string]int{"bolt": 10, "nut": 25, "gear": 3}}
	sc := &SafeCounter{counts: map[string]int{}}
	var wg sync.WaitGroup
	orders := strings.Fields("bolt nut gear nut bolt nut")
	for i := 0; i < 4; i++ {
		wg.Add(1)
		w := worker{i, inv, sc}
		go w.run(orders, &wg)
	}
	wg.Wait()
	keys := make([]string, 0, len(sc.counts))
	for k := range sc.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-12s %d\n", k, sc.counts[k])
	}
	for _, item := range []string{"bolt", "gear", "nut"} {
		fmt.Printf("left %s=%d\n", item, inv.Level(item))
	}
	fmt.Println("log entries:", len(inv.log))
	short := 0
	for _, l := range inv.log {
		if strings.HasSuffix(l, ":short") {
			short++
		}
	}
	fmt.Println("short entries:", short)

	var once sync.Once
	fn := sc.Inc
	for i := 0; i < 3; i++ {
		once.Do(func() { fn("once") })
		fn("always")
	}
	fmt.Println(sc.counts["once"], sc.counts["always"])
}
