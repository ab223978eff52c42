package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]int
	hits atomic.Int64
	miss atomic.Int64
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	if ok {
		c.hits.Add(1)
	} else {
		c.miss.Add(1)
	}
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

var (
	configOnce sync.Once
	config     map[string]string
	loads      int32
)

func loadConfig() map[string]string {
	configOnce.Do(func() {
		atomic.AddInt32(&loads, 1)
		config = map[string]string{"env": "prod", "region": "eu"}
	})
	return config
}

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Take() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	c := &Cache{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Set(fmt.Sprintf("k%d", i%5), i)
		}(i)
	}
	wg.Wait()
	for i := 0; i < 8; i++ {
		c.Get(fmt.Sprintf("k%d", i))
	}
	fmt.Println("hits", c.hits.Load(), "miss", c.miss.Load(), "size", len(c.data))

	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = loadConfig()
		}()
	}
	wg.Wait()
	fmt.Println("loads:", atomic.LoadInt32(&loads), loadConfig()["region"])

	q := NewQueue()
	var got []int
	var gmu sync.Mutex
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 4; j++ {
				v := q.Take()
				gmu.Lock()
				got = append(got, v)
				gmu.Unlock()
			}
		}()
	}
	for i := 1; i <= 12; i++ {
		q.Put(i * 10)
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)

	var counter atomic.Uint32
	var flag atomic.Bool
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if counter.Add(1) == 50 {
				flag.Store(true)
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter.Load(), flag.Load(), flag.CompareAndSwap(true, false), flag.Load())
	var v atomic.Value
	v.Store([]string{"a", "b"})
	fmt.Println(v.Load().([]string))
}
