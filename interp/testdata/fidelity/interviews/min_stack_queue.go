package main

import (
	"errors"
	"fmt"
)

type MinStack struct {
	data []int
	mins []int
}

func (s *MinStack) Push(x int) {
	s.data = append(s.data, x)
	if len(s.mins) == 0 || x <= s.mins[len(s.mins)-1] {
		s.mins = append(s.mins, x)
	}
}

func (s *MinStack) Pop() (int, error) {
	if len(s.data) == 0 {
		return 0, errors.New("pop from empty stack")
	}
	x := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	if x == s.mins[len(s.mins)-1] {
		s.mins = s.mins[:len(s.mins)-1]
	}
	return x, nil
}

func (s *MinStack) Min() (int, bool) {
	if len(s.mins) == 0 {
		return 0, false
	}
	return s.mins[len(s.mins)-1], true
}

type Queue[T any] struct {
	in, out []T
}

func (q *Queue[T]) Enqueue(v T) { q.in = append(q.in, v) }

func (q *Queue[T]) Dequeue() (T, bool) {
	if len(q.out) == 0 {
		for len(q.in) > 0 {
			n := len(q.in) - 1
			q.out = append(q.out, q.in[n])
			q.in = q.in[:n]
		}
	}
	var zero T
	if len(q.out) == 0 {
		return zero, false
	}
	n := len(q.out) - 1
	v := q.out[n]
	q.out = q.out[:n]
	return v, true
}

func (q *Queue[T]) Len() int { return len(q.in) + len(q.out) }

type RingBuffer struct {
	buf        []string
	head, size int
}

func NewRing(n int) *RingBuffer { return &RingBuffer{buf: make([]string, n)} }

func (r *RingBuffer) Put(s string) {
	r.buf[(r.head+r.size)%len(r.buf)] = s
	if r.size < len(r.buf) {
		r.size++
	} else {
		r.head = (r.head + 1) % len(r.buf)
	}
}

func (r *RingBuffer) Items() []string {
	out := make([]string, r.size)
	for i := range out {
		out[i] = r.buf[(r.head+i)%len(r.buf)]
	}
	return out
}

func main() {
	s := &MinStack{}
	for _, x := range []int{5, 3, 7, 3, 8, 1} {
		s.Push(x)
		m, _ := s.Min()
		fmt.Printf("push %d min %d\n", x, m)
	}
	for i := 0; i < 7; i++ {
		x, err := s.Pop()
		m, ok := s.Min()
		fmt.Println("pop", x, err, "min", m, ok)
	}
	q := &Queue[string]{}
	for _, w := range []string{"a", "b", "c"} {
		q.Enqueue(w)
	}
	v, _ := q.Dequeue()
	q.Enqueue("d")
	fmt.Print(v, " ")
	for q.Len() > 0 {
		v, _ := q.Dequeue()
		fmt.Print(v, " ")
	}
	_, ok := q.Dequeue()
	fmt.Println(ok)
	qi := Queue[float64]{}
	qi.Enqueue(1.5)
	f, _ := qi.Dequeue()
	fmt.Printf("%T %v\n", f, f)
	r := NewRing(3)
	for _, e := range []string{"e1", "e2", "e3", "e4", "e5"} {
		r.Put(e)
		fmt.Println(r.Items())
	}
}
