package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Workers int
	Tags    []string
}

var (
	cfg       *Config
	cfgOnce   sync.Once
	loadCalls atomic.Int32
)

func loadConfig() {
	loadCalls.Add(1)
	cfg = &Config{Name: "prod", Workers: 8, Tags: []string{"blue", "eu-west"}}
}

func GetConfig() *Config {
	cfgOnce.Do(loadConfig)
	return cfg
}

// lazy value with error, built on sync.Once
type Lazy[T any] struct {
	once sync.Once
	val  T
	err  error
	init func() (T, error)
}

func (l *Lazy[T]) Get() (T, error) {
	l.once.Do(func() { l.val, l.err = l.init() })
	return l.val, l.err
}

func main() {
	var wg sync.WaitGroup
	names := make([]string, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			names[i] = GetConfig().Name
		}(i)
	}
	wg.Wait()
	fmt.Println("all saw:", strings.Join(names[:3], ","), "... distinct loads:", loadCalls.Load())
	fmt.Printf("%+v\n", *GetConfig())

	attempts := 0
	db := &Lazy[string]{init: func() (string, error) {
		attempts++
		return "", fmt.Errorf("dial db: attempt %d refused", attempts)
	}}
	for i := 0; i < 3; i++ {
		v, err := db.Get()
		fmt.Printf("get %d: %q err=%v\n", i, v, err)
	}

	sq := &Lazy[[]int]{init: func() ([]int, error) {
		out := make([]int, 10)
		for i := range out {
			out[i] = i * i
		}
		return out, nil
	}}
	v, _ := sq.Get()
	v2, _ := sq.Get()
	fmt.Println(v, &v[0] == &v2[0])

	f := sync.OnceValue(func() int {
		fmt.Println("computing expensive value")
		return 42
	})
	fmt.Println(f(), f(), f())

	g := sync.OnceValues(func() (string, error) { return "token-abc", nil })
	tok, err := g()
	fmt.Println(tok, err)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init ran in iteration", i) })
	}

	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("boom in once") })
	}()
	ran := false
	p.Do(func() { ran = true })
	fmt.Println("second Do ran after panic:", ran)
}
