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
	cancel  context.CancelFunc
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

var ErrBadInput = errors.New("bad input")

func process(ctx context.Context, item string) (string, error) {
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	default:
	}
	if strings.Contains(item, "!") {
		return "", fmt.Errorf("process %q: %w", item, ErrBadInput)
	}
	return strings.ToUpper(item), nil
}

func runAll(items []string, limit int) ([]string, error) {
	g, ctx := WithContext(context.Background())
	g.SetLimit(limit)
	results := make([]string, len(items))
	for i, it := range items {
		g.Go(func() error {
			r, err := process(ctx, it)
			if err != nil {
				return err
			}
			results[i] = r
			return nil
		})
	}
	err := g.Wait()
	return results, err
}

func main() {
	res, err := runAll([]string{"alpha", "beta", "gamma", "delta"}, 2)
	fmt.Println(res, err)

	res, err = runAll([]string{"ok", "bad!", "fine"}, 1)
	fmt.Println(err, errors.Is(err, ErrBadInput))
	fmt.Println(len(res))

	var mu sync.Mutex
	seen := map[int]bool{}
	var g Group
	for i := 0; i < 20; i++ {
		g.Go(func() error {
			mu.Lock()
			defer mu.Unlock()
			seen[i*i%7] = true
			return nil
		})
	}
	fmt.Println(g.Wait())
	keys := make([]int, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println("residues:", keys)

	var total int64
	var tmu sync.Mutex
	g2 := &Group{}
	g2.SetLimit(3)
	for _, chunk := range [][]int{{1, 2, 3}, {4, 5}, {6}, {7, 8, 9, 10}} {
		g2.Go(func() error {
			s := 0
			for _, v := range chunk {
				s += v
			}
			tmu.Lock()
			total += int64(s)
			tmu.Unlock()
			return nil
		})
	}
	fmt.Println(g2.Wait(), total)
}
