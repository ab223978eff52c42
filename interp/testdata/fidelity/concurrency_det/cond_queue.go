package main

import (
	"fmt"
	"sort"
	"sync"
)

type BoundedQueue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
	closed   bool
}

func NewBoundedQueue(capacity int) *BoundedQueue {
	q := &BoundedQueue{cap: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue) Put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
}

func (q *BoundedQueue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *BoundedQueue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func main() {
	q := NewBoundedQueue(2)
	var producers, consumers sync.WaitGroup
	var mu sync.Mutex
	consumed := map[int][]int{}

	for c := range 3 {
		consumers.Add(1)
		go func() {
			defer consumers.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				mu.Lock()
				consumed[c] = append(consumed[c], v)
				mu.Unlock()
			}
		}()
	}
	for p := range 2 {
		producers.Add(1)
		go func() {
			defer producers.Done()
			for i := range 6 {
				q.Put(p*100 + i)
			}
		}()
	}
	producers.Wait()
	q.Close()
	consumers.Wait()

	var all []int
	for _, vs := range consumed {
		all = append(all, vs...)
	}
	sort.Ints(all)
	fmt.Println("consumed", len(all), "items:", all)
	sum := 0
	for _, v := range all {
		sum += v
	}
	fmt.Println("sum:", sum)

	var ready bool
	var m sync.Mutex
	c := sync.NewCond(&m)
	var wg sync.WaitGroup
	woke := make([]bool, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Lock()
			for !ready {
				c.Wait()
			}
			woke[i] = true
			m.Unlock()
		}()
	}
	m.Lock()
	ready = true
	m.Unlock()
	c.Broadcast()
	wg.Wait()
	fmt.Println("all woke:", woke)
}
