package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Config struct {
	Values map[string]string
}

var (
	cfg     *Config
	cfgOnce sync.Once
	loads   int
)

func loadConfig() *Config {
	cfgOnce.Do(func() {
		loads++
		cfg = &Config{Values: map[string]string{"env": "prod", "region": "eu-west"}}
	})
	return cfg
}

type Registry struct {
	once  sync.Once
	items map[string]int
}

func (r *Registry) init() {
	r.once.Do(func() {
		r.items = make(map[string]int)
	})
}

func (r *Registry) Add(name string) {
	r.init()
	r.items[name]++
}

var expensiveCalls int

var fib30 = sync.OnceValue(func() int {
	expensiveCalls++
	a, b := 0, 1
	for i := 0; i < 30; i++ {
		a, b = b, a+b
	}
	return a
})

var parsePort = sync.OnceValues(func() (int, error) {
	expensiveCalls++
	return 0, errors.New("port not configured")
})

func main() {
	var wg sync.WaitGroup
	envs := make([]string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			envs[i] = loadConfig().Values["env"]
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(envs, ","), "loads:", loads)

	var r Registry
	for _, n := range []string{"a", "b", "a", "c", "a"} {
		r.Add(n)
	}
	keys := make([]string, 0, len(r.items))
	for k := range r.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, r.items[k])
	}
	fmt.Println()

	fmt.Println(fib30(), fib30(), fib30())
	p, err := parsePort()
	p2, err2 := parsePort()
	fmt.Println(p, err, p2, err2 == err, "expensive calls:", expensiveCalls)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("only once, i =", i) })
	}

	var panicky sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panicky.Do(func() { panic("first call panics") })
	}()
	ran := false
	panicky.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)

	greet := sync.OnceFunc(func() { fmt.Println("hello from OnceFunc") })
	greet()
	greet()
}
