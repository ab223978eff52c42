package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Group runs tasks in goroutines and remembers the first error, cancelling the others.
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

type FetchError struct {
	URL  string
	Code int
}

func (e *FetchError) Error() string { return fmt.Sprintf("fetch %s: status %d", e.URL, e.Code) }

var fakeWeb = map[string]string{
	"/a": "alpha page", "/b": "bravo page with more words", "/c": "charlie",
	"/d": "", "/e": "echo echo echo",
}

func fetch(ctx context.Context, url string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	body, ok := fakeWeb[url]
	if !ok {
		return "", &FetchError{url, 404}
	}
	return body, nil
}

func main() {
	urls := []string{"/a", "/b", "/c", "/d", "/e"}
	g, ctx := WithContext(context.Background())
	g.SetLimit(2)
	var mu sync.Mutex
	words := map[string]int{}
	for _, u := range urls {
		g.Go(func() error {
			body, err := fetch(ctx, u)
			if err != nil {
				return err
			}
			mu.Lock()
			defer mu.Unlock()
			words[u] = len(strings.Fields(body))
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("first run error:", err)
	keys := make([]string, 0, len(words))
	for k := range words {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %s: %d words\n", k, words[k])
	}

	g2, ctx2 := WithContext(context.Background())
	results := make([]string, len(urls)+1)
	for i, u := range append(urls, "/missing") {
		g2.Go(func() error {
			body, err := fetch(ctx2, u)
			if err != nil {
				return fmt.Errorf("task %d: %w", i, err)
			}
			results[i] = strings.ToUpper(body)
			return nil
		})
	}
	err = g2.Wait()
	var fe *FetchError
	fmt.Println("second run error:", err)
	fmt.Println("as FetchError:", errors.As(err, &fe), fe.Code, fe.URL)
	fmt.Println("ctx2 done after Wait:", ctx2.Err() != nil)
}
