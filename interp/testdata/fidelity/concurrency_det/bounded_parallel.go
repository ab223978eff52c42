package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Task func(ctx context.Context) (string, error)

type outcome struct {
	idx int
	val string
	err error
}

// RunAll runs tasks with at most limit at once and stops starting new ones
// after the first error.
func RunAll(ctx context.Context, limit int, tasks []Task) ([]string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sem := make(chan struct{}, limit)
	results := make(chan outcome, len(tasks))
	var wg sync.WaitGroup
	for i, t := range tasks {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			results <- outcome{i, "", ctx.Err()}
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			v, err := t(ctx)
			if err != nil {
				cancel()
			}
			results <- outcome{i, v, err}
		}()
	}
	wg.Wait()
	close(results)
	out := make([]string, len(tasks))
	var errs []error
	for r := range results {
		if r.err != nil {
			errs = append(errs, fmt.Errorf("task %d: %w", r.idx, r.err))
			continue
		}
		out[r.idx] = r.val
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	return out, errors.Join(errs...)
}

func upper(s string) Task {
	return func(ctx context.Context) (string, error) {
		if err := ctx.Err(); err != nil {
			return "", err
		}
		return strings.ToUpper(s), nil
	}
}

var ErrBoom = errors.New("boom")

func main() {
	var tasks []Task
	for _, w := range strings.Fields("alpha beta gamma delta") {
		tasks = append(tasks, upper(w))
	}
	out, err := RunAll(context.Background(), 2, tasks)
	fmt.Println(out, err)

	failing := []Task{upper("one"), func(ctx context.Context) (string, error) { return "", ErrBoom }}
	out, err = RunAll(context.Background(), 1, failing)
	fmt.Printf("%q\n", out)
	fmt.Println(err, errors.Is(err, ErrBoom))

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	out, err = RunAll(ctx, 3, tasks[:2])
	fmt.Println(len(out), errors.Is(err, context.Canceled))
}
