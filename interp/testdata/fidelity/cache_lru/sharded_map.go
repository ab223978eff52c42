package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"sync"
)

const shards = 4

type shard struct {
	sync.RWMutex
	m map[string]int
}

type ShardedMap [shards]*shard

func NewSharded() *ShardedMap {
	var s ShardedMap
	for i := range s {
		s[i] = &shard{m: map[string]int{}}
	}
	return &s
}

func (s *ShardedMap) idx(k string) int {
	h := fnv.New32a()
	h.Write([]byte(k))
	return int(h.Sum32() % shards)
}

func (s *ShardedMap) Incr(k string) {
	sh := s[s.idx(k)]
	sh.Lock()
	sh.m[k]++
	sh.Unlock()
}

func (s *ShardedMap) Get(k string) int {
	sh := s[s.idx(k)]
	sh.RLock()
	defer sh.RUnlock()
	return sh.m[k]
}

func main() {
	m := NewSharded()
	keys := []string{"apple", "banana", "cherry", "date", "elder", "fig", "grape"}

	var wg sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				m.Incr(keys[(g*3+i)%len(keys)])
			}
		}(g)
	}
	wg.Wait()

	total := 0
	sorted := append([]string(nil), keys...)
	sort.Strings(sorted)
	for _, k := range sorted {
		fmt.Printf("%-7s shard=%d count=%d\n", k, m.idx(k), m.Get(k))
		total += m.Get(k)
	}
	fmt.Println("total:", total)
}
