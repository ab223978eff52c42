package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty container")

type Container[T any] interface {
	Push(T)
	Pop() (T, error)
	Len() int
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](capacity int) *Queue[T] { return &Queue[T]{buf: make([]T, capacity)} }

func (q *Queue[T]) Push(v T) {
	if q.size == len(q.buf) {
		nb := make([]T, max(1, 2*len(q.buf)))
		for i := 0; i < q.size; i++ {
			nb[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = nb, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Pop() (T, error) {
	var zero T
	if q.size == 0 {
		return zero, ErrEmpty
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, nil
}
func (q *Queue[T]) Len() int { return q.size }

func Drain[T any](c Container[T]) []T {
	var out []T
	for c.Len() > 0 {
		v, _ := c.Pop()
		out = append(out, v)
	}
	return out
}

func Fill[T any, C Container[T]](c C, xs ...T) C {
	for _, x := range xs {
		c.Push(x)
	}
	return c
}

type job struct {
	id   int
	name string
}

func main() {
	s := Fill[int](&Stack[int]{}, 1, 2, 3, 4)
	q := Fill[int](NewQueue[int](2), 1, 2, 3, 4, 5)
	fmt.Println(s.Len(), q.Len(), cap(q.buf))
	fmt.Println(Drain[int](s), Drain[int](q))
	_, err := s.Pop()
	fmt.Println(err, errors.Is(err, ErrEmpty))

	containers := map[string]Container[job]{"stack": &Stack[job]{}, "queue": NewQueue[job](0)}
	for _, name := range []string{"queue", "stack"} {
		c := containers[name]
		for i, n := range []string{"build", "test", "deploy"} {
			c.Push(job{i, n})
		}
		first, _ := c.Pop()
		fmt.Printf("%s first=%+v rest=%v\n", name, first, Drain(c))
	}
	var c Container[string] = &Stack[string]{}
	c.Push("x")
	fmt.Printf("%T %d\n", c, c.Len())
}
