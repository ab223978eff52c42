package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"sync"
	"sync/atomic"
)

type ShardedCounter struct {
	shards []shard
}

type shard struct {
	mu sync.Mutex
	m  map[string]int
}

func NewShardedCounter(n int) *ShardedCounter {
	c := &ShardedCounter{shards: make([]shard, n)}
	for i := range c.shards {
		c.shards[i].m = map[string]int{}
	}
	return c
}

func (c *ShardedCounter) shardFor(key string) *shard {
	h := fnv.New32a()
	h.Write([]byte(key))
	return &c.shards[h.Sum32()%uint32(len(c.shards))]
}

func (c *ShardedCounter) Inc(key string) {
	s := c.shardFor(key)
	s.mu.Lock()
	s.m[key]++
	s.mu.Unlock()
}

func (c *ShardedCounter) Snapshot() map[string]int {
	out := map[string]int{}
	for i := range c.shards {
		s := &c.shards[i]
		s.mu.Lock()
		for k, v := range s.m {
			out[k] = v
		}
		s.mu.Unlock()
	}
	return out
}

func main() {
	c := NewShardedCounter(4)
	events := []string{"login", "view", "view", "click", "logout", "view", "click", "login"}
	var wg sync.WaitGroup
	var ops atomic.Int64
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for round := 0; round < 25; round++ {
				c.Inc(events[(w+round)%len(events)])
				ops.Add(1)
			}
		}(w)
	}
	wg.Wait()
	snap := c.Snapshot()
	keys := make([]string, 0, len(snap))
	total := 0
	for k, v := range snap {
		keys = append(keys, k)
		total += v
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-7s %3d\n", k, snap[k])
	}
	fmt.Println("total", total, "ops", ops.Load())
	used := 0
	for i := range c.shards {
		if len(c.shards[i].m) > 0 {
			used++
		}
	}
	fmt.Println("shards used >= 1:", used >= 1)
	h := fnv.New64a()
	h.Write([]byte("gopher"))
	fmt.Printf("%x\n", h.Sum64())
}
