package main

import (
	"errors"
	"fmt"
	"strings"
)

// Stack is a LIFO container backed by a slice.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s *Stack[T]) Len() int { return len(s.items) }

// Queue is a FIFO ring buffer that grows when full.
type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](capacity int) *Queue[T] {
	return &Queue[T]{buf: make([]T, capacity)}
}

var ErrEmpty = errors.New("queue is empty")

func (q *Queue[T]) Enqueue(v T) {
	if q.size == len(q.buf) {
		nb := make([]T, len(q.buf)*2+1)
		for i := 0; i < q.size; i++ {
			nb[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf = nb
		q.head = 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Dequeue() (T, error) {
	var zero T
	if q.size == 0 {
		return zero, ErrEmpty
	}
	v := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, nil
}

func (q *Queue[T]) String() string {
	var sb strings.Builder
	sb.WriteString("Queue[")
	for i := 0; i < q.size; i++ {
		if i > 0 {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%v", q.buf[(q.head+i)%len(q.buf)])
	}
	sb.WriteString("]")
	return sb.String()
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var s Stack[string]
	for _, w := range []string{"alpha", "beta", "gamma"} {
		s.Push(w)
	}
	if top, ok := s.Peek(); ok {
		fmt.Println("peek:", top)
	}
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Printf("pop %q (left %d)\n", v, s.Len())
	}
	_, ok := s.Pop()
	fmt.Println("pop on empty ok?", ok)

	q := NewQueue[int](2)
	for i := 1; i <= 5; i++ {
		q.Enqueue(i * i)
		fmt.Println("after enqueue:", q)
	}
	for i := 0; i < 3; i++ {
		v, err := q.Dequeue()
		fmt.Println("dequeued", v, err)
	}
	q.Enqueue(100)
	fmt.Printf("%v len=%d cap=%d\n", q, q.size, len(q.buf))
	for {
		v, err := q.Dequeue()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("done:", err)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	for _, expr := range []string{"(a[b]{c})", "([)]", "((", "", "{[()()]}"} {
		fmt.Printf("%-12q balanced=%t\n", expr, balanced(expr))
	}
}
