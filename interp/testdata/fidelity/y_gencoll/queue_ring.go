package main

import (
	"errors"
	"fmt"
	"iter"
)

var ErrFull = errors.New("ring: full")
var ErrEmpty = errors.New("ring: empty")

type Ring[T any] struct {
	buf        []T
	head, size int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) error {
	if r.size == len(r.buf) {
		return fmt.Errorf("push %v: %w", v, ErrFull)
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring[T]) Pop() (T, error) {
	var zero T
	if r.size == 0 {
		return zero, ErrEmpty
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := 0; i < r.size; i++ {
			if !yield(i, r.buf[(r.head+i)%len(r.buf)]) {
				return
			}
		}
	}
}

type Deque[T any] struct{ items []T }

func (d *Deque[T]) PushFront(v T) { d.items = append([]T{v}, d.items...) }
func (d *Deque[T]) PushBack(v T)  { d.items = append(d.items, v) }
func (d *Deque[T]) PopFront() (v T, ok bool) {
	if len(d.items) == 0 {
		return
	}
	v, d.items = d.items[0], d.items[1:]
	return v, true
}
func (d *Deque[T]) PopBack() (v T, ok bool) {
	if n := len(d.items); n > 0 {
		v, d.items = d.items[n-1], d.items[:n-1]
		ok = true
	}
	return
}

func slidingMax(xs []int, k int) []int {
	var dq Deque[int]
	var out []int
	for i, x := range xs {
		for len(dq.items) > 0 && xs[dq.items[len(dq.items)-1]] <= x {
			dq.PopBack()
		}
		dq.PushBack(i)
		if dq.items[0] <= i-k {
			dq.PopFront()
		}
		if i >= k-1 {
			out = append(out, xs[dq.items[0]])
		}
	}
	return out
}

func main() {
	r := NewRing[string](3)
	for _, s := range []string{"a", "b", "c", "d"} {
		if err := r.Push(s); err != nil {
			fmt.Println(err, errors.Is(err, ErrFull))
		}
	}
	v, _ := r.Pop()
	r.Push("e")
	fmt.Println("popped", v)
	for i, s := range r.All() {
		fmt.Printf("[%d]=%s ", i, s)
	}
	fmt.Println(r.buf, r.head)
	for range 4 {
		v, err := r.Pop()
		fmt.Printf("%q %v | ", v, err)
	}
	fmt.Println()
	fmt.Println(slidingMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
	var d Deque[float64]
	d.PushBack(1.5)
	d.PushFront(0.5)
	d.PushBack(2.5)
	a, _ := d.PopFront()
	b, _ := d.PopBack()
	_, ok := (&Deque[bool]{}).PopBack()
	fmt.Println(a, b, d.items, ok)
	nums := NewRing[[]int](2)
	nums.Push([]int{1})
	nums.Push(nil)
	fmt.Println(nums.Push([]int{3}), nums.buf)
}
