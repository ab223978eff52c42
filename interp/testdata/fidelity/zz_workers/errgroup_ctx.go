package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

// Group is a tiny errgroup: the first error cancels the context.
type Group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

type FetchError struct {
	URL  string
	Code int
}

func (e *FetchError) Error() string { return fmt.Sprintf("fetch %s: status %d", e.URL, e.Code) }

func fetch(ctx context.Context, url string, delay time.Duration, code int) (string, error) {
	select {
	case <-time.After(delay):
	case <-ctx.Done():
		return "", fmt.Errorf("fetch %s: %w", url, ctx.Err())
	}
	if code != 200 {
		return "", &FetchError{url, code}
	}
	return "body of " + url, nil
}

func main() {
	type req struct {
		url   string
		delay time.Duration
		code  int
	}
	batches := [][]req{
		{{"/a", 5 * time.Millisecond, 200}, {"/b", 10 * time.Millisecond, 200}, {"/c", 1 * time.Millisecond, 200}},
		{{"/ok", 1 * time.Millisecond, 200}, {"/bad", 20 * time.Millisecond, 503}, {"/slow", 2 * time.Second, 200}},
	}
	for i, batch := range batches {
		g, ctx := WithContext(context.Background())
		var mu sync.Mutex
		var got []string
		var cancelled []string
		for _, r := range batch {
			g.Go(func() error {
				body, err := fetch(ctx, r.url, r.delay, r.code)
				mu.Lock()
				defer mu.Unlock()
				switch {
				case errors.Is(err, context.Canceled):
					cancelled = append(cancelled, r.url)
				case err == nil:
					got = append(got, body)
				}
				return err
			})
		}
		start := time.Now()
		err := g.Wait()
		sort.Strings(got)
		fmt.Printf("batch %d: got=%q cancelled=%v\n", i, got, cancelled)
		var fe *FetchError
		fmt.Printf("  err=%v fetchErr=%t fast=%t ctxErr=%v\n", err, errors.As(err, &fe), time.Since(start) < time.Second, ctx.Err())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	_, err := fetch(ctx, "/timeout", time.Second, 200)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
}
