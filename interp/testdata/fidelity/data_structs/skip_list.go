package main

import (
	"fmt"
	"math/rand"
	"strings"
)

const maxLevel = 6

type skipNode struct {
	key   int
	value string
	next  [maxLevel]*skipNode
}

type SkipList struct {
	head  skipNode
	level int
	len   int
	rnd   *rand.Rand
}

func NewSkipList(seed int64) *SkipList {
	return &SkipList{level: 1, rnd: rand.New(rand.NewSource(seed))}
}

func (s *SkipList) randomLevel() int {
	lvl := 1
	for lvl < maxLevel && s.rnd.Float64() < 0.5 {
		lvl++
	}
	return lvl
}

func (s *SkipList) Set(key int, value string) {
	var update [maxLevel]*skipNode
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
		update[i] = x
	}
	if n := x.next[0]; n != nil && n.key == key {
		n.value = value
		return
	}
	lvl := s.randomLevel()
	if lvl > s.level {
		for i := s.level; i < lvl; i++ {
			update[i] = &s.head
		}
		s.level = lvl
	}
	n := &skipNode{key: key, value: value}
	for i := 0; i < lvl; i++ {
		n.next[i] = update[i].next[i]
		update[i].next[i] = n
	}
	s.len++
}

func (s *SkipList) Get(key int) (string, int, bool) {
	x := &s.head
	steps := 0
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
			steps++
		}
	}
	x = x.next[0]
	if x != nil && x.key == key {
		return x.value, steps, true
	}
	return "", steps, false
}

func (s *SkipList) Delete(key int) bool {
	x := &s.head
	var update [maxLevel]*skipNode
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
		update[i] = x
	}
	n := x.next[0]
	if n == nil || n.key != key {
		return false
	}
	for i := 0; i < s.level; i++ {
		if update[i].next[i] == n {
			update[i].next[i] = n.next[i]
		}
	}
	s.len--
	return true
}

func (s *SkipList) Dump() {
	for i := s.level - 1; i >= 0; i-- {
		var keys []string
		for x := s.head.next[i]; x != nil; x = x.next[i] {
			keys = append(keys, fmt.Sprint(x.key))
		}
		fmt.Printf("L%d: %s\n", i, strings.Join(keys, " -> "))
	}
}

func main() {
	s := NewSkipList(2024)
	for _, k := range []int{30, 10, 50, 20, 40, 70, 60, 15, 35, 5} {
		s.Set(k, fmt.Sprintf("v%d", k))
	}
	s.Set(20, "twenty")
	fmt.Println("len:", s.len, "level:", s.level)
	s.Dump()
	for _, k := range []int{20, 35, 36, 70, 1} {
		v, steps, ok := s.Get(k)
		fmt.Printf("get %2d: %-7q found=%-5v steps=%d\n", k, v, ok, steps)
	}
	fmt.Println(s.Delete(30), s.Delete(30), s.Delete(5))
	s.Dump()
	fmt.Println("len:", s.len)
}
