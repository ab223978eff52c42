package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type Registry struct {
	load  func() map[string]int
	calls int
}

func NewRegistry() *Registry {
	r := &Registry{}
	r.load = sync.OnceValue(func() map[string]int {
		r.calls++
		fmt.Println("loading registry...")
		return map[string]int{"alpha": 1, "beta": 2, "gamma": 3}
	})
	return r
}

func (r *Registry) Lookup(name string) (int, bool) {
	v, ok := r.load()[name]
	return v, ok
}

var parsePort = sync.OnceValues(func() (int, error) {
	fmt.Println("parsing port once")
	return strconv.Atoi("8443")
})

var badConfig = sync.OnceValues(func() (string, error) {
	return "", errors.New("config missing")
})

func main() {
	initOnce := sync.OnceFunc(func() {
		fmt.Println("init ran")
	})
	for i := 0; i < 3; i++ {
		initOnce()
	}

	r := NewRegistry()
	for _, n := range []string{"beta", "delta", "alpha"} {
		v, ok := r.Lookup(n)
		fmt.Println(n, v, ok)
	}
	fmt.Println("load calls:", r.calls)

	for i := 0; i < 2; i++ {
		p, err := parsePort()
		fmt.Println("port", p, err)
	}
	for i := 0; i < 2; i++ {
		_, err := badConfig()
		fmt.Println("config error:", err)
	}

	var once sync.Once
	var wg sync.WaitGroup
	counter := 0
	var mu sync.Mutex
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { fmt.Println("classic once") })
			mu.Lock()
			counter++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)

	expensive := sync.OnceValue(func() int {
		sum := 0
		for i := range 1000 {
			sum += i
		}
		return sum
	})
	var wg2 sync.WaitGroup
	results := make([]int, 4)
	for i := range 4 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			results[i] = expensive()
		}()
	}
	wg2.Wait()
	fmt.Println(results)

	var wg3 sync.WaitGroup
	hits := make([]int, 3)
	for i := range 3 {
		wg3.Go(func() { hits[i] = i * 10 })
	}
	wg3.Wait()
	fmt.Println("wg.Go:", hits)

	panicky := sync.OnceFunc(func() { panic("boom") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			panicky()
		}()
	}
}
