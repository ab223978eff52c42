package main

import (
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg   sync.WaitGroup
	once sync.Once
	err  error
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() { g.err = err })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

func main() {
	var g Group
	sizes := make([]int, 3)
	urls := []string{"a.example", "b.example", "c.example"}
	for i, u := range urls {
		g.Go(func() error {
			sizes[i] = len(u) * 100
			return nil
		})
	}
	fmt.Println(g.Wait(), sizes)

	var g2 Group
	g2.Go(func() error { return errors.New("fetch failed") })
	g2.Go(func() error { return nil })
	fmt.Println(g2.Wait())
}
