package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("container is empty")

type Container[T any] interface {
	Put(T)
	Take() (T, error)
	Len() int
}

type Stack[T any] struct{ xs []T }

func (s *Stack[T]) Put(x T)  { s.xs = append(s.xs, x) }
func (s *Stack[T]) Len() int { return len(s.xs) }
func (s *Stack[T]) Take() (T, error) {
	var zero T
	if len(s.xs) == 0 {
		return zero, ErrEmpty
	}
	x := s.xs[len(s.xs)-1]
	s.xs = s.xs[:len(s.xs)-1]
	return x, nil
}

// Ring is a growable FIFO queue backed by a circular buffer.
type Ring[T any] struct {
	buf        []T
	head, size int
}

func (r *Ring[T]) Len() int { return r.size }
func (r *Ring[T]) Put(x T) {
	if r.size == len(r.buf) {
		nb := make([]T, max(4, 2*len(r.buf)))
		for i := 0; i < r.size; i++ {
			nb[i] = r.buf[(r.head+i)%len(r.buf)]
		}
		r.buf, r.head = nb, 0
	}
	r.buf[(r.head+r.size)%len(r.buf)] = x
	r.size++
}
func (r *Ring[T]) Take() (T, error) {
	var zero T
	if r.size == 0 {
		return zero, ErrEmpty
	}
	x := r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return x, nil
}

func drain[T any](c Container[T]) []T {
	var out []T
	for c.Len() > 0 {
		x, _ := c.Take()
		out = append(out, x)
	}
	return out
}

func main() {
	containers := map[string]Container[int]{"stack": &Stack[int]{}, "ring": &Ring[int]{}}
	for _, name := range []string{"stack", "ring"} {
		c := containers[name]
		for i := 1; i <= 6; i++ {
			c.Put(i * i)
		}
		first, _ := c.Take()
		c.Put(100)
		fmt.Println(name, first, drain(c))
		_, err := c.Take()
		fmt.Println(name, "empty:", err, errors.Is(err, ErrEmpty))
	}

	var r Ring[string]
	for _, w := range []string{"a", "b", "c", "d", "e"} {
		r.Put(w)
		if r.Len() > 3 {
			r.Take()
		}
	}
	fmt.Println(drain[string](&r), len(r.buf))
}
