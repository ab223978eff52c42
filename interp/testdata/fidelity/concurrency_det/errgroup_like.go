package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
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

type ParseError struct {
	Line int
	Text string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: cannot parse %q", e.Line, e.Text) }

func parseLine(n int, s string) (int, error) {
	total := 0
	for _, f := range strings.Fields(s) {
		var v int
		if _, err := fmt.Sscanf(f, "%d", &v); err != nil {
			return 0, &ParseError{n, f}
		}
		total += v
	}
	return total, nil
}

func sumAll(lines []string) (map[int]int, error) {
	g, ctx := WithContext(context.Background())
	var mu sync.Mutex
	sums := map[int]int{}
	for i, l := range lines {
		g.Go(func() error {
			if ctx.Err() != nil {
				return nil
			}
			s, err := parseLine(i+1, l)
			if err != nil {
				return err
			}
			mu.Lock()
			sums[i+1] = s
			mu.Unlock()
			return nil
		})
	}
	return sums, g.Wait()
}

func main() {
	good := []string{"1 2 3", "10 20", "7", "100 -50 5"}
	sums, err := sumAll(good)
	fmt.Println("err:", err)
	keys := make([]int, 0, len(sums))
	for k := range sums {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("line %d -> %d\n", k, sums[k])
	}

	bad := []string{"1 2", "3 x", "4"}
	_, err = sumAll(bad)
	var pe *ParseError
	fmt.Println("err:", err, errors.As(err, &pe))
	if pe != nil {
		fmt.Printf("%+v\n", *pe)
	}

	var g Group
	var count int
	var mu sync.Mutex
	for i := range 10 {
		g.Go(func() error {
			mu.Lock()
			defer mu.Unlock()
			count += i
			return nil
		})
	}
	fmt.Println(g.Wait(), count)
}
