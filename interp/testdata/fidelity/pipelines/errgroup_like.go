package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

// Group runs functions concurrently and keeps the first error, cancelling the rest.
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

func main() {
	g, ctx := WithContext(context.Background())
	var mu sync.Mutex
	var done []string

	for _, name := range []string{"a", "b", "c"} {
		g.Go(func() error {
			mu.Lock()
			done = append(done, name)
			mu.Unlock()
			return nil
		})
	}
	fmt.Println("err:", g.Wait())
	sort.Strings(done)
	fmt.Println(done, ctx.Err())

	g2, ctx2 := WithContext(context.Background())
	bad := errors.New("fetch failed")
	g2.Go(func() error { return fmt.Errorf("task 1: %w", bad) })
	g2.Go(func() error {
		<-ctx2.Done()
		return nil
	})
	err := g2.Wait()
	fmt.Println(err, errors.Is(err, bad), ctx2.Err())
}
