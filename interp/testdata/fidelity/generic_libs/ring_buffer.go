package main

import (
	"errors"
	"fmt"
)

var ErrFull = errors.New("ring buffer full")

type Ring[T any] struct {
	buf        []T
	head, size int
	overwrite  bool
}

func NewRing[T any](n int, overwrite bool) *Ring[T] {
	return &Ring[T]{buf: make([]T, n), overwrite: overwrite}
}

func (r *Ring[T]) Put(v T) error {
	if r.size == len(r.buf) {
		if !r.overwrite {
			return fmt.Errorf("put %v: %w", v, ErrFull)
		}
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return nil
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring[T]) Get() (T, bool) {
	var zero T
	if r.size == 0 {
		return zero, false
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, true
}

func (r *Ring[T]) Snapshot() []T {
	out := make([]T, 0, r.size)
	for i := 0; i < r.size; i++ {
		out = append(out, r.buf[(r.head+i)%len(r.buf)])
	}
	return out
}

type Sample struct {
	T   int
	Val float64
}

func movingAverage(r *Ring[Sample]) float64 {
	s := r.Snapshot()
	if len(s) == 0 {
		return 0
	}
	sum := 0.0
	for _, x := range s {
		sum += x.Val
	}
	return sum / float64(len(s))
}

func main() {
	r := NewRing[int](3, false)
	for i := 1; i <= 5; i++ {
		if err := r.Put(i * 10); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrFull))
		}
	}
	fmt.Println(r.Snapshot())
	v, ok := r.Get()
	fmt.Println(v, ok, r.Snapshot())
	r.Put(99)
	fmt.Println(r.Snapshot(), r.buf)

	win := NewRing[Sample](4, true)
	readings := []float64{10, 12, 11, 15, 20, 18, 9}
	for t, val := range readings {
		win.Put(Sample{t, val})
		fmt.Printf("t=%d val=%5.1f avg=%6.2f window=%v\n", t, val, movingAverage(win), win.Snapshot())
	}
	for {
		s, ok := win.Get()
		if !ok {
			break
		}
		fmt.Printf("%+v ", s)
	}
	fmt.Println()
	strs := NewRing[string](2, true)
	strs.Put("a")
	strs.Put("b")
	strs.Put("c")
	fmt.Printf("%q %d\n", strs.Snapshot(), strs.size)
}
