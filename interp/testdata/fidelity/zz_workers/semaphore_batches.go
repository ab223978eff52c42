package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

type Stats struct {
	active    atomic.Int32
	maxActive atomic.Int32
	done      atomic.Int64
}

func (s *Stats) enter() {
	n := s.active.Add(1)
	for {
		m := s.maxActive.Load()
		if n <= m || s.maxActive.CompareAndSwap(m, n) {
			return
		}
	}
}
func (s *Stats) leave() { s.active.Add(-1); s.done.Add(1) }

func resize(id int, size int) (int, error) {
	if size <= 0 {
		return 0, fmt.Errorf("image %d: bad size %d", id, size)
	}
	time.Sleep(time.Millisecond)
	return size / 2, nil
}

func main() {
	sizes := []int{640, 1024, 0, 2048, 800, 1200, -5, 320, 4096, 512}
	sem := make(Semaphore, 3)
	var st Stats
	var mu sync.Mutex
	out := map[int]int{}
	var failures []string
	var wg sync.WaitGroup
	for id, sz := range sizes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			st.enter()
			defer st.leave()
			half, err := resize(id, sz)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failures = append(failures, err.Error())
				return
			}
			out[id] = half
		}()
	}
	wg.Wait()
	ids := make([]int, 0, len(out))
	for id := range out {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		fmt.Printf("img%02d %5d -> %4d\n", id, sizes[id], out[id])
	}
	sort.Strings(failures)
	fmt.Println(failures)
	fmt.Println("done:", st.done.Load(), "max concurrent <= 3:", st.maxActive.Load() <= 3, "active:", st.active.Load())
	var once sync.Once
	calls := 0
	for range 3 {
		once.Do(func() { calls++ })
	}
	fmt.Println(calls, len(sem), cap(sem))
}
