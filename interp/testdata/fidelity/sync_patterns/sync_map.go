package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type SessionStore struct {
	m sync.Map
}

type Session struct {
	User  string
	Views int
}

func (s *SessionStore) Touch(id, user string) *Session {
	v, loaded := s.m.LoadOrStore(id, &Session{User: user})
	sess := v.(*Session)
	if loaded && sess.User != user {
		return nil
	}
	return sess
}

func main() {
	var m sync.Map
	words := strings.Fields("go is fun and go is fast and simple")
	var wg sync.WaitGroup
	var mu sync.Mutex
	for _, w := range words {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			v, _ := m.LoadOrStore(w, 0)
			m.Store(w, v.(int)+1)
		}(w)
	}
	wg.Wait()

	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%s=%d", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)

	v, ok := m.Load("go")
	fmt.Println(v, ok)
	v, ok = m.Load("rust")
	fmt.Println(v, ok)
	prev, loaded := m.LoadAndDelete("and")
	fmt.Println(prev, loaded)
	_, loaded = m.LoadAndDelete("and")
	fmt.Println(loaded)
	m.Delete("fun")
	old, swapped := m.Swap("simple", 100)
	fmt.Println(old, swapped)
	fmt.Println(m.CompareAndSwap("simple", 100, 200), m.CompareAndSwap("simple", 100, 300))
	fmt.Println(m.CompareAndDelete("fast", 2), m.CompareAndDelete("fast", 1))
	count := 0
	m.Range(func(_, _ any) bool {
		count++
		return count < 2
	})
	fmt.Println("stopped after", count)
	m.Clear()
	n := 0
	m.Range(func(_, _ any) bool { n++; return true })
	fmt.Println("after clear:", n)

	var store SessionStore
	a := store.Touch("s1", "ann")
	a.Views++
	b := store.Touch("s1", "ann")
	b.Views++
	c := store.Touch("s1", "mallory")
	fmt.Println(a == b, a.Views, c == nil)

	var typed sync.Map
	typed.Store(1, "int key")
	typed.Store("1", "string key")
	typed.Store(1.0, "float key")
	for _, k := range []any{1, "1", 1.0, int64(1)} {
		v, ok := typed.Load(k)
		fmt.Printf("%T %v -> %v %v\n", k, k, v, ok)
	}
}
