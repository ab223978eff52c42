package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Group is a small errgroup: the first error cancels the context.
type Group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
	sem    chan struct{}
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
		defer func() {
			if g.sem != nil {
				<-g.sem
			}
			g.wg.Done()
		}()
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

func fetch(ctx context.Context, id int) (string, error) {
	if id == 4 {
		return "", fmt.Errorf("fetch %d: %w", id, errors.New("bad gateway"))
	}
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	default:
	}
	return fmt.Sprintf("page-%d", id), nil
}

func main() {
	results := make([]string, 6)
	g, ctx := WithContext(context.Background())
	g.SetLimit(2)
	for i := range results {
		g.Go(func() error {
			if i == 4 {
				return fmt.Errorf("fetch %d: bad gateway", i)
			}
			r, err := fetch(ctx, i)
			if err != nil {
				return err
			}
			results[i] = r
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("err:", err)
	fmt.Println("ctx err:", ctx.Err())

	g2, _ := WithContext(context.Background())
	squares := make([]int, 10)
	for i := range squares {
		g2.Go(func() error {
			squares[i] = i * i
			return nil
		})
	}
	fmt.Println(g2.Wait(), squares)

	var mu sync.Mutex
	seen := map[int]bool{}
	var g3 Group
	for i := 0; i < 20; i++ {
		g3.Go(func() error {
			mu.Lock()
			defer mu.Unlock()
			seen[i%5] = true
			return nil
		})
	}
	fmt.Println(g3.Wait(), len(seen))
}
