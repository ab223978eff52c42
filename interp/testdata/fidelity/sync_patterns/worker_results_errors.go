package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Path string
}

type Result struct {
	Job   Job
	Lines int
	Err   error
}

var ErrNotFound = errors.New("not found")

type PermError struct{ Path string }

func (e *PermError) Error() string { return "permission denied: " + e.Path }

var files = map[string]string{
	"/a.txt":      "one\ntwo\nthree",
	"/b.txt":      "",
	"/dir/c.txt":  "x\ny",
	"/secret.txt": "classified",
}

func count(ctx context.Context, j Job) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if strings.HasPrefix(j.Path, "/secret") {
		return 0, &PermError{j.Path}
	}
	body, ok := files[j.Path]
	if !ok {
		return 0, fmt.Errorf("open %s: %w", j.Path, ErrNotFound)
	}
	if body == "" {
		return 0, nil
	}
	return strings.Count(body, "\n") + 1, nil
}

func run(ctx context.Context, jobs []Job, workers int) []Result {
	in := make(chan Job)
	out := make(chan Result, len(jobs))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				n, err := count(ctx, j)
				out <- Result{j, n, err}
			}
		}()
	}
	for _, j := range jobs {
		in <- j
	}
	close(in)
	wg.Wait()
	close(out)
	var res []Result
	for r := range out {
		res = append(res, r)
	}
	sort.Slice(res, func(a, b int) bool { return res[a].Job.ID < res[b].Job.ID })
	return res
}

func main() {
	var jobs []Job
	for i, p := range []string{"/a.txt", "/missing.txt", "/b.txt", "/secret.txt", "/dir/c.txt"} {
		jobs = append(jobs, Job{i + 1, p})
	}
	res := run(context.Background(), jobs, 3)
	var errs []error
	total := 0
	for _, r := range res {
		var pe *PermError
		switch {
		case r.Err == nil:
			fmt.Printf("%d %-12s %d lines\n", r.Job.ID, r.Job.Path, r.Lines)
			total += r.Lines
		case errors.Is(r.Err, ErrNotFound):
			fmt.Printf("%d %-12s missing (%v)\n", r.Job.ID, r.Job.Path, r.Err)
			errs = append(errs, r.Err)
		case errors.As(r.Err, &pe):
			fmt.Printf("%d %-12s denied for %s\n", r.Job.ID, r.Job.Path, pe.Path)
			errs = append(errs, r.Err)
		}
	}
	fmt.Println("total lines:", total)
	joined := errors.Join(errs...)
	fmt.Printf("joined:\n%v\n", joined)
	fmt.Println(errors.Is(joined, ErrNotFound))
	var pe *PermError
	fmt.Println(errors.As(joined, &pe), pe)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, r := range run(ctx, jobs[:2], 2) {
		fmt.Println(r.Job.ID, r.Err, errors.Is(r.Err, context.Canceled))
	}
}
