package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Dictionary struct {
	once  sync.Once
	words map[string]string
	loads int
}

func (d *Dictionary) load() {
	d.loads++
	d.words = map[string]string{
		"goroutine": "a lightweight thread managed by the Go runtime",
		"channel":   "a typed conduit for values",
		"mutex":     "a mutual exclusion lock",
	}
}

func (d *Dictionary) Lookup(w string) (string, bool) {
	d.once.Do(d.load)
	def, ok := d.words[strings.ToLower(w)]
	return def, ok
}

var (
	configOnce sync.Once
	config     map[string]int
)

func getConfig() map[string]int {
	configOnce.Do(func() {
		fmt.Println("loading config (once)")
		config = map[string]int{"workers": 4, "retries": 3}
	})
	return config
}

func main() {
	var d Dictionary
	var wg sync.WaitGroup
	var mu sync.Mutex
	var answers []string
	for _, w := range []string{"Channel", "mutex", "select", "GOROUTINE", "channel"} {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			def, ok := d.Lookup(w)
			line := fmt.Sprintf("%-10s %v %s", w, ok, def)
			mu.Lock()
			answers = append(answers, line)
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	sort.Strings(answers)
	for _, a := range answers {
		fmt.Println(a)
	}
	fmt.Println("loads:", d.loads)

	for i := 0; i < 3; i++ {
		fmt.Println("workers =", getConfig()["workers"])
	}

	var once sync.Once
	calls := 0
	for i := 0; i < 5; i++ {
		once.Do(func() { calls++ })
	}
	fmt.Println("calls:", calls)

	val := sync.OnceValue(func() int {
		fmt.Println("computing expensive value")
		sum := 0
		for i := 1; i <= 100; i++ {
			sum += i * i
		}
		return sum
	})
	fmt.Println(val(), val(), val())
	pair := sync.OnceValues(func() (string, error) { return "ready", nil })
	s, err := pair()
	fmt.Println(s, err)
}
