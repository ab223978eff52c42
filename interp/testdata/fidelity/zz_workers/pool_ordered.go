package main

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Job struct {
	Index int
	Input string
}

type Result struct {
	Index  int
	Digest string
	Err    error
	Worker int
}

var ErrEmpty = errors.New("empty input")

func process(in string) (string, error) {
	if strings.TrimSpace(in) == "" {
		return "", ErrEmpty
	}
	sum := sha256.Sum256([]byte(in))
	return fmt.Sprintf("%x", sum[:4]), nil
}

func run(inputs []string, workers int) []Result {
	jobs := make(chan Job)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				d, err := process(j.Input)
				results <- Result{j.Index, d, err, id}
			}
		}(w)
	}
	go func() {
		for i, in := range inputs {
			jobs <- Job{i, in}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	ordered := make([]Result, len(inputs))
	for r := range results {
		ordered[r.Index] = r
	}
	return ordered
}

func main() {
	inputs := []string{"alpha", "beta", "", "gamma", "delta", "  ", "epsilon", "zeta"}
	res := run(inputs, 3)
	var errs []error
	usedWorkers := map[int]bool{}
	for _, r := range res {
		usedWorkers[r.Worker] = true
		if r.Err != nil {
			errs = append(errs, fmt.Errorf("job %d: %w", r.Index, r.Err))
			fmt.Printf("%d %-8q ERROR\n", r.Index, inputs[r.Index])
			continue
		}
		fmt.Printf("%d %-8q %s\n", r.Index, inputs[r.Index], r.Digest)
	}
	err := errors.Join(errs...)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrEmpty), len(usedWorkers) >= 1, len(usedWorkers) <= 3)

	var mu sync.Mutex
	counts := map[string]int{}
	var wg sync.WaitGroup
	for _, w := range strings.Fields("a b a c b a d a") {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			counts[w]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(counts)
}
