package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrClosed = errors.New("queue closed")

type BoundedQueue[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []T
	cap      int
	closed   bool
}

func NewBoundedQueue[T any](capacity int) *BoundedQueue[T] {
	q := &BoundedQueue[T]{cap: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue[T]) Put(v T) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap && !q.closed {
		q.notFull.Wait()
	}
	if q.closed {
		return ErrClosed
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	return nil
}

func (q *BoundedQueue[T]) Take() (T, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	var zero T
	if len(q.items) == 0 {
		return zero, ErrClosed
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, nil
}

func (q *BoundedQueue[T]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
	q.notFull.Broadcast()
}

type Barrier struct {
	mu    sync.Mutex
	cond  *sync.Cond
	n     int
	count int
	gen   int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Wait() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.cond.Broadcast()
		return gen
	}
	for gen == b.gen {
		b.cond.Wait()
	}
	return gen
}

func main() {
	q := NewBoundedQueue[int](2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	consumed := map[int][]int{}
	for c := 0; c < 3; c++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for {
				v, err := q.Take()
				if err != nil {
					return
				}
				mu.Lock()
				consumed[id] = append(consumed[id], v)
				mu.Unlock()
			}
		}(c)
	}
	for i := 1; i <= 20; i++ {
		if err := q.Put(i); err != nil {
			fmt.Println("put:", err)
		}
	}
	q.Close()
	wg.Wait()
	var all []int
	for _, vs := range consumed {
		all = append(all, vs...)
	}
	sort.Ints(all)
	fmt.Println(len(all), all[0], all[len(all)-1])
	fmt.Println("put after close:", q.Put(99))
	_, err := q.Take()
	fmt.Println("take after close:", err)

	b := NewBarrier(4)
	phases := make([][]string, 3)
	var pmu sync.Mutex
	var wg2 sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg2.Add(1)
		go func(w int) {
			defer wg2.Done()
			for p := 0; p < 3; p++ {
				pmu.Lock()
				phases[p] = append(phases[p], fmt.Sprintf("w%d", w))
				pmu.Unlock()
				b.Wait()
			}
		}(w)
	}
	wg2.Wait()
	for i, ph := range phases {
		sort.Strings(ph)
		fmt.Println("phase", i, ph)
	}
}
