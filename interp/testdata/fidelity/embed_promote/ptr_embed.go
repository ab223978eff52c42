package main

import (
	"errors"
	"fmt"
	"sync"
)

type Stats struct {
	mu    sync.Mutex
	count map[string]int
}

func (s *Stats) Record(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.count == nil {
		s.count = map[string]int{}
	}
	s.count[k]++
}

func (s *Stats) Get(k string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.count[k]
}

type Handler struct {
	*Stats
	name string
}

func (h Handler) Handle(path string) {
	h.Record(h.name + ":" + path)
}

type SafeMap struct {
	sync.RWMutex
	m map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.Lock()
	s.m[k]++
	s.Unlock()
}

func (s *SafeMap) Read(k string) int {
	s.RLock()
	defer s.RUnlock()
	return s.m[k]
}

type Node struct {
	Val int
	*Node
}

type ErrWithCode struct {
	error
	Code int
}

func main() {
	shared := &Stats{}
	h1 := Handler{shared, "api"}
	h2 := Handler{shared, "web"}
	h1.Handle("/users")
	h1.Handle("/users")
	h2.Handle("/")
	fmt.Println(shared.Get("api:/users"), h2.Get("web:/"), h1.Get("x"))

	sm := &SafeMap{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sm.Inc([]string{"a", "b"}[i%2])
		}(i)
	}
	wg.Wait()
	fmt.Println(sm.Read("a"), sm.Read("b"))

	list := &Node{1, &Node{2, &Node{3, nil}}}
	for n := list; n != nil; n = n.Node {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	fmt.Println(list.Node.Node.Val)

	var h Handler
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		h.Handle("/x")
	}()

	e := ErrWithCode{errors.New("boom"), 500}
	var err error = e
	fmt.Println(err, e.Code, e.Error())
	var target ErrWithCode
	fmt.Println(errors.As(err, &target), target.Code)
	wrapped := fmt.Errorf("ctx: %w", err)
	fmt.Println(wrapped)
}
