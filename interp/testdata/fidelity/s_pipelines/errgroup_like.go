package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

// Group runs tasks and keeps the first error, cancelling the rest.
type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelFunc
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

var ErrBadInput = errors.New("bad input")

func checksum(s string) int {
	h := 0
	for _, c := range s {
		h = (h*31 + int(c)) % 1_000_003
	}
	return h
}

func run(inputs []string) (map[string]int, error) {
	g, ctx := WithContext(context.Background())
	var mu sync.Mutex
	out := make(map[string]int)
	for _, in := range inputs {
		g.Go(func() error {
			if in == "" {
				return fmt.Errorf("checksum: %w", ErrBadInput)
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			default:
			}
			mu.Lock()
			out[in] = checksum(in)
			mu.Unlock()
			return nil
		})
	}
	err := g.Wait()
	return out, err
}

func main() {
	res, err := run([]string{"alpha", "beta", "gamma", "delta"})
	fmt.Println("err:", err)
	keys := make([]string, 0, len(res))
	for k := range res {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s -> %d\n", k, res[k])
	}
	_, err = run([]string{"x", "", "y"})
	fmt.Println("err:", err, errors.Is(err, ErrBadInput))
}
