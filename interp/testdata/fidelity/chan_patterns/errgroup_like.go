// A hand-rolled errgroup: run tasks concurrently, keep the first error,
// cancel the others through a context, and report results in order.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

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

type FetchError struct {
	URL  string
	Code int
}

func (e *FetchError) Error() string { return fmt.Sprintf("fetch %s: status %d", e.URL, e.Code) }

func fetch(ctx context.Context, url string, gate <-chan struct{}) (string, error) {
	if url == "/broken" {
		return "", &FetchError{url, 500}
	}
	select {
	case <-gate:
		return "body of " + url, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	urls := []string{"/a", "/b", "/c"}
	gate := make(chan struct{})
	close(gate)
	g, ctx := WithContext(context.Background())
	bodies := make([]string, len(urls))
	for i, u := range urls {
		g.Go(func() error {
			b, err := fetch(ctx, u, gate)
			bodies[i] = b
			return err
		})
	}
	fmt.Println(g.Wait(), bodies)

	block := make(chan struct{})
	g2, ctx2 := WithContext(context.Background())
	results := make([]error, 3)
	for i, u := range []string{"/x", "/broken", "/y"} {
		g2.Go(func() error {
			_, err := fetch(ctx2, u, block)
			results[i] = err
			return err
		})
	}
	err := g2.Wait()
	var fe *FetchError
	fmt.Println(err, errors.As(err, &fe), fe.Code)
	for i, r := range results {
		fmt.Println(i, r, errors.Is(r, context.Canceled))
	}
}
