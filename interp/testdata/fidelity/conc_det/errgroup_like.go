package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Group is a minimal errgroup: first error cancels the context.
type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  func()
	sem     chan struct{}
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) SetLimit(n int) { g.sem = make(chan struct{}, n) }

func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		defer func() {
			if g.sem != nil {
				<-g.sem
			}
		}()
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

var ErrBadURL = errors.New("bad url")

func fetch(ctx context.Context, url string) (string, error) {
	if strings.Contains(url, "bad") {
		return "", fmt.Errorf("fetch %s: %w", url, ErrBadURL)
	}
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	default:
	}
	return strings.ToUpper(url), nil
}

func fetchAll(urls []string) (map[string]string, error) {
	g, ctx := WithContext(context.Background())
	g.SetLimit(2)
	var mu sync.Mutex
	out := make(map[string]string)
	for _, u := range urls {
		g.Go(func() error {
			body, err := fetch(ctx, u)
			if err != nil {
				return err
			}
			mu.Lock()
			out[u] = body
			mu.Unlock()
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return out, nil
}

func main() {
	res, err := fetchAll([]string{"a.com", "b.org", "c.net", "d.io"})
	fmt.Println("err:", err)
	keys := make([]string, 0, len(res))
	for k := range res {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, "=>", res[k])
	}
	res, err = fetchAll([]string{"ok.com", "bad.com"})
	fmt.Println(res == nil, err, errors.Is(err, ErrBadURL))

	var g Group
	var total int64
	var mu sync.Mutex
	for i := 1; i <= 100; i++ {
		g.Go(func() error {
			mu.Lock()
			total += int64(i)
			mu.Unlock()
			return nil
		})
	}
	fmt.Println(g.Wait(), total)
}
