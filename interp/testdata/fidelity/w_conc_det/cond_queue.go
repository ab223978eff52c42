package main

import (
	"fmt"
	"sync"
)

type BoundedQueue[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []T
	cap      int
	closed   bool
}

func NewBounded[T any](n int) *BoundedQueue[T] {
	q := &BoundedQueue[T]{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue[T]) Put(v T) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
}

func (q *BoundedQueue[T]) Take() (T, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *BoundedQueue[T]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

type Order struct {
	ID    int
	Items []string
}

func main() {
	q := NewBounded[Order](2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[int]int{}
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				o, ok := q.Take()
				if !ok {
					return
				}
				mu.Lock()
				seen[o.ID] = len(o.Items)
				mu.Unlock()
			}
		}()
	}
	for i := 1; i <= 8; i++ {
		items := make([]string, i%3+1)
		for j := range items {
			items[j] = fmt.Sprintf("sku%d", i*10+j)
		}
		q.Put(Order{i, items})
	}
	q.Close()
	wg.Wait()
	fmt.Println(len(seen), seen)
	sum := 0
	for _, n := range seen {
		sum += n
	}
	fmt.Println("items", sum)
	_, ok := q.Take()
	fmt.Println("after close:", ok, len(q.items), q.closed)
	fmt.Printf("%+v\n", Order{9, []string{"a", "b"}})
}
