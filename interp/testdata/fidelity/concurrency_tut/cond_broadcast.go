package main

import (
	"fmt"
	"sort"
	"sync"
)

// Gate holds goroutines until Open is called; Open wakes all of them.
type Gate struct {
	mu   sync.Mutex
	cond *sync.Cond
	open bool
	wait int
}

func NewGate() *Gate {
	g := &Gate{}
	g.cond = sync.NewCond(&g.mu)
	return g
}

func (g *Gate) Wait() {
	g.mu.Lock()
	g.wait++
	for !g.open {
		g.cond.Wait()
	}
	g.mu.Unlock()
}

func (g *Gate) Waiting() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.wait
}

func (g *Gate) Open() {
	g.mu.Lock()
	g.open = true
	g.mu.Unlock()
	g.cond.Broadcast()
}

// Queue is a bounded blocking queue built on two conditions.
type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
}

func NewQueue(max int) *Queue {
	q := &Queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.notEmpty.Signal()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.mu.Unlock()
	q.notFull.Signal()
	return v
}

func main() {
	g := NewGate()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var finished []string
	runners := []string{"ana", "ben", "cho", "dev", "eli"}
	for _, r := range runners {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			g.Wait()
			mu.Lock()
			finished = append(finished, name)
			mu.Unlock()
		}(r)
	}
	for g.Waiting() < len(runners) {
		// spin until everyone is at the gate
		runtimeYield()
	}
	fmt.Println("waiting at gate:", g.Waiting())
	g.Open()
	wg.Wait()
	sort.Strings(finished)
	fmt.Println("released:", finished)

	q := NewQueue(2)
	var out []int
	done := make(chan struct{})
	go func() {
		for i := 0; i < 10; i++ {
			out = append(out, q.Get())
		}
		close(done)
	}()
	for i := 1; i <= 10; i++ {
		q.Put(i * 11)
	}
	<-done
	fmt.Println("queue order:", out)
	sum := 0
	for _, v := range out {
		sum += v
	}
	fmt.Println("sum:", sum)
}

func runtimeYield() {
	ch := make(chan struct{})
	go func() { close(ch) }()
	<-ch
}
