package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("empty container")

type Stack[T any] struct {
	items []T
}

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

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	head, tail []T
}

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }

func (q *Queue[T]) Dequeue() (T, bool) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		var zero T
		return zero, false
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, true
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

type job struct {
	id   int
	name string
}

func main() {
	for _, s := range []string{"([]{})", "(]", "((", "{[()()]}", ""} {
		fmt.Printf("%-10q balanced=%t\n", s, balanced(s))
	}
	var q Queue[job]
	for i, n := range strings.Fields("build test lint deploy") {
		q.Enqueue(job{i + 1, n})
	}
	j, _ := q.Dequeue()
	fmt.Println("first:", j)
	q.Enqueue(job{5, "notify"})
	for {
		j, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Printf("run #%d %s\n", j.id, j.name)
	}
	var s Stack[float64]
	_, err := s.Pop()
	fmt.Println(err, errors.Is(err, ErrEmpty))
	s.Push(1.5)
	top, ok := s.Peek()
	fmt.Println(top, ok, s.Len())
}
