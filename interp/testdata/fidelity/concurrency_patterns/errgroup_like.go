package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  func()
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
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

var ErrNotFound = errors.New("not found")

func fetch(ctx context.Context, url string) (string, error) {
	if strings.Contains(url, "missing") {
		return "", fmt.Errorf("fetch %s: %w", url, ErrNotFound)
	}
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	default:
	}
	return fmt.Sprintf("<%d bytes from %s>", len(url)*10, url), nil
}

func fetchAll(urls []string) ([]string, error) {
	g, ctx := WithContext(context.Background())
	results := make([]string, len(urls))
	for i, u := range urls {
		g.Go(func() error {
			body, err := fetch(ctx, u)
			if err != nil {
				return err
			}
			results[i] = body
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return results, nil
}

func main() {
	ok := []string{"go.dev", "pkg.go.dev", "go.dev/blog", "go.dev/tour"}
	res, err := fetchAll(ok)
	fmt.Println("err:", err)
	for _, r := range res {
		fmt.Println(" ", r)
	}

	bad := []string{"go.dev", "missing.example", "go.dev/doc"}
	res, err = fetchAll(bad)
	fmt.Println("results:", res, "nil:", res == nil)
	fmt.Println("err:", err)
	fmt.Println("is ErrNotFound:", errors.Is(err, ErrNotFound))

	var g Group
	var mu sync.Mutex
	var squares []int
	for i := 1; i <= 6; i++ {
		g.Go(func() error {
			mu.Lock()
			squares = append(squares, i*i)
			mu.Unlock()
			return nil
		})
	}
	fmt.Println("plain group err:", g.Wait())
	sort.Ints(squares)
	fmt.Println("squares:", squares)
}
