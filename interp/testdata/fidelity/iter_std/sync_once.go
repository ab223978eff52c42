package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Config struct {
	Name    string
	Retries int
	Tags    []string
}

var loads int

func loadConfig() *Config {
	loads++
	fmt.Println("loading config...")
	return &Config{Name: "svc", Retries: 3, Tags: []string{"a", "b"}}
}

var getConfig = sync.OnceValue(loadConfig)

var parsePort = sync.OnceValues(func() (int, error) {
	fmt.Println("parsing port once")
	return 0, errors.New("port not set")
})

type Registry struct {
	once  sync.Once
	items map[string]int
}

func (r *Registry) init() {
	r.once.Do(func() {
		fmt.Println("registry init")
		r.items = map[string]int{"builtin": 1}
	})
}

func (r *Registry) Add(name string) {
	r.init()
	r.items[name] = len(r.items) + 1
}

func main() {
	for i := range 3 {
		c := getConfig()
		fmt.Printf("%d: %+v\n", i, *c)
	}
	fmt.Println("loads:", loads)
	fmt.Println(getConfig() == getConfig())

	for range 2 {
		p, err := parsePort()
		fmt.Println(p, err)
	}

	var wg sync.WaitGroup
	upper := sync.OnceFunc(func() { fmt.Println("only once from goroutines") })
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			upper()
		}()
	}
	wg.Wait()

	r := &Registry{}
	r.Add("x")
	r.Add("y")
	fmt.Println(len(r.items), r.items["y"])

	var mu sync.Mutex
	var results []string
	var wg2 sync.WaitGroup
	for _, w := range []string{"delta", "alpha", "charlie", "bravo"} {
		wg2.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			results = append(results, strings.ToUpper(w))
		})
	}
	wg2.Wait()
	fmt.Println(len(results))

	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, loaded := m.LoadOrStore("a", 100)
	fmt.Println(v, loaded)
	v, loaded = m.LoadOrStore("c", 3)
	fmt.Println(v, loaded)
	m.Delete("b")
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("entries:", n)
	old, swapped := m.Swap("c", 30)
	fmt.Println(old, swapped)
	fmt.Println(m.CompareAndSwap("c", 30, 31))
}
