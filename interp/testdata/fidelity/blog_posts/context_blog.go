package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// From "Go Concurrency Patterns: Context", made deterministic.

type key int

const userIPKey key = 0

func NewContext(ctx context.Context, userIP string) context.Context {
	return context.WithValue(ctx, userIPKey, userIP)
}

func FromContext(ctx context.Context) (string, bool) {
	ip, ok := ctx.Value(userIPKey).(string)
	return ip, ok
}

type Result struct {
	Title, URL string
}

func search(ctx context.Context, query string, delay time.Duration) ([]Result, error) {
	select {
	case <-time.After(delay):
	case <-ctx.Done():
		return nil, fmt.Errorf("search %q: %w", query, ctx.Err())
	}
	ip, _ := FromContext(ctx)
	var out []Result
	for i := 1; i <= 2; i++ {
		out = append(out, Result{fmt.Sprintf("%s result %d", query, i), fmt.Sprintf("https://ex.com/%s/%d?ip=%s", query, i, ip)})
	}
	return out, nil
}

func main() {
	ctx := NewContext(context.Background(), "10.0.0.1")
	ip, ok := FromContext(ctx)
	fmt.Println(ip, ok)
	_, ok = FromContext(context.Background())
	fmt.Println(ok)

	res, err := search(ctx, "golang", time.Millisecond)
	fmt.Println(len(res), err)
	for _, r := range res {
		fmt.Printf("%+v\n", r)
	}

	tctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	_, err = search(tctx, "slow", 2*time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))

	cctx, cancel2 := context.WithCancel(ctx)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var outcomes []string
	for i, d := range []time.Duration{time.Millisecond, 3 * time.Second, 4 * time.Second} {
		wg.Add(1)
		go func(i int, d time.Duration) {
			defer wg.Done()
			_, err := search(cctx, fmt.Sprint("q", i), d)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				outcomes = append(outcomes, fmt.Sprintf("q%d canceled=%t", i, errors.Is(err, context.Canceled)))
				return
			}
			outcomes = append(outcomes, fmt.Sprintf("q%d ok", i))
			cancel2()
		}(i, d)
	}
	wg.Wait()
	sort.Strings(outcomes)
	fmt.Println(strings.Join(outcomes, "; "))
	fmt.Println(cctx.Err(), context.Cause(cctx))
	c3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(errors.New("shutting down"))
	fmt.Println(c3.Err(), context.Cause(c3))
}
