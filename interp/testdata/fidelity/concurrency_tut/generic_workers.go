package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Result[T any] struct {
	Index int
	Value T
	Err   error
}

// Map runs f over items with n workers and returns results in input order.
func Map[In, Out any](ctx context.Context, items []In, n int, f func(context.Context, In) (Out, error)) []Result[Out] {
	type job struct {
		i  int
		in In
	}
	jobs := make(chan job)
	out := make([]Result[Out], len(items))
	var wg sync.WaitGroup
	for w := 0; w < n; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				v, err := f(ctx, j.in)
				out[j.i] = Result[Out]{j.i, v, err}
			}
		}()
	}
	for i, it := range items {
		jobs <- job{i, it}
	}
	close(jobs)
	wg.Wait()
	return out
}

type Stack[T any] struct {
	mu    sync.Mutex
	items []T
}

func (s *Stack[T]) Push(v T) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items = append(s.items, v)
}

func (s *Stack[T]) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.items)
}

var ErrOdd = errors.New("odd length")

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog again")
	res := Map(context.Background(), words, 3, func(_ context.Context, w string) (int, error) {
		if len(w)%2 == 1 {
			return 0, fmt.Errorf("%q: %w", w, ErrOdd)
		}
		return len(w) * 10, nil
	})
	okCount := 0
	for _, r := range res {
		if r.Err != nil {
			fmt.Printf("%2d error: %v\n", r.Index, r.Err)
			continue
		}
		okCount++
		fmt.Printf("%2d value: %d\n", r.Index, r.Value)
	}
	fmt.Println("ok:", okCount, "errors:", len(res)-okCount)

	upper := Map(context.Background(), words[:4], 2, func(_ context.Context, w string) (string, error) {
		return strings.ToUpper(w), nil
	})
	fmt.Printf("%v\n", upper)

	var st Stack[Result[string]]
	var wg sync.WaitGroup
	for i := 0; i < 25; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			st.Push(Result[string]{Index: i, Value: fmt.Sprint(i)})
		}(i)
	}
	wg.Wait()
	fmt.Println("stack size:", st.Len())
	sum := 0
	for _, r := range st.items {
		sum += r.Index
	}
	fmt.Println("index sum:", sum)
	fmt.Printf("%T %T\n", res[0], &st)
}
