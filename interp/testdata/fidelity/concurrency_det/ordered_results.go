package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

type result struct {
	index int
	value string
	err   error
}

var ErrTooLong = errors.New("input too long")

func process(s string) (string, error) {
	if len(s) > 8 {
		return "", fmt.Errorf("process %q: %w", s, ErrTooLong)
	}
	time.Sleep(time.Duration(len(s)) * time.Millisecond)
	return strings.ToUpper(s) + "!", nil
}

func processAll(inputs []string, workers int) ([]string, []error) {
	jobs := make(chan int)
	results := make(chan result, len(inputs))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				v, err := process(inputs[i])
				results <- result{i, v, err}
			}
		}()
	}
	for i := range inputs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)

	out := make([]string, len(inputs))
	var errs []error
	for r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
			out[r.index] = "<error>"
			continue
		}
		out[r.index] = r.value
	}
	return out, errs
}

func main() {
	inputs := []string{"go", "is", "a", "wonderfully", "boring", "language", "supercalifragilistic", "ok"}
	out, errs := processAll(inputs, 3)
	for i, o := range out {
		fmt.Printf("%d %-10s -> %s\n", i, inputs[i], o)
	}
	fmt.Println("errors:", len(errs))
	joined := errors.Join(errs...)
	fmt.Println(errors.Is(joined, ErrTooLong))
	msgs := strings.Split(joined.Error(), "\n")
	fmt.Println(len(msgs))

	var once sync.Once
	var mu sync.Mutex
	counter := map[string]int{}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			once.Do(func() { fmt.Println("first worker started") })
			key := "even"
			if n%2 == 1 {
				key = "odd"
			}
			mu.Lock()
			counter[key]++
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(counter["even"], counter["odd"])
	start := time.Now()
	timer := time.NewTimer(5 * time.Millisecond)
	<-timer.C
	fmt.Println("timer fired late enough:", time.Since(start) >= 5*time.Millisecond)
}
