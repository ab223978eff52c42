package main

import (
	"fmt"
	"sort"
	"sync"
)

func Generate[T any](items ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, it := range items {
			ch <- it
		}
	}()
	return ch
}

func MapChan[T, U any](in <-chan T, workers int, f func(T) U) <-chan U {
	out := make(chan U)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				out <- f(v)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

type Future[T any] struct {
	done chan struct{}
	val  T
	err  error
}

func Async[T any](f func() (T, error)) *Future[T] {
	fu := &Future[T]{done: make(chan struct{})}
	go func() {
		defer close(fu.done)
		fu.val, fu.err = f()
	}()
	return fu
}

func (f *Future[T]) Await() (T, error) {
	<-f.done
	return f.val, f.err
}

type Broadcaster[T any] struct {
	mu   sync.Mutex
	subs []chan T
}

func (b *Broadcaster[T]) Subscribe(buf int) <-chan T {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan T, buf)
	b.subs = append(b.subs, ch)
	return ch
}

func (b *Broadcaster[T]) Publish(v T) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, s := range b.subs {
		s <- v
	}
}

func (b *Broadcaster[T]) Close() {
	for _, s := range b.subs {
		close(s)
	}
}

type word struct {
	text string
	n    int
}

func main() {
	lens := Collect(MapChan(Generate("go", "generic", "channel", "x"), 3, func(s string) word { return word{s, len(s)} }))
	sort.Slice(lens, func(i, j int) bool {
		if lens[i].n != lens[j].n {
			return lens[i].n < lens[j].n
		}
		return lens[i].text < lens[j].text
	})
	fmt.Println(lens)
	squares := Collect(MapChan(Generate(1, 2, 3, 4, 5), 2, func(n int) int { return n * n }))
	sort.Ints(squares)
	fmt.Println(squares)

	f1 := Async(func() (int, error) { return 6 * 7, nil })
	f2 := Async(func() (string, error) { return "", fmt.Errorf("failed after %d tries", 3) })
	v1, e1 := f1.Await()
	v2, e2 := f2.Await()
	fmt.Printf("%d %v %q %v\n", v1, e1, v2, e2)
	v1again, _ := f1.Await()
	fmt.Println(v1again)

	var b Broadcaster[[]string]
	s1 := b.Subscribe(4)
	s2 := b.Subscribe(4)
	b.Publish([]string{"a"})
	b.Publish([]string{"b", "c"})
	b.Close()
	for _, s := range []<-chan []string{s1, s2} {
		fmt.Println(Collect(s))
	}
	empty := Collect(Generate[float64]())
	fmt.Println(empty == nil, len(empty))
}
