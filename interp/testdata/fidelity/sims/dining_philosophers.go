package main

import (
	"fmt"
	"sort"
	"sync"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	id          int
	left, right *Fork
	meals       int
}

func (p *Philosopher) dine(rounds int, wg *sync.WaitGroup, events chan<- string) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		first, second := p.left, p.right
		if p.id%2 == 1 {
			first, second = second, first
		}
		first.Lock()
		second.Lock()
		p.meals++
		events <- fmt.Sprintf("philosopher %d meal %d", p.id, p.meals)
		second.Unlock()
		first.Unlock()
	}
}

func main() {
	const n = 5
	forks := make([]*Fork, n)
	for i := range forks {
		forks[i] = new(Fork)
	}
	phils := make([]*Philosopher, n)
	for i := 0; i < n; i++ {
		phils[i] = &Philosopher{id: i, left: forks[i], right: forks[(i+1)%n]}
	}
	events := make(chan string, 100)
	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Add(1)
		go p.dine(3, &wg, events)
	}
	wg.Wait()
	close(events)
	var all []string
	for e := range events {
		all = append(all, e)
	}
	sort.Strings(all)
	fmt.Println(len(all), "meals eaten")
	for _, e := range all[:5] {
		fmt.Println(e)
	}
	total := 0
	for _, p := range phils {
		total += p.meals
		fmt.Printf("%d:%d ", p.id, p.meals)
	}
	fmt.Println("total", total)

	results := make([]int, n)
	var mu sync.Mutex
	done := make(chan struct{})
	go func() {
		defer close(done)
		var inner sync.WaitGroup
		for i := 0; i < n; i++ {
			inner.Add(1)
			go func(i int) {
				defer inner.Done()
				mu.Lock()
				results[i] = i * i
				mu.Unlock()
			}(i)
		}
		inner.Wait()
	}()
	<-done
	fmt.Println(results)
	select {
	case <-done:
		fmt.Println("done is closed")
	default:
		fmt.Println("not closed")
	}
}
